import { ErasePersonalData } from './erase-personal-data/erase-personal-data.usecase';
import { ExpireDeadLetters } from './expire-dead-letters/expire-dead-letters.usecase';
import { ExportPersonalData } from './export-personal-data/export-personal-data.usecase';
import { GetDeadLetter } from './get-dead-letter/get-dead-letter.usecase';
import { GetErasure } from './get-erasure/get-erasure.usecase';
import { GetStatus } from './get-status/get-status.usecase';
import { GetTimeline } from './get-timeline/get-timeline.usecase';
import { KeepDeadLetter } from './keep-dead-letter/keep-dead-letter.usecase';
import { ListDeadLetters } from './list-dead-letters/list-dead-letters.usecase';
import { ListErasures } from './list-erasures/list-erasures.usecase';
import { RecordErasureConfirmation } from './record-erasure-confirmation/record-erasure-confirmation.usecase';
import { RecordErasureRequest } from './record-erasure-request/record-erasure-request.usecase';
import { RecordHeartbeat } from './record-heartbeat/record-heartbeat.usecase';
import { RecordReplayOutcome } from './record-replay-outcome/record-replay-outcome.usecase';
import { RecordTimelineEntry } from './record-timeline-entry/record-timeline-entry.usecase';
import { ReplayDeadLetter } from './replay-dead-letter/replay-dead-letter.usecase';
import { SweepTimeline } from './sweep-timeline/sweep-timeline.usecase';

export {
  ErasePersonalData,
  ExpireDeadLetters,
  ExportPersonalData,
  GetDeadLetter,
  GetErasure,
  GetStatus,
  GetTimeline,
  KeepDeadLetter,
  ListDeadLetters,
  ListErasures,
  RecordErasureConfirmation,
  RecordErasureRequest,
  RecordHeartbeat,
  RecordReplayOutcome,
  RecordTimelineEntry,
  ReplayDeadLetter,
  SweepTimeline,
};

/** Every use case of the service, registered as module providers (`nx g @pollen/tools:usecase` adds one). */
export const USE_CASES = [
  GetStatus,
  GetTimeline,
  RecordHeartbeat,
  RecordTimelineEntry,
  ErasePersonalData,
  ExpireDeadLetters,
  ExportPersonalData,
  GetDeadLetter,
  GetErasure,
  KeepDeadLetter,
  ListDeadLetters,
  ListErasures,
  RecordErasureConfirmation,
  RecordErasureRequest,
  RecordReplayOutcome,
  ReplayDeadLetter,
  SweepTimeline,
];
