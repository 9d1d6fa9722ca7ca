import type { Instrument, LegalTemplateSummaryView, Locale, TemplateStatus } from '@pollen/contracts';

/** One version of a legal template in one language. A published version never changes. */
export interface LegalTemplate {
  key: string;
  /** Semantic version: 1.0.0, 1.1.0 … */
  version: string;
  locale: Locale;
  title: string;
  /** The instrument the agreement is for. */
  kind: Instrument;
  status: TemplateStatus;
  /** Set once, when the version is published. */
  publishedAt?: Date;
}

export type PublishedLegalTemplate = LegalTemplate & { status: 'published'; publishedAt: Date };

export function toSummaryView(template: PublishedLegalTemplate): LegalTemplateSummaryView {
  return {
    key: template.key,
    version: template.version,
    locale: template.locale,
    title: template.title,
    kind: template.kind,
    publishedAt: template.publishedAt.toISOString(),
  };
}
