import type { RetractCause } from '@pollen/contracts';

import { type Match, MatchChange, retractMatch } from './match';

/** Which side of its matches the erased account was. */
export type ErasedSide = 'investor' | 'applicant';

/** What an open match of an erased side is retracted for, as both sides are told. */
const RETRACTED_FOR: Record<ErasedSide, RetractCause> = {
  investor: 'investor-inactive',
  applicant: 'application-withdrawn',
};

/**
 * One side of the match was erased: it keeps its ids, statuses, score and dates (the deal-flow's
 * figures), loses every word a person wrote in it and both contacts of its introduction, whose
 * copies on the compacted contacts topic a tombstone removes (the introduction is over). An open
 * match is retracted: nobody is left to answer it. Undefined when it was done already.
 */
export function eraseParty(match: Match, side: ErasedSide, causationId: string, at: Date): MatchChange | undefined {
  if (match.partyErasedAt) return undefined;
  const change =
    retractMatch(match, { cause: RETRACTED_FOR[side] }, causationId, at) ?? new MatchChange(match, causationId, at);
  const next = change.next;
  if (next.interest) next.interest = { ...next.interest, message: '' };
  if (next.pass) delete next.pass.comment;
  if (next.decline) delete next.decline.reason;
  if (next.introduction) {
    const { applicant, investor } = next.introduction;
    next.introduction = {
      at: next.introduction.at,
      applicant: { siren: applicant.siren },
      investor: investor.siren ? { siren: investor.siren } : {},
    };
    change.emit('introduction.contacts-erased', { matchId: match.id });
  }
  // A change without an event still moves the version, so a writer that read before it cannot undo it.
  if (change.events.length === 0) next.version += 1;
  next.partyErasedAt = at;
  next.updatedAt = at;
  return change;
}
