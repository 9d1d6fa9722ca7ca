import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';

import type { LegalTemplate, PublishedLegalTemplate } from '../domain/legal-template';
import { LEGAL_TEMPLATE_MODEL } from '../schemas/legal-template.schema';
import { LegalTemplateStore } from './legal-template.store';

type LegalTemplateDocument = LegalTemplate;

/** The only code that touches the templates collection. */
@Injectable()
export class LegalTemplateRepository extends LegalTemplateStore {
  constructor(@InjectModel(LEGAL_TEMPLATE_MODEL) private readonly model: Model<LegalTemplateDocument>) {
    super();
  }

  async listPublished(): Promise<PublishedLegalTemplate[]> {
    const documents = await this.model
      .find(
        { status: 'published' },
        { _id: 0, key: 1, version: 1, locale: 1, title: 1, kind: 1, status: 1, publishedAt: 1 },
      )
      .sort({ key: 1, locale: 1, publishedAt: -1 })
      .lean();
    return documents as PublishedLegalTemplate[];
  }
}
