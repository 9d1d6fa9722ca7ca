import { Injectable } from '@nestjs/common';
import { ErasureLog } from '@pollen/platform/mongo';

import { projectionChangeOf } from '../../domain/application-projection';
import { ApplicationProjectionStore } from '../../repositories/application-projection.store';
import type { ProjectApplicationEventCommand, ProjectionOutcome } from './project-application-event.command';

/**
 * Keeps matching's copy of an application up to date. Events may come twice (at-least-once) and,
 * across a replay, out of order: only an event newer than the copy changes it. A snapshot of an
 * application whose owner was erased is not kept: it was in flight when the erasure deleted the
 * copy, and would bring it back. Updates need no such check: they change a copy, never create one.
 */
@Injectable()
export class ProjectApplicationEvent {
  constructor(
    private readonly store: ApplicationProjectionStore,
    private readonly erasures: ErasureLog,
  ) {}

  async execute(command: ProjectApplicationEventCommand): Promise<ProjectionOutcome> {
    const change = projectionChangeOf(command.event);
    if (change.kind === 'unchanged') return 'applied';
    if (change.kind === 'update') return (await this.store.updateIfNewer(change.update)) ? 'applied' : 'stale';
    const { ownerId } = change.projection;
    if ((await this.erasures.erasedAmong([ownerId])).has(ownerId)) return 'erased';
    return (await this.store.saveIfNewer(change.projection)) ? 'applied' : 'stale';
  }
}
