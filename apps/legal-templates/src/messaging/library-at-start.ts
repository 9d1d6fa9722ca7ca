import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';

import { assertPublishable } from '../domain/publishing';
import { newDraft, templateVersionId } from '../domain/template-version';
import { TemplateVersionExists } from '../errors';
import { LIBRARY } from '../library';
import { TemplateVersionStore } from '../repositories/template-version.store';

// The request id the library's versions say created them: a start, not an operator.
const SEEDED_BY = 'seed-library';

/**
 * Publishes the seed library at start: each template whose version is missing, checked as an
 * operator's would be. Idempotent, and safe with replicas starting together (one insert wins).
 */
@Injectable()
export class LibraryAtStart implements OnApplicationBootstrap {
  private readonly logger = new Logger(LibraryAtStart.name);

  constructor(private readonly store: TemplateVersionStore) {}

  async onApplicationBootstrap(): Promise<void> {
    let published = 0;
    for (const { example: _example, expected: _expected, key, ...draft } of LIBRARY) {
      if (await this.store.findById(templateVersionId(key, draft.version))) continue;
      const at = new Date();
      const version = { ...newDraft(key, draft, SEEDED_BY, at), status: 'published' as const, publishedAt: at };
      assertPublishable(version);
      try {
        await this.store.insert(version, []);
        published += 1;
      } catch (error) {
        if (!(error instanceof TemplateVersionExists)) throw error;
      }
    }
    this.logger.log({ published, library: LIBRARY.length }, 'seed library of legal templates in place');
  }
}
