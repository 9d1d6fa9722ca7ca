import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import {
  type AggregateDocument,
  type AggregateFilter,
  AggregateRepository,
  OutboxRelay,
  type PageCursor,
} from '@pollen/platform/mongo';
import type { Model } from 'mongoose';

import { semverOrder, type TemplateVersion } from '../domain/template-version';
import { TemplateVersionExists } from '../errors';
import { TEMPLATE_VERSION_MODEL } from '../schemas/template-version.schema';
import type { TemplateVersionFilter, TemplateVersionStore } from './template-version.store';

/** The only code that touches the template_versions collection; the base does the writes. */
@Injectable()
export class TemplateVersionRepository extends AggregateRepository<TemplateVersion> implements TemplateVersionStore {
  protected override readonly storedOnlyFields = ['semverOrder'];

  constructor(@InjectModel(TEMPLATE_VERSION_MODEL) model: Model<AggregateDocument>, relay: OutboxRelay) {
    super(model, relay);
  }

  protected async conflictOf(version: TemplateVersion): Promise<Error> {
    return new TemplateVersionExists(version.key, version.semver);
  }

  protected override derivedFields(version: TemplateVersion): Record<string, unknown> {
    return { semverOrder: semverOrder(version.semver) };
  }

  versionsOf(key: string): Promise<TemplateVersion[]> {
    return this.findMany({ key: { $eq: key } }, { semverOrder: -1 }, 0);
  }

  fromCursor(filter: TemplateVersionFilter, from: PageCursor | undefined, limit: number): Promise<TemplateVersion[]> {
    const conditions: AggregateFilter[] = [];
    if (filter.status) conditions.push({ status: { $eq: filter.status } });
    if (filter.instrument) conditions.push({ instruments: { $eq: filter.instrument } });
    if (from) {
      const versionId = from.id.split('#')[0];
      conditions.push({
        $or: [{ createdAt: { $lt: from.at } }, { createdAt: from.at, _id: { $gte: versionId } }],
      });
    }
    return this.findMany(conditions.length ? { $and: conditions } : {}, { createdAt: -1, _id: 1 }, limit);
  }
}
