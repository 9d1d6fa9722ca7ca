import { Injectable } from '@nestjs/common';
import type { Actor, Locale, TemplatePreviewView } from '@pollen/contracts';

import { renderedHtml } from '../../domain/rendered-html';
import { assertVariablesMatch } from '../../rendering/variables-schema';
import { TemplateVersionStore } from '../../repositories/template-version.store';
import { readableVersion } from '../readable-version';

/**
 * A version rendered with the variables given, checked against its schema first (every invalid
 * field in one 422): operators preview drafts, everyone signed in published versions.
 */
@Injectable()
export class PreviewTemplateVersion {
  constructor(private readonly store: TemplateVersionStore) {}

  async execute(command: {
    key: string;
    semver: string;
    locale: Locale;
    variables: Record<string, unknown>;
    actor: Actor;
  }): Promise<TemplatePreviewView> {
    const version = await readableVersion(this.store, command.key, command.semver, command.actor);
    assertVariablesMatch(version.schema, command.variables);
    return { html: await renderedHtml(version, command.locale, command.variables) };
  }
}
