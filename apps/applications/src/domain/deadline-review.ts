import type { ProgrammeView } from '@pollen/contracts';

import type { Programme } from './programme';

export const DEADLINES = ['opensAt', 'closesAt'] as const;
export type Deadline = (typeof DEADLINES)[number];

const DAY = 24 * 60 * 60 * 1000;

/**
 * Before deadlines were read in Paris time, a bare date was stored as 00:00:00.000 UTC, which is
 * 01:00 or 02:00 in Paris: a call meant to close at the end of a day closed at the start of it.
 * Nothing rewrites a published deadline, so an operator confirms or corrects each such one. A
 * deadline set since then was meant as sent, and is confirmed when it is written.
 */
export function deadlinesToReview(programme: Pick<Programme, Deadline | 'confirmedDeadlines'>): Deadline[] {
  const confirmed = programme.confirmedDeadlines ?? [];
  return DEADLINES.filter((name) => programme[name].getTime() % DAY === 0 && !confirmed.includes(name));
}

/** Operators see whether a deadline awaits their review. */
export function withDeadlineReview(view: ProgrammeView, programme: Programme): ProgrammeView {
  return deadlinesToReview(programme).length > 0 ? { ...view, deadlineReview: true } : view;
}

/** A patch that names a deadline confirms it, whether it changes it or sends the same value. */
export function confirmedAfter(
  programme: Programme,
  patch: Record<string, unknown>,
): Pick<Programme, 'confirmedDeadlines'> {
  const named = DEADLINES.filter((name) => patch[name] !== undefined);
  if (named.length === 0) return {};
  return { confirmedDeadlines: [...new Set([...(programme.confirmedDeadlines ?? []), ...named])] };
}
