import type { EngagementDimension, ImpactArea, LocalisedText, MatchCriterion } from '@pollen/contracts';
import { ENGAGEMENT_DIMENSION_LABELS, IMPACT_AREA_LABELS, listOf, STAGE_LABELS } from '@pollen/contracts';

import {
  bitCount,
  type ListCriterion,
  type PreparedApplication,
  type PreparedThesis,
  shared,
  sharedCount,
  ticketLabels,
} from './prepared';

/**
 * One weighted criterion: how well it fits, 0 to 1 (read for every thesis through the gates, so
 * cheap), and the sentence that says why (written only for the matches proposed).
 */
interface Criterion {
  criterion: MatchCriterion;
  fraction(application: PreparedApplication, thesis: PreparedThesis): number;
  message(application: PreparedApplication, thesis: PreparedThesis, fraction: number): LocalisedText;
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

/** The share of the application's values the thesis targets (`list` names them, for when bits can't say). */
function overlap(
  application: PreparedApplication,
  thesis: PreparedThesis,
  list: ListCriterion,
  wanted: number,
  wantedBits: number | undefined,
  targetedBits: number | undefined,
): number {
  if (targetedBits === undefined) return NO_PREFERENCE;
  if (!wanted) return 0;
  if (wantedBits !== undefined) return bitCount(wantedBits & targetedBits) / wanted;
  return sharedCount(application, thesis, list) / wanted;
}

function overlapMessage<T>(
  application: PreparedApplication,
  thesis: PreparedThesis,
  list: ListCriterion,
  label: (value: T) => LocalisedText,
  noun: Noun,
): LocalisedText {
  if (thesis[list] === undefined) {
    return {
      fr: `${noun.fr} : pas de préférence de l'investisseur`,
      en: `${noun.en}: no preference stated by the investor`,
    };
  }
  const wanted = application.application[list];
  if (!wanted.length)
    return {
      fr: `${noun.fr} : le projet n'en indique ${noun.feminine ? 'aucune' : 'aucun'}`,
      en: `${noun.en}: the project gives none`,
    };
  const targeted = shared(application, thesis, list) as T[];
  if (!targeted.length)
    return {
      fr: `${noun.fr} : ${noun.feminine ? "aucune n'est ciblée" : "aucun n'est ciblé"}`,
      en: `${noun.en}: none is targeted`,
    };
  const names = listOf(targeted.map(label));
  return {
    fr: `${noun.fr} ${noun.feminine ? 'ciblées' : 'ciblés'} : ${targeted.length} sur ${wanted.length} (${names.fr})`,
    en: `${noun.en} targeted: ${targeted.length} of ${wanted.length} (${names.en})`,
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
    fraction: (a, t) => overlap(a, t, 'impactAreas', a.application.impactAreas.length, a.impactAreas, t.impactAreas),
    message: (a, t) => overlapMessage(a, t, 'impactAreas', (v: ImpactArea) => IMPACT_AREA_LABELS[v], IMPACT_AREAS_NOUN),
  },
  {
    criterion: 'engagement-dimensions',
    fraction: (a, t) =>
      overlap(
        a,
        t,
        'engagementDimensions',
        a.application.engagementDimensions.length,
        a.engagementDimensions,
        t.engagementDimensions,
      ),
    message: (a, t) =>
      overlapMessage(
        a,
        t,
        'engagementDimensions',
        (v: EngagementDimension) => ENGAGEMENT_DIMENSION_LABELS[v],
        DIMENSIONS_NOUN,
      ),
  },
  {
    criterion: 'sdgs',
    fraction: (a, t) => overlap(a, t, 'sdgs', a.application.sdgs.length, a.sdgs, t.sdgs),
    message: (a, t) => overlapMessage(a, t, 'sdgs', sdgLabel, SDGS_NOUN),
  },
  {
    criterion: 'stage-fit',
    fraction: ({ application: a }, t) => (t.stages !== undefined && a.stage ? 1 : NO_PREFERENCE),
    message: ({ application: a }, t) =>
      t.stages !== undefined && a.stage
        ? {
            fr: `Le stade ${STAGE_LABELS[a.stage].fr} est explicitement visé`,
            en: `The ${STAGE_LABELS[a.stage].en} stage is targeted explicitly`,
          }
        : { fr: 'Aucun stade préféré', en: 'No preferred stage' },
  },
  {
    criterion: 'ticket-position',
    fraction: ({ application: a }, t) => ticketPosition(a.amountCents, t.ticketMinCents, t.ticketMaxCents),
    message: (_a, t, fraction) => {
      const { middle } = ticketLabels(t);
      const percent = Math.round(fraction * 100);
      return {
        fr: `Place du montant dans le ticket : ${percent} % (100 % en son milieu, ${middle.fr})`,
        en: `Place of the amount in the ticket: ${percent}% (100% at its middle, ${middle.en})`,
      };
    },
  },
  {
    criterion: 'capacity',
    fraction: (_a, t) =>
      t.capacityPerMonth > 0 ? Math.min(1, Math.max(0, t.remainingThisMonth / t.capacityPerMonth)) : 0,
    message: (_a, t) => {
      const left = Math.max(0, t.remainingThisMonth);
      return {
        fr: `Capacité restante ce mois-ci : ${left} sur ${t.capacityPerMonth}`,
        en: `Capacity left this month: ${left} of ${t.capacityPerMonth}`,
      };
    },
  },
];
