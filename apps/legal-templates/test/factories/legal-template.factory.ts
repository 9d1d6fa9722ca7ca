import type { LegalTemplate } from '../../src/domain/legal-template';

/** A template version; published on 1 March 2026 unless said otherwise. */
export function legalTemplate(overrides: Partial<LegalTemplate> = {}): LegalTemplate {
  const status = overrides.status ?? 'published';
  return {
    key: 'convention-de-subvention',
    version: '1.0.0',
    locale: 'fr',
    title: 'Convention de subvention',
    kind: 'grant',
    status,
    ...(status === 'published' ? { publishedAt: new Date('2026-03-01T10:00:00Z') } : {}),
    ...overrides,
  };
}
