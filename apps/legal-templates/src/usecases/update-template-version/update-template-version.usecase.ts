import { Injectable } from '@nestjs/common';
import { type Actor, type LegalTemplateVersionView, TemplateVersionContentDto } from '@pollen/contracts';
import { mergePatch } from '@pollen/platform/http';
import { validateOrThrow } from '@pollen/platform/kafka';

import { type TemplateVersion, toVersionView } from '../../domain/template-version';
import { TemplateVersionStore } from '../../repositories/template-version.store';
import { changeDraft } from '../change-draft';

const contentOf = ({
  title,
  description,
  instruments,
  schema,
  bodies,
}: TemplateVersion): TemplateVersionContentDto => ({
  title,
  description,
  instruments,
  schema,
  bodies,
});

/**
 * An operator edits a draft with a JSON merge patch of its content (title, description,
 * instruments, schema, bodies), validated whole; a published version never changes (409).
 */
@Injectable()
export class UpdateTemplateVersion {
  constructor(private readonly store: TemplateVersionStore) {}

  async execute(command: {
    key: string;
    semver: string;
    patch: Record<string, unknown>;
    requestId: string;
    actor: Actor;
  }): Promise<LegalTemplateVersionView> {
    const after = await changeDraft(this.store, command, async (draft) => {
      const merged = mergePatch(structuredClone(contentOf(draft)), command.patch);
      // Stored as plain JSON, as it was merged, not as validator class instances.
      return JSON.parse(
        JSON.stringify(await validateOrThrow(TemplateVersionContentDto, merged)),
      ) as TemplateVersionContentDto;
    });
    return toVersionView(after);
  }
}
