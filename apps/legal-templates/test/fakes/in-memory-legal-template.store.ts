import type { LegalTemplate, PublishedLegalTemplate } from '../../src/domain/legal-template';
import { LegalTemplateStore } from '../../src/repositories/legal-template.store';

const isPublished = (template: LegalTemplate): template is PublishedLegalTemplate =>
  template.status === 'published' && template.publishedAt !== undefined;

/** The template store as an array, sorted as the MongoDB adapter sorts. */
export class InMemoryLegalTemplateStore extends LegalTemplateStore {
  readonly templates: LegalTemplate[] = [];

  async listPublished(): Promise<PublishedLegalTemplate[]> {
    return this.templates
      .filter(isPublished)
      .sort(
        (a, b) =>
          a.key.localeCompare(b.key) ||
          a.locale.localeCompare(b.locale) ||
          b.publishedAt.getTime() - a.publishedAt.getTime(),
      )
      .map((template) => ({ ...template, publishedAt: new Date(template.publishedAt) }));
  }
}
