import { Injectable } from '@nestjs/common';
import type { HeartbeatData } from '@pollen/contracts';

import { InstanceStore } from '../../repositories/instance.store';

/** Keeps an instance's latest heartbeat; a late one (a redelivery, a replay) changes nothing. */
@Injectable()
export class RecordHeartbeat {
  constructor(private readonly instances: InstanceStore) {}

  async execute(command: { heartbeat: HeartbeatData; beat: number; at: Date }): Promise<'applied' | 'superseded'> {
    const saved = await this.instances.save({
      beat: command.beat,
      heartbeat: command.heartbeat,
      lastHeartbeatAt: command.at,
    });
    return saved ? 'applied' : 'superseded';
  }
}
