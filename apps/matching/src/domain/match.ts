import {
  type ContactDto,
  type MatchAction,
  type MatchExplanationEntry,
  type MatchGate,
  type MatchStatus,
  OPEN_MATCH_STATUSES,
  type PassReason,
  type RetractCause,
  type Topics,
} from '@pollen/contracts';
import { AggregateChange, type IdempotentAggregate } from '@pollen/platform/mongo';
import { v5 as uuidv5 } from 'uuid';

import { MatchIllegalTransition } from '../errors';
import type { IntroductionParties } from './introduction';

/** One application proposed to one investor, with the score and explanation frozen at proposal. */
export interface Match extends IdempotentAggregate {
  applicationId: string;
  investorId: string;
  programmeId: string;
  /** 1 for the pair's first match; a pair that qualifies again after a retraction gets the next. */
  generation: number;
  status: MatchStatus;
  score: number;
  explanation: MatchExplanationEntry[];
  /** What the investor said when interested: the message is kept here, not on the topic. */
  interest?: { amountCents?: number; message: string; letterOfIntent?: boolean; at: Date };
  /** Why the investor passed; the comment is kept here, not on the topic. */
  pass?: { reason: PassReason; comment?: string; at: Date };
  /**
   * What each side learnt of the other when the applicant accepted: personal data, which leaves
   * matching only on the compacted contacts topic, never on the match events.
   */
  introduction?: {
    at: Date;
    /** Each contact is removed when either side is erased (match-erasure.ts). */
    applicant: { contact?: ContactDto; siren: string };
    investor: { contact?: ContactDto; siren?: string };
  };
  /** Why the applicant declined, when they said. */
  decline?: { reason?: string; at: Date };
  /** Why the system retracted it, and which gate now fails when that is why. */
  retractCause?: RetractCause;
  retractGate?: MatchGate;
  /** When one side's account was erased: the match keeps its facts, without anyone's words or contact. */
  partyErasedAt?: Date;
  proposedAt: Date;
  updatedAt: Date;
}

/**
 * One change to a match, with its `match.*` events, and at an introduction the contacts exchanged,
 * which go to a compacted topic of their own.
 */
export class MatchChange extends AggregateChange<
  Match,
  (typeof Topics)['matchEvents']['name'] | (typeof Topics)['introductionContacts']['name']
> {}

// A fixed namespace: the same pair and generation give the same id on every replica and replay.
const MATCH_NAMESPACE = '4f0b7a52-8c1e-4d7e-9b8a-6a1f5e2c3d90';

/** The id of a pair's nth match: a replayed trigger finds the match it made, a new generation does not. */
export function matchIdOf(applicationId: string, investorId: string, generation: number): string {
  return uuidv5(`${applicationId}\n${investorId}\n${generation}`, MATCH_NAMESPACE);
}

/** Where each action may start from, and where it leads (docs/matching.md). */
const TRANSITIONS: Record<MatchAction, { from: readonly MatchStatus[]; to: MatchStatus }> = {
  'express-interest': { from: ['proposed'], to: 'interested' },
  pass: { from: ['proposed', 'interested'], to: 'passed' },
  decline: { from: ['interested'], to: 'declined' },
  introduce: { from: ['interested'], to: 'introduced' },
  retract: { from: OPEN_MATCH_STATUSES, to: 'retracted' },
};

/** The status `action` leads to from `current`, or undefined when the rules do not allow it. */
export function matchStatusAfter(current: MatchStatus, action: MatchAction): MatchStatus | undefined {
  const transition = TRANSITIONS[action];
  return transition.from.includes(current) ? transition.to : undefined;
}

/** Still moving: proposed or interested. */
export const isOpen = (status: MatchStatus): boolean => OPEN_MATCH_STATUSES.includes(status);

/** The ids every match event repeats. */
const refOf = (match: Match) => ({
  matchId: match.id,
  applicationId: match.applicationId,
  investorId: match.investorId,
  programmeId: match.programmeId,
});

export interface Proposal {
  applicationId: string;
  investorId: string;
  programmeId: string;
  generation: number;
  score: number;
  explanation: MatchExplanationEntry[];
}

