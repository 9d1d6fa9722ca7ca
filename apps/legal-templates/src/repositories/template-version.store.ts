import type { Instrument, TemplateStatus } from '@pollen/contracts';
import type { AggregateWriter, PageCursor } from '@pollen/platform/mongo';

import type { TemplateVersion } from '../domain/template-version';

export interface TemplateVersionFilter {
  status?: TemplateStatus;
  instrument?: Instrument;
}

/** The port use cases keep template versions through; TemplateVersionRepository is the MongoDB adapter. */
export abstract class TemplateVersionStore implements AggregateWriter<TemplateVersion> {
  abstract findById(id: string): Promise<TemplateVersion | null>;
  /** Writes a new version; one with the same key and number is TemplateVersionExists. */
  abstract insert(version: TemplateVersion, events: []): Promise<void>;
  abstract update(version: TemplateVersion, expectedVersion: number, events: []): Promise<boolean>;
  /** Every version of a template, the newest first. */
  abstract versionsOf(key: string): Promise<TemplateVersion[]>;
  /**
   * Versions the newest created first, from the one the cursor names (included: the page may
   * continue inside it, with its other language), at most `limit`.
   */
  abstract fromCursor(
    filter: TemplateVersionFilter,
    from: PageCursor | undefined,
    limit: number,
  ): Promise<TemplateVersion[]>;
}
