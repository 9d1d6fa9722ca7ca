import { Headers } from '@pollen/contracts';

import type { DeadLetter } from './dead-letter';

/**
 * What stays of a dead letter about an erased person: where it came from, which consumer failed,
 * why and when, so operators still see that something failed; never what it said.
 */
const KEPT_HEADERS = new Set<string>([
  Headers.type,
  Headers.dltReason,
  Headers.dltTopic,
  Headers.dltPartition,
  Headers.dltOffset,
  Headers.dltAttempts,
  Headers.dltGroup,
  Headers.dltFirstAt,
  Headers.dltAt,
]);

export const erasedMarker = (erasureId: string): string => `[erased ${erasureId}]`;

/** Whether the dead letter's message (key, headers, value) or its error mentions `accountId`. */
export function mentions(deadLetter: DeadLetter, accountId: string): boolean {
  return [deadLetter.key ?? '', deadLetter.value, deadLetter.error, ...Object.values(deadLetter.headers)].some((text) =>
    String(text).includes(accountId),
  );
}

/** Whether the account asked for one of its replays (an operator's account). */
export const replayedBy = (deadLetter: DeadLetter, accountId: string): boolean =>
  deadLetter.replays.some((replay) => replay.requestedBy === accountId);

/** Whether the dead letter holds anything about the account: what an export shows, and an erasure removes. */
export const concerns = (deadLetter: DeadLetter, accountId: string): boolean =>
  mentions(deadLetter, accountId) || replayedBy(deadLetter, accountId);

/**
 * The dead letter without what its message said: value and error become `marker`, only the
 * where-and-why headers stay (and of those, none `drop` rejects), and nothing is left to run again;
 * a replay already asked for still reports its outcome.
 */
export function withoutMessage(
  deadLetter: DeadLetter,
  marker: string,
  now: Date,
  drop: (text: string) => boolean = () => false,
): DeadLetter {
  return {
    ...deadLetter,
    headers: Object.fromEntries(
      Object.entries(deadLetter.headers).filter(([name, value]) => KEPT_HEADERS.has(name) && !drop(value)),
    ),
    value: marker,
    error: marker,
    state: deadLetter.state === 'replaying' ? deadLetter.state : 'expired',
    updatedAt: now,
  };
}

/**
 * The dead letter without the account: a message that mentions it loses its value, error, and any
 * header but where-and-why, and can no longer be replayed; a replay it asked for loses its name.
 */
export function withoutAccount(deadLetter: DeadLetter, accountId: string, erasureId: string, now: Date): DeadLetter {
  const marker = erasedMarker(erasureId);
  const replays = deadLetter.replays.map((replay) =>
    replay.requestedBy === accountId ? { ...replay, requestedBy: marker } : replay,
  );
  if (!mentions(deadLetter, accountId)) return { ...deadLetter, replays, updatedAt: now };
  return {
    ...withoutMessage(deadLetter, marker, now, (text) => text.includes(accountId)),
    key: deadLetter.key?.includes(accountId) ? null : deadLetter.key,
    replays,
  };
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/**
 * The account ids a dead letter may mention: every UUID in its message and error (account ids are
 * UUIDs), to look up among the erasures without reading them all.
 */
export function candidateAccountIds(deadLetter: DeadLetter): string[] {
  const texts = [deadLetter.key ?? '', deadLetter.value, deadLetter.error, ...Object.values(deadLetter.headers)];
  return [...new Set(texts.flatMap((text) => String(text).match(UUID) ?? []))];
}
