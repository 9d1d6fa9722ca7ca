import type { LegalTemplateSummaryView } from './legal-template-summary.view';

/** Request types the legal-templates service answers (topic `Topics.legalTemplateRequests`). */
export const LegalTemplateRequestTypes = {
  /** Every published template version; `data` is `{}`. */
  list: 'legal-templates.list',
} as const;

export interface ListLegalTemplatesResult {
  items: LegalTemplateSummaryView[];
}
