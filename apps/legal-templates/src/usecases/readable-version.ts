import type { Actor } from '@pollen/contracts';

import { isReadableBy, type TemplateVersion, templateVersionId } from '../domain/template-version';
import { TemplateNotFound } from '../errors';
import type { TemplateVersionStore } from '../repositories/template-version.store';

/** The version, if the actor may read it (drafts are operators'); 404 otherwise, as for none. */
export async function readableVersion(
  store: TemplateVersionStore,
  key: string,
  semver: string,
  actor: Actor,
): Promise<TemplateVersion> {
  const version = await store.findById(templateVersionId(key, semver));
  if (!version || !isReadableBy(version, actor)) throw new TemplateNotFound(key, semver);
  return version;
}
