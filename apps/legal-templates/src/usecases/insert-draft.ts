import type { CreateTemplateVersionDto } from '@pollen/contracts';

import { newDraft, type TemplateVersion, templateVersionId } from '../domain/template-version';
import type { TemplateVersionStore } from '../repositories/template-version.store';

/**
 * Writes a new draft version once `allowed` accepts the template's versions as they are (newest
 * first). A redelivered request finds the draft it wrote and answers with it.
 */
export async function insertDraft(
  store: TemplateVersionStore,
  key: string,
  draft: CreateTemplateVersionDto,
  requestId: string,
  allowed: (existing: TemplateVersion[]) => Promise<void>,
): Promise<TemplateVersion> {
  const written = await store.findById(templateVersionId(key, draft.version));
  if (written?.appliedRequestIds.includes(requestId)) return written;
  await allowed(await store.versionsOf(key));
  // Stored as plain JSON, not as the validator's class instances.
  const content = JSON.parse(JSON.stringify(draft)) as CreateTemplateVersionDto;
  const version = newDraft(key, content, requestId, new Date());
  await store.insert(version, []);
  return version;
}
