import type { RulesAppliedView } from '@pollen/contracts';
import { applicationDrafted, RecordingErasureLog } from '@pollen/testing';

import { InMemoryApplicationProjectionStore } from '../../../test/fakes/in-memory-application-projection.store';
import type { ApplicationEvent } from '../../domain/application-projection';
import { ProjectApplicationEvent } from './project-application-event.usecase';

describe('ProjectApplicationEvent', () => {
  let store: InMemoryApplicationProjectionStore;
  let erasures: RecordingErasureLog;
  let sut: ProjectApplicationEvent;

  beforeEach(() => {
    store = new InMemoryApplicationProjectionStore();
    erasures = new RecordingErasureLog();
    sut = new ProjectApplicationEvent(store, erasures);
  });

  it('does not bring back the copy of an application whose owner was erased while the snapshot was in flight', async () => {
    const event = applicationDrafted();
    erasures.erasedAccounts.add(event.data.ownerId);

    const outcome = await sut.execute({ event });

    expect(outcome).toBe('erased');
    expect(store.projections.size).toBe(0);
  });

  it('still keeps the applications of other owners once someone was erased', async () => {
    const event = applicationDrafted();
    erasures.erasedAccounts.add('someone-else');

    expect(await sut.execute({ event })).toBe('applied');
    expect(store.projections.has(event.subject)).toBe(true);
  });

  it('keeps what matching needs of a drafted application: the name and title investors see, the SIREN for introductions', async () => {
    const event = applicationDrafted();

    const outcome = await sut.execute({ event });

    expect(outcome).toBe('applied');
    expect(store.projections.get(event.subject)).toEqual({
      applicationId: event.subject,
      programmeId: 'prog-esus-2025',
      ownerId: event.data.ownerId,
      status: 'draft',
      organisation: {
        name: 'Les Jardins Partagés',
        siren: event.data.organisation.siren,
        legalForm: 'scic',
        region: 'FR-NAQ',
        essCompany: false,
        esus: { certified: true, expiresOn: '2028-06-30' },
      },
      project: {
        title: 'Maraîchage d’insertion',
        summary: 'Des jardins qui emploient des personnes éloignées de l’emploi',
        impactAreas: ['inclusion', 'food-waste'],
        engagementDimensions: ['job-creation', 'social-link'],
        sdgs: [2, 8, 12],
        stage: 'seed',
        beneficiaries: 40,
        totalCostCents: 12_000_000,
      },
      request: { amountCents: 5_000_000, instrument: 'honour-loan', durationMonths: 36, purpose: 'Serres' },
      shareWithInvestors: false,
      version: 1,
      lastEventId: event.id,
    });
  });

  it('keeps whether the owner consented to be shown to investors, from the content and from each change', async () => {
    const drafted = applicationDrafted({
      data: { consents: { shareWithInvestors: true, noticeVersion: '2026-12-01' } },
    });
    await sut.execute({ event: drafted });
    expect(store.projections.get(drafted.subject)?.shareWithInvestors).toBe(true);
    const withdrawn: ApplicationEvent = {
      ...drafted,
      id: 'consent-2',
      type: 'application.consent-changed',
      aggregateVersion: 2,
      data: {
        applicationId: drafted.subject,
        programmeId: drafted.data.programmeId,
        ownerId: drafted.data.ownerId,
        shareWithInvestors: false,
        noticeVersion: '2026-12-01',
        by: drafted.data.ownerId,
        at: '2026-12-01T10:00:00.000Z',
      },
    };

    expect(await sut.execute({ event: withdrawn })).toBe('applied');
    expect(store.projections.get(drafted.subject)).toMatchObject({
      status: 'draft',
      shareWithInvestors: false,
      version: 2,
    });
  });

  it('replaces the projection with what a newer event says', async () => {
    const first = applicationDrafted();
    const newer = applicationDrafted({
      applicationId: first.subject,
      aggregateVersion: 2,
      data: { ownerId: first.data.ownerId, status: 'submitted', request: { amountCents: 7_500_000 } },
    });
    await sut.execute({ event: first });

    const outcome = await sut.execute({ event: newer });

    expect(outcome).toBe('applied');
    const projection = store.projections.get(first.subject);
    expect(projection).toMatchObject({ status: 'submitted', version: 2, lastEventId: newer.id });
    expect(projection?.request).toEqual({ amountCents: 7_500_000 });
  });

  it('ignores an older event that arrives after a newer one', async () => {
    const newer = applicationDrafted({ aggregateVersion: 3, data: { status: 'eligible' } });
    const older = applicationDrafted({ applicationId: newer.subject, aggregateVersion: 2 });
    await sut.execute({ event: newer });

    const outcome = await sut.execute({ event: older });

    expect(outcome).toBe('stale');
    expect(store.projections.get(newer.subject)).toMatchObject({
      status: 'eligible',
      version: 3,
      lastEventId: newer.id,
    });
  });

  it('changes nothing when the same event is delivered again', async () => {
    const event = applicationDrafted();
    await sut.execute({ event });
    const before = structuredClone(store.projections.get(event.subject));

    const outcome = await sut.execute({ event });

    expect(outcome).toBe('stale');
    expect(store.projections.get(event.subject)).toEqual(before);
    expect(store.projections.size).toBe(1);
  });

  it('follows the status each later event gives, in order, and skips what it does not know', async () => {
    const drafted = applicationDrafted();
    await sut.execute({ event: drafted });
    const ref = { applicationId: drafted.subject, ownerId: 'o', programmeId: 'p' };
    const screened = (version: number, result: 'eligible' | 'ineligible'): ApplicationEvent => ({
      ...drafted,
      id: `screened-${version}`,
      type: 'application.screened',
      aggregateVersion: version,
      data: { ...ref, result, reasons: [], rulesApplied: {} as RulesAppliedView },
    });
    const decided: ApplicationEvent = {
      ...drafted,
      id: 'decided-6',
      type: 'application.decided',
      aggregateVersion: 6,
      data: { ...ref, decision: 'declined', reason: 'Comité', by: 'op' },
    };
    const withdrawn: ApplicationEvent = {
      ...drafted,
      id: 'withdrawn-2',
      subject: 'unknown-application',
      type: 'application.withdrawn',
      aggregateVersion: 2,
      data: { ...ref, applicationId: 'unknown-application', reason: 'r' },
    };

    expect(await sut.execute({ event: screened(3, 'eligible') })).toBe('applied');
    expect(await sut.execute({ event: screened(3, 'eligible') })).toBe('stale');
    expect(store.projections.get(drafted.subject)).toMatchObject({ status: 'eligible', version: 3 });
    expect(await sut.execute({ event: decided })).toBe('applied');
    expect(store.projections.get(drafted.subject)).toMatchObject({
      status: 'declined',
      version: 6,
      lastEventId: 'decided-6',
    });
    expect(await sut.execute({ event: withdrawn })).toBe('stale');
  });
});
