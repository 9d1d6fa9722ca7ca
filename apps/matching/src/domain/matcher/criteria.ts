import { euros, type LocalisedText, type MatchCriterion } from '@pollen/contracts';

import { ENGAGEMENT_DIMENSION_LABELS, IMPACT_AREA_LABELS, listOf, STAGE_LABELS } from './labels';
import type { MatchableApplication, MatchableThesis } from './matchable';

/**
 * One weighted criterion: how well it fits, 0 to 1 (read for every thesis through the gates, so
 * cheap), and the sentence that says why (written only for the matches proposed).
 */
interface Criterion {
  criterion: MatchCriterion;
  fraction(application: MatchableApplication, candidate: MatchableThesis): number;
  message(application: MatchableApplication, candidate: MatchableThesis, fraction: number): LocalisedText;
}

/** The points each criterion can bring; the score scales them to 100 (docs/matching.md). */
export type MatchWeights = Record<MatchCriterion, number>;

export const DEFAULT_WEIGHTS: MatchWeights = {
  'impact-areas': 30,
  'engagement-dimensions': 15,
  sdgs: 15,
  'stage-fit': 10,
  'ticket-position': 20,
  capacity: 10,
};

/** A thesis without a preference on a list fits half: better than a miss, not as good as a hit. */
const NO_PREFERENCE = 0.5;

/** The share of the application's values the thesis targets. */
function overlap<T>(wanted: readonly T[], targeted: readonly T[] | undefined): number {
  if (!targeted?.length) return NO_PREFERENCE;
  if (!wanted.length) return 0;
  let shared = 0;
  for (const value of wanted) if (targeted.includes(value)) shared += 1;
  return shared / wanted.length;
}

function overlapMessage<T>(
  wanted: readonly T[],
  targeted: readonly T[] | undefined,
  label: (value: T) => LocalisedText,
  noun: Noun,
): LocalisedText {
  if (!targeted?.length) {
    return {
      fr: `${noun.fr} : pas de préférence de l'investisseur`,
      en: `${noun.en}: no preference stated by the investor`,
    };
  }
  if (!wanted.length)
    return {
      fr: `${noun.fr} : le projet n'en indique ${noun.feminine ? 'aucune' : 'aucun'}`,
      en: `${noun.en}: the project gives none`,
    };
  const shared = wanted.filter((value) => targeted.includes(value));
  if (!shared.length)
    return {
      fr: `${noun.fr} : ${noun.feminine ? "aucune n'est ciblée" : "aucun n'est ciblé"}`,
      en: `${noun.en}: none is targeted`,
    };
  const names = listOf(shared.map(label));
  return {
    fr: `${noun.fr} ${noun.feminine ? 'ciblées' : 'ciblés'} : ${shared.length} sur ${wanted.length} (${names.fr})`,
    en: `${noun.en} targeted: ${shared.length} of ${wanted.length} (${names.en})`,
  };
}

/** What a list criterion is about; French agrees with its gender. */
interface Noun extends LocalisedText {
  feminine: boolean;
}

const IMPACT_AREAS_NOUN: Noun = { fr: "Domaines d'impact", en: 'Impact areas', feminine: false };
const DIMENSIONS_NOUN: Noun = { fr: "Dimensions d'engagement", en: 'Engagement dimensions', feminine: true };
const SDGS_NOUN: Noun = {
  fr: 'Objectifs de développement durable',
  en: 'Sustainable development goals',
  feminine: false,
};
const sdgLabel = (goal: number): LocalisedText => ({ fr: `ODD ${goal}`, en: `SDG ${goal}` });

/** 1 at the middle of the ticket, 0.5 at its edges: an amount at an edge is a stretch. */
function ticketPosition(amount: number, min: number, max: number): number {
  return max === min ? 1 : 1 - Math.abs((amount - min) / (max - min) - 0.5);
}

/** The weighted soft criteria, in the order an explanation lists them. */
export const CRITERIA: readonly Criterion[] = [
  {
    criterion: 'impact-areas',
    fraction: (a, c) => overlap(a.impactAreas, c.thesis.impactAreas),
    message: (a, c) =>
      overlapMessage(a.impactAreas, c.thesis.impactAreas, (v) => IMPACT_AREA_LABELS[v], IMPACT_AREAS_NOUN),
  },
  {
    criterion: 'engagement-dimensions',
    fraction: (a, c) => overlap(a.engagementDimensions, c.thesis.engagementDimensions),
    message: (a, c) =>
      overlapMessage(
        a.engagementDimensions,
        c.thesis.engagementDimensions,
        (v) => ENGAGEMENT_DIMENSION_LABELS[v],
        DIMENSIONS_NOUN,
      ),
  },
  {
    criterion: 'sdgs',
    fraction: (a, c) => overlap(a.sdgs, c.thesis.sdgs),
    message: (a, c) => overlapMessage(a.sdgs, c.thesis.sdgs, sdgLabel, SDGS_NOUN),
  },
  {
    criterion: 'stage-fit',
    fraction: (a, c) => (c.thesis.stages?.length && a.stage ? 1 : NO_PREFERENCE),
    message: (a, c) =>
      c.thesis.stages?.length && a.stage
        ? {
            fr: `Le stade ${STAGE_LABELS[a.stage].fr} est explicitement visé`,
            en: `The ${STAGE_LABELS[a.stage].en} stage is targeted explicitly`,
          }
        : { fr: 'Aucun stade préféré', en: 'No preferred stage' },
  },
  {
    criterion: 'ticket-position',
    fraction: (a, c) => ticketPosition(a.amountCents, c.thesis.ticketMinCents, c.thesis.ticketMaxCents),
    message: (_a, c, fraction) => {
      const middle = euros(Math.round((c.thesis.ticketMinCents + c.thesis.ticketMaxCents) / 2));
      const percent = Math.round(fraction * 100);
      return {
        fr: `Place du montant dans le ticket : ${percent} % (100 % en son milieu, ${middle.fr})`,
        en: `Place of the amount in the ticket: ${percent}% (100% at its middle, ${middle.en})`,
      };
    },
  },
  {
    criterion: 'capacity',
    fraction: (_a, c) =>
      c.capacityPerMonth > 0 ? Math.min(1, Math.max(0, c.remainingThisMonth / c.capacityPerMonth)) : 0,
    message: (_a, c) => {
      const left = Math.max(0, c.remainingThisMonth);
      return {
        fr: `Capacité restante ce mois-ci : ${left} sur ${c.capacityPerMonth}`,
        en: `Capacity left this month: ${left} of ${c.capacityPerMonth}`,
      };
    },
  },
];
