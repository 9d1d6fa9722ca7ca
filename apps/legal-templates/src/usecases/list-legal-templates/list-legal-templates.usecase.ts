import { Injectable } from '@nestjs/common';
import type { Actor, LegalTemplateListView } from '@pollen/contracts';

import { toSummaryView } from '../../domain/legal-template';
import { LegalTemplateStore } from '../../repositories/legal-template.store';

/**
 * The published templates: the ones documents can be generated from, open to every signed-in
 * user (they hold no personal data). Drafts stay with the operators.
 */
@Injectable()
export class ListLegalTemplates {
  constructor(private readonly store: LegalTemplateStore) {}

  async execute(_query: { actor: Actor }): Promise<LegalTemplateListView> {
    const templates = await this.store.listPublished();
    return { items: templates.map(toSummaryView) };
  }
}
