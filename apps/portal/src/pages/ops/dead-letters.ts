import { DEAD_LETTER_REASONS } from '@pollen/contracts/browser';
import type { TFunction } from 'i18next';

import type { Schemas } from '../../api/client';
import { inOrder } from '../../api/in-order';

type DeadLetter = Schemas['DeadLetterView'];
export type DeadLetterState = DeadLetter['state'];

/** The states in the order an operator deals with them: what awaits them first. */
export const DEAD_LETTER_STATES = inOrder<DeadLetterState>()([
  'open',
  'replaying',
  'replay-failed',
  'replayed',
  'expired',
]);

// The operations service runs again only an event with its key, never an erased one; one replayed
// or being replayed needs no second try (docs/operations.md, PollenDeadLetters).
const WAITING: ReadonlySet<DeadLetterState> = new Set(['open', 'replay-failed']);

/** Whether the replay button is offered. */
export const replayable = (deadLetter: Pick<DeadLetter, 'kind' | 'key' | 'state'>) =>
  deadLetter.kind === 'event' && deadLetter.key !== null && WAITING.has(deadLetter.state);

/** What the last replay came to, in words: undefined before any, « en attente » until it is known. */
export function replayOutcome(t: TFunction, deadLetter: Pick<DeadLetter, 'replays'>): string | undefined {
  const last = deadLetter.replays.at(-1);
  if (!last) return undefined;
  if (!last.outcome) return t('ops.deadLetters.replaying');
  return t(`ops.deadLetters.outcome.${last.outcome}`, { error: last.error ?? '—' });
}

/** The reason's words when it is one the platform names; the raw reason otherwise. */
export function reasonInWords(t: TFunction, reason: string): string {
  const code = DEAD_LETTER_REASONS.find((name) => name === reason);
  return code ? t(`ops.deadLetters.reasonName.${code}`) : reason;
}
