import type { LocalisedText, MatchCriterion } from '@pollen/contracts';

import { ENGAGEMENT_DIMENSION_LABELS, euros, IMPACT_AREA_LABELS, listOf, STAGE_LABELS } from './labels';
import type { MatchableApplication, MatchableThesis } from './matchable';

/** How well one criterion fits, 0 to 1, and the sentence that says why. */
export interface Fit {
  fraction: number;
  message: LocalisedText;
}

interface Criterion {
  criterion: MatchCriterion;
  fit(application: MatchableApplication, candidate: MatchableThesis): Fit;
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
function overlap<T extends string | number>(
  wanted: readonly T[],
  targeted: readonly T[] | undefined,
  label: (value: T) => LocalisedText,
  noun: LocalisedText,
): Fit {
  if (!targeted?.length) {
    return {
      fraction: NO_PREFERENCE,
      message: {
        fr: `Pas de préférence de l'investisseur (${noun.fr})`,
        en: `No preference stated by the investor (${noun.en})`,
      },
    };
  }
  if (!wanted.length) {
    return {
      fraction: 0,
      message: { fr: `Le projet n'en indique aucun (${noun.fr})`, en: `The project gives none (${noun.en})` },
    };
  }
  const shared = wanted.filter((value) => targeted.includes(value));
  const names = listOf(shared.map(label));
  return {
    fraction: shared.length / wanted.length,
    message: shared.length
      ? {
          fr: `${shared.length} sur ${wanted.length} ciblés (${noun.fr}) : ${names.fr}`,
          en: `${shared.length} of ${wanted.length} targeted (${noun.en}): ${names.en}`,
        }
      : { fr: `Aucun n'est ciblé (${noun.fr})`, en: `None is targeted (${noun.en})` },
  };
}

const sdgLabel = (goal: number): LocalisedText => ({ fr: `ODD ${goal}`, en: `SDG ${goal}` });

/** The weighted soft criteria, in the order an explanation lists them. */
export const CRITERIA: readonly Criterion[] = [
  {
    criterion: 'impact-areas',
    fit: (a, c) =>
      overlap(a.impactAreas, c.thesis.impactAreas, (v) => IMPACT_AREA_LABELS[v], {
        fr: "domaines d'impact",
        en: 'impact areas',
      }),
  },
  {
    criterion: 'engagement-dimensions',
    fit: (a, c) =>
      overlap(a.engagementDimensions, c.thesis.engagementDimensions, (v) => ENGAGEMENT_DIMENSION_LABELS[v], {
        fr: "dimensions d'engagement",
        en: 'engagement dimensions',
      }),
  },
  {
    criterion: 'sdgs',
    fit: (a, c) =>
      overlap(a.sdgs, c.thesis.sdgs, sdgLabel, {
        fr: 'objectifs de développement durable',
        en: 'sustainable development goals',
      }),
  },
  {
    criterion: 'stage-fit',
    fit: (a, c) =>
      c.thesis.stages?.length && a.stage
        ? {
            fraction: 1,
            message: {
              fr: `Le stade ${STAGE_LABELS[a.stage].fr} est explicitement visé`,
              en: `The ${STAGE_LABELS[a.stage].en} stage is targeted explicitly`,
            },
          }
        : { fraction: NO_PREFERENCE, message: { fr: 'Aucun stade préféré', en: 'No preferred stage' } },
  },
  {
    criterion: 'ticket-position',
    fit: (a, c) => {
      const { ticketMinCents: min, ticketMaxCents: max } = c.thesis;
      // 1 at the middle of the ticket, 0.5 at its edges: an amount at the edge is a stretch.
      const fraction = max === min ? 1 : 1 - Math.abs((a.amountCents - min) / (max - min) - 0.5);
      const middle = euros(Math.round((min + max) / 2));
      return {
        fraction,
        message: {
          fr: `Montant à ${Math.round(fraction * 100)} % du cœur du ticket (milieu : ${middle.fr})`,
          en: `Amount ${Math.round(fraction * 100)}% of the way to the ticket's centre (middle: ${middle.en})`,
        },
      };
    },
  },
  {
    criterion: 'capacity',
    fit: (_a, c) => {
      const fraction = c.capacityPerMonth > 0 ? Math.min(1, Math.max(0, c.remainingThisMonth / c.capacityPerMonth)) : 0;
      const left = Math.max(0, c.remainingThisMonth);
      return {
        fraction,
        message: {
          fr: `Capacité restante ce mois-ci : ${left} sur ${c.capacityPerMonth}`,
          en: `Capacity left this month: ${left} of ${c.capacityPerMonth}`,
        },
      };
    },
  },
];
