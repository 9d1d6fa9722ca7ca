import { type Actor, assertOperator } from '@pollen/contracts';
import { runCommand } from '@pollen/platform/mongo';

import { type TemplateVersion, TemplateVersionChange } from '../domain/template-version';
import { TemplateChangedConcurrently, TemplatePublished } from '../errors';
import type { TemplateVersionStore } from '../repositories/template-version.store';
import { readableVersion } from './readable-version';

/**
 * Every operator's change to a draft, one way: the draft read, refused once published (409),
 * `edit` applied, the revision moved on (versions emit no events to move it) and written if
 * still at the revision read.
 */
export async function changeDraft(
  store: TemplateVersionStore,
  command: { key: string; semver: string; requestId: string; actor: Actor },
  edit: (draft: TemplateVersion, at: Date) => Partial<TemplateVersion> | Promise<Partial<TemplateVersion>>,
): Promise<TemplateVersion> {
  assertOperator(command.actor);
  return runCommand({
    store,
    load: () => readableVersion(store, command.key, command.semver, command.actor),
    requestId: command.requestId,
    apply: async (current) => {
      if (current.status !== 'draft') throw new TemplatePublished(current.status);
      const change = new TemplateVersionChange(current, command.requestId, new Date());
      Object.assign(change.next, await edit(current, change.at), {
        updatedAt: change.at,
        version: current.version + 1,
      });
      return change;
    },
    concurrentChange: () => new TemplateChangedConcurrently(),
  });
}
