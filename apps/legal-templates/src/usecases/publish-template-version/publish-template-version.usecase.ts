import { Injectable } from '@nestjs/common';
import { type Actor, assertOperator, type LegalTemplateVersionView } from '@pollen/contracts';
import { runCommand } from '@pollen/platform/mongo';

import { assertPublishable } from '../../domain/publishing';
import { TemplateVersionChange, toVersionView } from '../../domain/template-version';
import { TemplateChangedConcurrently, TemplatePublished } from '../../errors';
import { TemplateVersionStore } from '../../repositories/template-version.store';
import { readableVersion } from '../readable-version';

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
    assertOperator(command.actor);
    const after = await runCommand({
      store: this.store,
      load: () => readableVersion(this.store, command.key, command.semver, command.actor),
      requestId: command.requestId,
      apply: (current) => {
        if (current.status !== 'draft') throw new TemplatePublished(current.status);
        assertPublishable(current);
        const change = new TemplateVersionChange(current, command.requestId, new Date());
        Object.assign(change.next, {
          status: 'published',
          publishedAt: change.at,
          updatedAt: change.at,
          version: current.version + 1,
        });
        return change;
      },
      concurrentChange: () => new TemplateChangedConcurrently(),
    });
    return toVersionView(after);
  }
}
