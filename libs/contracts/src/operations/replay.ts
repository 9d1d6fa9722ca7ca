import { IsIn, IsNotEmpty, IsObject, IsOptional, IsString } from 'class-validator';

import { REPLAY_OUTCOMES, type ReplayOutcome } from './dead-letter.view';

/** `ops.replay-requested`: run this dead-lettered message again, in the service that dead-lettered it. */
export class ReplayRequestedData {
  /** `<dead-letter topic>:<partition>:<offset>`. */
  @IsString()
  @IsNotEmpty()
  deadLetterId: string;

  /** The original message key (also this event's key). */
  @IsString()
  @IsNotEmpty()
  key: string;

  /** The original headers, `pollen-dlt-*` included: they name the owning service and the original topic. */
  @IsObject()
  headers: Record<string, string>;

  /** The original value, as text. */
  @IsString()
  value: string;
}

/**
 * `ops.replay-completed`: what the owning service made of a replay. It writes it on its own
 * dead-letter topic of the original topic, which operations reads (ADR 0012), so it is not an
 * event of the catalogue's topics; its envelope is an event envelope with this data.
 */
export class ReplayCompletedData {
  @IsString()
  @IsNotEmpty()
  deadLetterId: string;

  @IsIn(REPLAY_OUTCOMES)
  outcome: ReplayOutcome;

  @IsOptional()
  @IsString()
  error?: string;
}

/** The envelope type of a replay's outcome, on the owner's dead-letter topic. */
export const REPLAY_COMPLETED = 'ops.replay-completed';
