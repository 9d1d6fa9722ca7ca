import {
  ENGAGEMENT_DIMENSIONS,
  euros,
  IMPACT_AREAS,
  INSTRUMENTS,
  LEGAL_FORMS,
  type LocalisedText,
  REGIONS,
  STAGES,
} from '@pollen/contracts';

import type { MatchableApplication, MatchableThesis } from './matchable';

/** The lists an application's values are compared with, one by one, for a criterion's score. */
export type ListCriterion = 'impactAreas' | 'engagementDimensions' | 'sdgs';
/** The lists of a thesis that a categorical gate reads (an empty or absent one accepts any value). */
type GateList = 'instruments' | 'regions' | 'legalForms' | 'stages';

/**
 * An application as it is matched against the thousands of theses through the gates: read once,
 * its codes also as bits, one per code, so that a gate is an AND and an overlap a count of bits.
 * `undefined`: a code unknown, or a list with a value repeated (it counts twice in an overlap,
 * which bits can't say), so that the thesis' list is searched instead.
 */
export type PreparedApplication = {
  application: MatchableApplication;
  /** The amount asked as people read it, once formatted (`amountLabel`). */
  amount: LocalisedText | undefined;
} & Record<ListCriterion | 'instrument' | 'region' | 'legalForm' | 'stage', number | undefined>;

/**
 * What the gates and criteria read of a thesis, in one small object: reading the thesis itself,
 * its lists and their values, thesis after thesis, costs mostly the memory's latency. A list's
 * bits are `undefined` when the thesis has none (no preference, or any value accepted).
 */
export type PreparedThesis = {
  candidate: MatchableThesis;
  ticketMinCents: number;
  ticketMaxCents: number;
  esusRequired: boolean;
  capacityPerMonth: number;
  remainingThisMonth: number;
  /** The ticket as people read it, once formatted (`ticketLabels`). */
  ticket: TicketLabels | undefined;
} & Record<ListCriterion | GateList, number | undefined>;

export interface TicketLabels {
  min: LocalisedText;
  max: LocalisedText;
  middle: LocalisedText;
}

class Vocabulary<V> {
  private readonly bitOf = new Map<V, number>();

  constructor(values: readonly V[]) {
    values.forEach((value, i) => this.bitOf.set(value, 1 << i));
  }

  /** 0 for no value: it matches no list. */
  one(value: V | undefined): number | undefined {
    return value === undefined ? 0 : this.bitOf.get(value);
  }

  wanted(list: readonly V[]): number | undefined {
    let bits = 0;
    for (const value of list) {
      const bit = this.bitOf.get(value);
      if (bit === undefined || bits & bit) return undefined;
      bits |= bit;
    }
    return bits;
  }

  /** A value unknown to the vocabulary matches no application's bits, so it is dropped. */
  targeted(list: readonly V[] | undefined): number | undefined {
    if (!list?.length) return undefined;
    let bits = 0;
    for (const value of list) bits |= this.bitOf.get(value) ?? 0;
    return bits;
  }

  /** The values of `wanted` whose bits are in `targeted`, in their order. */
  among(wanted: readonly V[], targeted: number): V[] {
    return wanted.filter((value) => ((this.bitOf.get(value) ?? 0) & targeted) !== 0);
  }
}

const INSTRUMENT_BITS = new Vocabulary(INSTRUMENTS);
const REGION_BITS = new Vocabulary(REGIONS);
const LEGAL_FORM_BITS = new Vocabulary(LEGAL_FORMS);
const STAGE_BITS = new Vocabulary(STAGES);
const LIST_BITS: Record<ListCriterion, Vocabulary<unknown>> = {
  impactAreas: new Vocabulary<unknown>(IMPACT_AREAS),
  engagementDimensions: new Vocabulary<unknown>(ENGAGEMENT_DIMENSIONS),
  sdgs: new Vocabulary<unknown>(Array.from({ length: 17 }, (_, i) => i + 1)),
};

