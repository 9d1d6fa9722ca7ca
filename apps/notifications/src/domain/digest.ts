import { parisDay, parisTimeOn } from '@pollen/contracts';

import type { VariablesOf } from '../messages/message-kinds';

/** One new match as the day's digest lists it. */
export type DigestMatch = VariablesOf<'deal-flow-digest'>['matches'][number];

/**
 * A match waiting for its investor's daily digest: `digestId` names the digest (the e-mail's
 * delivery id) that listed it, null until one did.
 */
export interface DigestEntry {
  /** `${eventId}:${recipientId}`: a redelivered `match.proposed` adds nothing. */
  id: string;
  recipientId: string;
  match: DigestMatch;
  /** The applicant's account the match names, when known (see Notification.mentions). */
  mentions?: string[];
  /** When notifications recorded it (not when the match was made): a late one waits for the next digest. */
  createdAt: Date;
  digestId: string | null;
}

/** The most digests list: more would make an e-mail nobody reads; the rest are on the platform. */
export const DIGEST_MAX_MATCHES = 50;

/**
 * The digest of the day that is due at `now`: the last time the Paris wall clock showed `at`
 * (`HH:MM`), and that day. Entries recorded before the cutoff go into that day's digest.
 */
export function dueDigest(now: Date, at: string): { day: string; cutoff: Date } {
  const today = parisDay(now);
  const cutoff = parisTimeOn(today, at);
  if (cutoff.getTime() <= now.getTime()) return { day: today, cutoff };
  // The calendar day before, from the date itself: 24 hours before a late cutoff on the 25-hour
  // day of October would still be the same day.
  const [year, month, date] = today.split('-').map(Number);
  const yesterday = new Date(Date.UTC(year, month - 1, date - 1)).toISOString().slice(0, 10);
  return { day: yesterday, cutoff: parisTimeOn(yesterday, at) };
}

/**
 * The delivery id of one investor's digest of one day: taken once, so the digest is never sent
 * twice for a day, across restarts and replicas.
 */
export const digestIdOf = (recipientId: string, day: string): string => `digest:${recipientId}:${day}`;
