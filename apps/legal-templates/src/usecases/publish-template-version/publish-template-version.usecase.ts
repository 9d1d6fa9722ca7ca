import { Injectable } from '@nestjs/common';
import type { Actor, LegalTemplateVersionView } from '@pollen/contracts';

import { assertPublishable } from '../../domain/publishing';
import { toVersionView } from '../../domain/template-version';
import { TemplateVersionStore } from '../../repositories/template-version.store';
import { changeDraft } from '../change-draft';

/**
 * An operator publishes a draft, both languages at once, once its bodies and schema pass every
 * check (422 naming the first that fails); it never changes again.
 */
@Injectable()
export class PublishTemplateVersion {
  constructor(private readonly store: TemplateVersionStore) {}

  async execute(command: {
    key: string;
    semver: string;
    requestId: string;
    actor: Actor;
  }): Promise<LegalTemplateVersionView> {
    const after = await changeDraft(this.store, command, (draft, at) => {
      assertPublishable(draft);
      return { status: 'published', publishedAt: at };
    });
    return toVersionView(after);
  }
}
