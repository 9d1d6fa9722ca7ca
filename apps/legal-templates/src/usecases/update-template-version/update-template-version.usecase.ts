import { Injectable } from '@nestjs/common';
import {
  type Actor,
  assertOperator,
  type LegalTemplateVersionView,
  TemplateVersionContentDto,
} from '@pollen/contracts';
import { mergePatch } from '@pollen/platform/http';
import { validateOrThrow } from '@pollen/platform/kafka';
import { runCommand } from '@pollen/platform/mongo';

import { type TemplateVersion, TemplateVersionChange, toVersionView } from '../../domain/template-version';
import { TemplateChangedConcurrently, TemplatePublished } from '../../errors';
import { TemplateVersionStore } from '../../repositories/template-version.store';
import { readableVersion } from '../readable-version';

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
    assertOperator(command.actor);
    const after = await runCommand({
      store: this.store,
      load: () => readableVersion(this.store, command.key, command.semver, command.actor),
      requestId: command.requestId,
      apply: async (current) => {
        if (current.status !== 'draft') throw new TemplatePublished(current.status);
        const merged = mergePatch(structuredClone(contentOf(current)), command.patch);
        const content = JSON.parse(JSON.stringify(await validateOrThrow(TemplateVersionContentDto, merged)));
        const change = new TemplateVersionChange(current, command.requestId, new Date());
        Object.assign(change.next, content as TemplateVersionContentDto, { version: current.version + 1 });
        change.next.updatedAt = change.at;
        return change;
      },
      concurrentChange: () => new TemplateChangedConcurrently(),
    });
    return toVersionView(after);
  }
}
