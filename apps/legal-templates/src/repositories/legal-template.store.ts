import type { PublishedLegalTemplate } from '../domain/legal-template';

/** The port use cases read templates through; LegalTemplateRepository is the MongoDB adapter. */
export abstract class LegalTemplateStore {
  /** Every published version, by key, then locale, then newest publication first. */
  abstract listPublished(): Promise<PublishedLegalTemplate[]>;
}
