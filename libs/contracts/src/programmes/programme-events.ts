import type { EventEnvelope } from '../messaging/envelope';
import type { ProgrammeView } from './programme.dto';

/** Events of the Programme aggregate, on `Topics.programmeEvents`, keyed by programme id. */
export const ProgrammeEventTypes = {
  created: 'programme.created',
  updated: 'programme.updated',
} as const;

/** The programme as it is after the change. */
export type ProgrammeChangedData = Omit<ProgrammeView, 'status'>;

export type ProgrammeCreated = EventEnvelope<typeof ProgrammeEventTypes.created, ProgrammeChangedData>;
export type ProgrammeUpdated = EventEnvelope<typeof ProgrammeEventTypes.updated, ProgrammeChangedData>;