/** How many bits are set in a 32-bit word. */
export function bitCount(word: number): number {
  word -= (word >>> 1) & 0x55555555;
  word = (word & 0x33333333) + ((word >>> 2) & 0x33333333);
  return Math.imul((word + (word >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

export function prepare(application: MatchableApplication): PreparedApplication {
  return {
    application,
    amount: undefined,
    instrument: INSTRUMENT_BITS.one(application.instrument),
    region: REGION_BITS.one(application.region),
    legalForm: LEGAL_FORM_BITS.one(application.legalForm),
    stage: STAGE_BITS.one(application.stage),
    impactAreas: LIST_BITS.impactAreas.wanted(application.impactAreas),
    engagementDimensions: LIST_BITS.engagementDimensions.wanted(application.engagementDimensions),
    sdgs: LIST_BITS.sdgs.wanted(application.sdgs),
  };
}

/** Theses the index holds are frozen, lists and all: they are prepared once, not once per application. */
const preparedTheses = new WeakMap<MatchableThesis, PreparedThesis>();

export function prepareThesis(candidate: MatchableThesis): PreparedThesis {
  const cached = preparedTheses.get(candidate);
  if (cached) return cached;
  const { thesis } = candidate;
  const prepared: PreparedThesis = {
    candidate,
    instruments: INSTRUMENT_BITS.targeted(thesis.instruments),
    regions: REGION_BITS.targeted(thesis.regions),
    legalForms: LEGAL_FORM_BITS.targeted(thesis.legalForms),
    stages: STAGE_BITS.targeted(thesis.stages),
    ticketMinCents: thesis.ticketMinCents,
    ticketMaxCents: thesis.ticketMaxCents,
    esusRequired: thesis.esusRequired,
    impactAreas: LIST_BITS.impactAreas.targeted(thesis.impactAreas),
    engagementDimensions: LIST_BITS.engagementDimensions.targeted(thesis.engagementDimensions),
    sdgs: LIST_BITS.sdgs.targeted(thesis.sdgs),
    capacityPerMonth: candidate.capacityPerMonth,
    remainingThisMonth: candidate.remainingThisMonth,
    ticket: undefined,
  };
  const lists = [thesis.instruments, thesis.regions, thesis.legalForms, thesis.stages];
  const read = [candidate, thesis, ...lists, thesis.impactAreas, thesis.engagementDimensions, thesis.sdgs];
  if (read.every((object) => object === undefined || Object.isFrozen(object))) preparedTheses.set(candidate, prepared);
  return prepared;
}

/** The application's values of a list that the thesis targets, in the application's order. */
export function shared(application: PreparedApplication, thesis: PreparedThesis, list: ListCriterion): unknown[] {
  const wanted: readonly unknown[] = application.application[list];
  const wantedBits = application[list];
  const targetedBits = thesis[list];
  if (targetedBits === undefined) return [];
  if (wantedBits !== undefined) return LIST_BITS[list].among(wanted, targetedBits);
  const targeted: readonly unknown[] = thesis.candidate.thesis[list] ?? [];
  return wanted.filter((value) => targeted.includes(value));
}

/** How many of the application's values of a list the thesis targets. */
export function sharedCount(application: PreparedApplication, thesis: PreparedThesis, list: ListCriterion): number {
  const wantedBits = application[list];
  const targetedBits = thesis[list];
  if (targetedBits === undefined) return 0;
  if (wantedBits !== undefined) return bitCount(wantedBits & targetedBits);
  return shared(application, thesis, list).length;
}

/** Formatting amounts (Intl) is the dearest part of an explanation: once per application. */
export function amountLabel(application: PreparedApplication): LocalisedText {
  return (application.amount ??= euros(application.application.amountCents));
}

/** And once per thesis, however many applications it is proposed to. */
export function ticketLabels(thesis: PreparedThesis): TicketLabels {
  return (thesis.ticket ??= {
    min: euros(thesis.ticketMinCents),
    max: euros(thesis.ticketMaxCents),
    middle: euros(Math.round((thesis.ticketMinCents + thesis.ticketMaxCents) / 2)),
  });
}
