import type { EventEnvelope } from '@pollen/contracts';
import type { Application } from '../domain/application';

/** The port use cases write through; ApplicationRepository is the MongoDB adapter. */
export abstract class ApplicationStore {
  abstract findById(id: string): Promise<Application | null>;
  /** The owner's active application for this programme and SIREN, if any. */
  abstract findActive(ownerId: string, programmeId: string, siren: string): Promise<Application | null>;
  /**
   * Stores a new application with its events in one write.
   * @throws ActiveApplicationExists when the owner already has an active one.
   */
  abstract insert(application: Application, events: EventEnvelope[]): Promise<void>;
}

export class ActiveApplicationExists extends Error {
  constructor() {
    super('an active application already exists for this owner, programme and SIREN');
  }
}
