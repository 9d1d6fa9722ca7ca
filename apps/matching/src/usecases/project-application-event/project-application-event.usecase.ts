import { Injectable } from '@nestjs/common';

import { projectionChangeOf } from '../../domain/application-projection';
import { ApplicationProjectionStore } from '../../repositories/application-projection.store';
import type { ProjectApplicationEventCommand, ProjectionOutcome } from './project-application-event.command';

/**
 * Keeps matching's copy of an application up to date. Events may come twice (at-least-once) and,
 * across a replay, out of order: only an event newer than the copy changes it.
 */
@Injectable()
export class ProjectApplicationEvent {
  constructor(private readonly store: ApplicationProjectionStore) {}

  async execute(command: ProjectApplicationEventCommand): Promise<ProjectionOutcome> {
    const change = projectionChangeOf(command.event);
    if (change.kind === 'unchanged') return 'applied';
    const applied =
      change.kind === 'snapshot'
        ? await this.store.saveIfNewer(change.projection)
        : await this.store.updateIfNewer(change.update);
    return applied ? 'applied' : 'stale';
  }
}
