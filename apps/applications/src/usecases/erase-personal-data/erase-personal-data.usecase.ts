import { Injectable } from '@nestjs/common';
import type { ErasedRecords } from '@pollen/contracts';
import { ErasureLog } from '@pollen/platform/mongo';

import type { Application } from '../../domain/application';
import { ERASED, erasureOf, keptRecordOf } from '../../domain/erasure';
import { ApplicationChangedConcurrently, ErasureAwaitsOutbox, ProgrammeChangedConcurrently } from '../../errors';
import { ApplicationStore } from '../../repositories/application.store';
import { ProgrammeStore } from '../../repositories/programme.store';
import type { ErasePersonalDataCommand } from './erase-personal-data.command';

/**
 * Forgets an account (RGPD art. 17): its applications never decided in its favour are deleted,
 * those decided in its favour are kept ten years without it (domain/erasure.ts), and whatever it
 * wrote as an operator (decisions, programmes) stays without its id. Nothing is emitted for the
 * applications: matching and the other readers forget the account on the same event. A
 * redelivered event finds nothing left, and the erasure log publishes its confirmation only once.
 */
@Injectable()
export class ErasePersonalData {
  constructor(
    private readonly store: ApplicationStore,
    private readonly programmes: ProgrammeStore,
    private readonly log: ErasureLog,
  ) {}

  async execute(command: ErasePersonalDataCommand): Promise<'applied' | 'duplicate'> {
    const { accountId, erasureId, at } = command;
    const plans = (await this.store.concerning(accountId)).map((application) => ({
      application,
      erasure: erasureOf(application, accountId, erasureId),
    }));
    const doomed = plans.filter(({ erasure }) => erasure.kind === 'delete').map(({ application }) => application.id);
    // Checked before anything changes, so that the retry after the wait counts everything.
    const waiting = await this.store.withUnpublishedEvents(doomed);
    if (waiting.length > 0) throw new ErasureAwaitsOutbox(waiting.length);

    let keptNow = 0;
    let anonymised = 0;
    for (const { application, erasure } of plans) {
      if (erasure.kind !== 'keep' && erasure.kind !== 'anonymise') continue;
      await this.rewrite(application, erasure.next, at);
      if (erasure.kind === 'keep') keptNow++;
      else anonymised++;
    }
    const programmes = await this.anonymiseProgrammes(accountId, at);
    let deleted = 0;
    for (const id of doomed) {
      if (await this.store.deleteIfPublished(id)) deleted++;
      // An event was added since the check (a late system change): wait for it, then go on.
      else if (await this.store.findById(id)) throw new ErasureAwaitsOutbox(1);
    }

    const erased: ErasedRecords[] = [
      { what: 'applications', count: deleted, how: 'deleted' as const },
      { what: 'decided applications (owner removed)', count: keptNow, how: 'anonymised' as const },
      { what: 'applications the account acted on', count: anonymised, how: 'anonymised' as const },
      { what: 'programmes the account created', count: programmes, how: 'anonymised' as const },
    ].filter((records) => records.count > 0);
    // Also those a first, interrupted run kept: they no longer name the account, but the erasure.
    const kept = (await this.store.keptBy(erasureId)).map(keptRecordOf);
    const completed = await this.log.completed(
      { erasureId, service: 'applications', erased, kept },
      { accountId, causationId: command.eventId },
    );
    return completed ? 'applied' : 'duplicate';
  }

  /** No event: what changed is who is named, which no reader of the events keeps. */
  private async rewrite(current: Application, next: Application, at: Date): Promise<void> {
    const saved = { ...next, version: current.version + 1, updatedAt: at };
    if (!(await this.store.update(saved, current.version, []))) throw new ApplicationChangedConcurrently();
  }

  private async anonymiseProgrammes(accountId: string, at: Date): Promise<number> {
    const created = await this.programmes.createdBy(accountId);
    for (const programme of created) {
      const next = { ...programme, createdBy: ERASED, version: programme.version + 1, updatedAt: at };
      if (!(await this.programmes.update(next, programme.version, []))) throw new ProgrammeChangedConcurrently();
    }
    return created.length;
  }
}
