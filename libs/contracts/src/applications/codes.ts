/** Stable codes of the public API (docs/domain.md). Add codes; never rename one. */
export const LEGAL_FORMS = [
  'association',
  'scop',
  'scic',
  'sas',
  'sarl',
  'sa',
  'foundation',
  'mutual',
  'other',
] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

export const REGIONS = [
  'FR-ARA',
  'FR-BFC',
  'FR-BRE',
  'FR-CVL',
  'FR-20R',
  'FR-GES',
  'FR-HDF',
  'FR-IDF',
  'FR-NOR',
  'FR-NAQ',
  'FR-OCC',
  'FR-PDL',
  'FR-PAC',
  'FR-971',
  'FR-972',
  'FR-973',
  'FR-974',
  'FR-976',
] as const;
export type Region = (typeof REGIONS)[number];

export const IMPACT_AREAS = [
  'inclusion',
  'disability',
  'civic-engagement',
  'food-waste',
  'environment',
  'health',
  'education',
  'housing',
  'employment',
  'mobility',
  'culture',
  'digital-inclusion',
] as const;
export type ImpactArea = (typeof IMPACT_AREAS)[number];

export const STAGES = ['idea', 'seed', 'growth', 'scale'] as const;
export type Stage = (typeof STAGES)[number];

export const INSTRUMENTS = ['grant', 'honour-loan', 'loan', 'equity', 'quasi-equity', 'guarantee', 'support'] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

export const APPLICATION_STATUSES = [
  'draft',
  'submitted',
  'eligible',
  'ineligible',
  'in-discussion',
  'funded',
  'declined',
  'withdrawn',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
