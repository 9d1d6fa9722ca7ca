import type { Instrument } from '../applications/codes';
import type { Locale } from '../messaging/request-reply';

/** A published legal template, without its body or variable schema. */
export class LegalTemplateSummaryView {
  key: string;
  /** Semantic version (1.2.0); a published version never changes. */
  version: string;
  locale: Locale;
  title: string;
  /** The instrument the agreement is for (grant, honour-loan, …). */
  kind: Instrument;
  publishedAt: string;
}

/** `GET /v1/legal-templates`: every published template version. */
export class LegalTemplateListView {
  items: LegalTemplateSummaryView[];
}
