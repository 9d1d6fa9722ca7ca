import { Injectable } from '@nestjs/common';
import {
  type Actor,
  assertOperator,
  type CreateLegalTemplateDto,
  type LegalTemplateVersionView,
} from '@pollen/contracts';

import { toVersionView } from '../../domain/template-version';
import { TemplateKeyTaken } from '../../errors';
import { TemplateVersionStore } from '../../repositories/template-version.store';
import { insertDraft } from '../insert-draft';

/** An operator starts a template: a new key with its first draft version. */
@Injectable()
export class CreateLegalTemplate {
  constructor(private readonly store: TemplateVersionStore) {}

  async execute(command: {
    draft: CreateLegalTemplateDto;
    requestId: string;
    actor: Actor;
  }): Promise<LegalTemplateVersionView> {
    assertOperator(command.actor);
    const { key, ...draft } = command.draft;
    const created = await insertDraft(this.store, key, draft, command.requestId, async (existing) => {
      if (existing.length > 0) throw new TemplateKeyTaken(key);
    });
    return toVersionView(created);
  }
}
