import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { isDuplicateKeyError } from '@pollen/platform/mongo';
import type { Model } from 'mongoose';

import type { ApplicationProjection, ProjectionUpdate } from '../domain/application-projection';
import { APPLICATION_PROJECTION_MODEL } from '../schemas/application-projection.schema';
import { ApplicationProjectionStore } from './application-projection.store';

interface ApplicationProjectionDocument extends Omit<ApplicationProjection, 'applicationId'> {
  _id: string;
}

/** The only code that touches the application_projections collection. */
@Injectable()
export class ApplicationProjectionRepository extends ApplicationProjectionStore {
  constructor(@InjectModel(APPLICATION_PROJECTION_MODEL) private readonly model: Model<ApplicationProjectionDocument>) {
    super();
  }

  async saveIfNewer(projection: ApplicationProjection): Promise<boolean> {
    const { applicationId, ...fields } = projection;
    try {
      // Matches only an older version; when the stored one is as new or newer, the upsert tries to
      // insert a second document with the same _id and fails with a duplicate key: a stale or
      // redelivered event. FerretDB answers this upsert as MongoDB does (test/matching.int.spec.ts).
      // FerretDB's updates are not atomic under concurrent writers, but this document has one:
      // the events of one application are keyed by its id, so one consumer applies them in order.
      await this.model.updateOne(
        { _id: applicationId, version: { $lt: projection.version } },
        { $set: fields },
        { upsert: true },
      );
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  async updateIfNewer(update: ProjectionUpdate): Promise<boolean> {
    const { applicationId, ...fields } = update;
    const result = await this.model.updateOne(
      { _id: applicationId, version: { $lt: update.version } },
      { $set: fields },
    );
    return result.modifiedCount === 1;
  }
}
