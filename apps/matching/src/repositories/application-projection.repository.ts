import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { saveIfNewer } from '@pollen/platform/mongo';
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
    return saveIfNewer(this.model, applicationId, fields);
  }

  async findById(applicationId: string): Promise<ApplicationProjection | null> {
    const document = await this.model.findById(applicationId).lean();
    return document ? toProjection(document) : null;
  }

  async findByIds(applicationIds: readonly string[]): Promise<ApplicationProjection[]> {
    if (applicationIds.length === 0) return [];
    const documents = await this.model.find({ _id: { $in: applicationIds } }).lean();
    return documents.map(toProjection);
  }

  async takingProposals(afterId: string | undefined, limit: number): Promise<ApplicationProjection[]> {
    const documents = await this.model
      .find({
        status: { $eq: 'eligible' },
        shareWithInvestors: { $eq: true },
        ...(afterId === undefined ? {} : { _id: { $gt: afterId } }),
      })
      .sort({ _id: 1 })
      .limit(limit)
      .lean();
    return documents.map(toProjection);
  }

  async ownedBy(ownerId: string): Promise<ApplicationProjection[]> {
    const documents = await this.model.find({ ownerId: { $eq: ownerId } }).lean();
    return documents.map(toProjection);
  }

  async deleteMany(applicationIds: readonly string[]): Promise<number> {
    if (applicationIds.length === 0) return 0;
    const result = await this.model.deleteMany({ _id: { $in: applicationIds } });
    return result.deletedCount;
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

/** The stored document as the domain reads it: the id under its name, mongoose's timestamps left out. */
function toProjection(document: ApplicationProjectionDocument): ApplicationProjection {
  const {
    _id,
    createdAt: _created,
    updatedAt: _updated,
    ...fields
  } = document as ApplicationProjectionDocument & {
    createdAt?: Date;
    updatedAt?: Date;
  };
  return { applicationId: _id, ...fields };
}