/** A new match, proposed: the change that creates it emits `match.proposed` with the frozen score. */
export function proposeMatch(proposal: Proposal, causationId: string | undefined, at: Date): MatchChange {
  const id = matchIdOf(proposal.applicationId, proposal.investorId, proposal.generation);
  const fresh: Match = {
    id,
    version: 0,
    appliedRequestIds: [],
    ...proposal,
    status: 'proposed',
    proposedAt: at,
    updatedAt: at,
  };
  const change = new MatchChange(fresh, causationId, at);
  change.emit('match.proposed', {
    ...refOf(fresh),
    generation: proposal.generation,
    score: proposal.score,
    explanation: proposal.explanation,
  });
  return change;
}

export interface Retraction {
  cause: RetractCause;
  /** The gate that now fails, when that is the cause. */
  gate?: MatchGate;
}

/** The system withdraws an open match; undefined when it is already final (nothing to do). */
export function retractMatch(
  match: Match,
  retraction: Retraction,
  causationId: string | undefined,
  at: Date,
): MatchChange | undefined {
  const status = matchStatusAfter(match.status, 'retract');
  if (!status) return undefined;
  const change = new MatchChange(match, causationId, at);
  Object.assign(change.next, {
    status,
    retractCause: retraction.cause,
    ...(retraction.gate ? { retractGate: retraction.gate } : {}),
    updatedAt: at,
  });
  change.emit('match.retracted', {
    ...refOf(match),
    cause: retraction.cause,
    ...(retraction.gate ? { gate: retraction.gate } : {}),
  });
  return change;
}

/** The action on a match, or the 409 the rules answer when its status does not allow it. */
function act(match: Match, action: MatchAction, requestId: string, at: Date): MatchChange {
  const status = matchStatusAfter(match.status, action);
  if (!status) throw new MatchIllegalTransition(match.status, action);
  const change = new MatchChange(match, requestId, at);
  Object.assign(change.next, { status, updatedAt: at });
  return change;
}

/** The investor is interested: `match.interest-expressed`, with the amount but not the message. */
export function expressInterest(
  match: Match,
  interest: { amountCents?: number; message: string; letterOfIntent?: boolean },
  requestId: string,
  at: Date,
): MatchChange {
  const change = act(match, 'express-interest', requestId, at);
  change.next.interest = { ...interest, at };
  change.emit('match.interest-expressed', {
    ...refOf(match),
    ...(interest.amountCents === undefined ? {} : { amountCents: interest.amountCents }),
    ...(interest.letterOfIntent ? { letterOfIntent: true } : {}),
  });
  return change;
}

/** The investor passes: `match.passed`, with the reason but not the comment. */
export function passMatch(
  match: Match,
  pass: { reason: PassReason; comment?: string },
  requestId: string,
  at: Date,
): MatchChange {
  const change = act(match, 'pass', requestId, at);
  change.next.pass = { ...pass, at };
  change.emit('match.passed', { ...refOf(match), reason: pass.reason });
  return change;
}

/**
 * The applicant accepts the investor's interest: `match.introduced`, with what the deal's documents
 * need, and `introduction.contacts-exchanged`, with both contacts, on its compacted topic.
 */
export function introduceMatch(match: Match, parties: IntroductionParties, requestId: string, at: Date): MatchChange {
  const change = act(match, 'introduce', requestId, at);
  const { applicant, investor, request } = parties;
  change.next.introduction = {
    at,
    applicant: { contact: applicant.contact, siren: applicant.organisation.siren },
    investor: {
      contact: investor.contact,
      ...(investor.organisation.siren ? { siren: investor.organisation.siren } : {}),
    },
  };
  const interestAmount = match.interest?.amountCents;
  const letterOfIntent = match.interest?.letterOfIntent === true;
  change.emit('match.introduced', {
    ...refOf(match),
    applicant: { accountId: applicant.accountId, locale: applicant.locale, organisation: applicant.organisation },
    investor: {
      accountId: investor.accountId,
      locale: investor.locale,
      kind: investor.kind,
    },
    request,
    interest: {
      ...(interestAmount === undefined ? {} : { amountCents: interestAmount }),
      ...(letterOfIntent ? { letterOfIntent } : {}),
    },
  });
  change.emit('introduction.contacts-exchanged', {
    ...refOf(match),
    applicant: applicant.contact,
    investor: investor.contact,
  });
  return change;
}

/** The applicant declines the investor's interest: `match.declined`; what they said stays here. */
export function declineMatch(match: Match, reason: string | undefined, requestId: string, at: Date): MatchChange {
  const change = act(match, 'decline', requestId, at);
  const said = reason?.trim();
  change.next.decline = { ...(said ? { reason: said } : {}), at };
  change.emit('match.declined', refOf(match));
  return change;
}
