import { GetDeadLetter } from './get-dead-letter/get-dead-letter.usecase';
import { KeepDeadLetter } from './keep-dead-letter/keep-dead-letter.usecase';
import { ListDeadLetters } from './list-dead-letters/list-dead-letters.usecase';
import { RecordReplayOutcome } from './record-replay-outcome/record-replay-outcome.usecase';
import { ReplayDeadLetter } from './replay-dead-letter/replay-dead-letter.usecase';

export { GetDeadLetter, KeepDeadLetter, ListDeadLetters, RecordReplayOutcome, ReplayDeadLetter };

/** Every use case of the service, registered as module providers (`nx g @pollen/tools:usecase` adds one). */
export const USE_CASES = [GetDeadLetter, KeepDeadLetter, ListDeadLetters, RecordReplayOutcome, ReplayDeadLetter];
