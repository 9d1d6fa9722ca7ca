import { type Actor, isOperator, type ProgrammeView } from '@pollen/contracts';

import { withBudget } from './budget';
import { withDeadlineReview } from './deadline-review';
import { type Programme, toProgrammeView } from './programme';

/** A programme as an operator sees it: with its budget's use and whether a deadline awaits review. */
export const operatorViewOf = (programme: Programme, now?: Date): ProgrammeView =>
  withDeadlineReview(withBudget(toProgrammeView(programme, now), programme), programme);

/** A programme as `actor` sees it, in a list or on its own: operators see more than anyone else. */
export const programmeViewFor = (actor: Actor, programme: Programme, now?: Date): ProgrammeView =>
  isOperator(actor) ? operatorViewOf(programme, now) : toProgrammeView(programme, now);
