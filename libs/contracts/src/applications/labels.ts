import type { EngagementDimension } from '../investors/codes';
import type { LocalisedText } from './application.view';
import type { ImpactArea, Instrument, LegalForm, Region, Stage } from './codes';

/** The names people read in explanations and agreements, for the codes of docs/domain.md. */
type Labels<K extends string> = Record<K, LocalisedText>;
const both = (fr: string, en = fr): LocalisedText => ({ fr, en });

export const REGION_LABELS: Labels<Region> = {
  'FR-ARA': both('Auvergne-Rhône-Alpes'),
  'FR-BFC': both('Bourgogne-Franche-Comté'),
  'FR-BRE': both('Bretagne', 'Brittany'),
  'FR-CVL': both('Centre-Val de Loire'),
  'FR-20R': both('Corse', 'Corsica'),
  'FR-GES': both('Grand Est'),
  'FR-HDF': both('Hauts-de-France'),
  'FR-IDF': both('Île-de-France'),
  'FR-NOR': both('Normandie', 'Normandy'),
  'FR-NAQ': both('Nouvelle-Aquitaine'),
  'FR-OCC': both('Occitanie'),
  'FR-PDL': both('Pays de la Loire'),
  'FR-PAC': both("Provence-Alpes-Côte d'Azur"),
  'FR-971': both('Guadeloupe'),
  'FR-972': both('Martinique'),
  'FR-973': both('Guyane', 'French Guiana'),
  'FR-974': both('La Réunion', 'Réunion'),
  'FR-976': both('Mayotte'),
};

export const LEGAL_FORM_LABELS: Labels<LegalForm> = {
  association: both('association', 'association'),
  scop: both('SCOP', 'workers’ cooperative (SCOP)'),
  scic: both('SCIC', 'multi-stakeholder cooperative (SCIC)'),
  sas: both('SAS'),
  sarl: both('SARL'),
  sa: both('SA'),
  foundation: both('fondation', 'foundation'),
  mutual: both('mutuelle', 'mutual'),
  other: both('autre forme', 'other legal form'),
};

export const INSTRUMENT_LABELS: Labels<Instrument> = {
  grant: both('subvention', 'grant'),
  'honour-loan': both("prêt d'honneur", 'honour loan'),
  loan: both('prêt', 'loan'),
  equity: both('fonds propres', 'equity'),
  'quasi-equity': both('quasi-fonds propres', 'quasi-equity'),
  guarantee: both('garantie', 'guarantee'),
  support: both('accompagnement', 'support'),
};

export const STAGE_LABELS: Labels<Stage> = {
  idea: both('idée', 'idea'),
  seed: both('amorçage', 'seed'),
  growth: both('développement', 'growth'),
  scale: both('changement d’échelle', 'scale-up'),
};

export const IMPACT_AREA_LABELS: Labels<ImpactArea> = {
  inclusion: both('inclusion'),
  disability: both('handicap', 'disability'),
  'civic-engagement': both('engagement citoyen', 'civic engagement'),
  'food-waste': both('gaspillage alimentaire', 'food waste'),
  environment: both('environnement', 'environment'),
  health: both('santé', 'health'),
  education: both('éducation', 'education'),
  housing: both('logement', 'housing'),
  employment: both('emploi', 'employment'),
  mobility: both('mobilité', 'mobility'),
  culture: both('culture'),
  'digital-inclusion': both('inclusion numérique', 'digital inclusion'),
};

export const ENGAGEMENT_DIMENSION_LABELS: Labels<EngagementDimension> = {
  'job-creation': both("création d'emplois", 'job creation'),
  'territorial-development': both('développement territorial', 'territorial development'),
  ecology: both('écologie', 'ecology'),
  'social-link': both('lien social', 'social ties'),
  'democratic-governance': both('gouvernance démocratique', 'democratic governance'),
};

/** "a, b et c" / "a, b and c". */
export function listOf(labels: readonly LocalisedText[]): LocalisedText {
  const join = (words: string[], and: string) =>
    words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${and} ${words[words.length - 1]}`;
  return {
    fr: join(
      labels.map((l) => l.fr),
      'et',
    ),
    en: join(
      labels.map((l) => l.en),
      'and',
    ),
  };
}
