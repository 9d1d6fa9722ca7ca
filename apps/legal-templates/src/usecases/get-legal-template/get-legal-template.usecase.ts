import { Injectable } from '@nestjs/common';
import type { Actor, LegalTemplateView } from '@pollen/contracts';

import { isReadableBy, toVersionView } from '../../domain/template-version';
import { TemplateNotFound } from '../../errors';
import { TemplateVersionStore } from '../../repositories/template-version.store';

/** A template's versions the actor may read, the newest first; 404 when there is none. */
@Injectable()
export class GetLegalTemplate {
  constructor(private readonly store: TemplateVersionStore) {}

  async execute({ key, actor }: { key: string; actor: Actor }): Promise<LegalTemplateView> {
    const versions = (await this.store.versionsOf(key)).filter((version) => isReadableBy(version, actor));
    if (versions.length === 0) throw new TemplateNotFound(key);
    return { key, versions: versions.map(toVersionView) };
  }
}
