import { Injectable } from '@nestjs/common';
import {
  type Actor,
  assertOperator,
  type CreateTemplateVersionDto,
  type LegalTemplateVersionView,
} from '@pollen/contracts';

import { isNewer, toVersionView } from '../../domain/template-version';
import { TemplateNotFound, TemplateVersionNotNewer } from '../../errors';
import { TemplateVersionStore } from '../../repositories/template-version.store';
import { insertDraft } from '../insert-draft';

/** An operator adds a draft version to a template, newer than every version it has. */
@Injectable()
export class AddTemplateVersion {
  constructor(private readonly store: TemplateVersionStore) {}

  async execute(command: {
    key: string;
    draft: CreateTemplateVersionDto;
    requestId: string;
    actor: Actor;
  }): Promise<LegalTemplateVersionView> {
    assertOperator(command.actor);
    const { key, draft } = command;
    const created = await insertDraft(this.store, key, draft, command.requestId, async ([latest]) => {
      if (!latest) throw new TemplateNotFound(key);
      if (!isNewer(draft.version, latest.semver)) throw new TemplateVersionNotNewer(draft.version, latest.semver);
    });
    return toVersionView(created);
  }
}
