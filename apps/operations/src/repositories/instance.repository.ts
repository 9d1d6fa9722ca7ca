import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { saveIfNewer } from '@pollen/platform/mongo';
import type { Model } from 'mongoose';

import type { Instance } from '../domain/instance';
import { INSTANCE_MODEL } from '../schemas/instance.schema';
import { InstanceStore } from './instance.store';

type InstanceDocument = { _id: string; version: number } & Omit<Instance, 'beat'>;

/** The only code that touches the instances collection. */
@Injectable()
export class InstanceRepository extends InstanceStore {
  constructor(@InjectModel(INSTANCE_MODEL) private readonly instances: Model<InstanceDocument>) {
    super();
  }

  save({ beat, heartbeat, lastHeartbeatAt }: Instance): Promise<boolean> {
    return saveIfNewer(
      this.instances,
      heartbeat.instance,
      { version: beat, heartbeat, lastHeartbeatAt },
      { whole: true },
    );
  }

  async heardSince(since: Date): Promise<Instance[]> {
    const found = await this.instances.find({ lastHeartbeatAt: { $gte: since } }).lean();
    return found.map(({ version, heartbeat, lastHeartbeatAt }) => ({ beat: version, heartbeat, lastHeartbeatAt }));
  }
}
