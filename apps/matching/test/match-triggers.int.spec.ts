import { randomUUID } from 'node:crypto';

import type { INestApplication } from '@nestjs/common';
import { type Actor, type EventDataOf, type EventType, Topics } from '@pollen/contracts';
import { newEvent } from '@pollen/platform/kafka';
import { applicationDrafted, eventually, KafkaProbe, startServiceUnderTest } from '@pollen/testing';
import type { Connection } from 'mongoose';

import { AppModule, kafkaOptionsOf } from '../src/app.module';
import { MatchingConfig } from '../src/config/matching.config';
import { LiveThesisIndex } from '../src/messaging/live-thesis-index';
import { UpdateInvestorProfile, VetInvestor } from '../src/usecases';

const operator: Actor = { id: 'operator-1', roles: ['operator'] };

/** A thesis the application below passes every gate of, scoring about 80. */
const thesis = {
  instruments: ['honour-loan', 'loan'],
  regions: ['FR-NAQ'],
  legalForms: [],
  stages: ['seed'],
  ticketMinCents: 1_000_000,
  ticketMaxCents: 10_000_000,
  esusRequired: true,
  impactAreas: ['inclusion', 'food-waste'],
  engagementDimensions: ['job-creation'],
  sdgs: [8],
};

interface MatchEventData {
  matchId: string;
  applicationId: string;
  investorId: string;
  programmeId: string;
  cause?: string;
  gate?: string;
}

/** Every trigger of matching, through the real broker and database (docs/matching.md). */
describe('matching triggers', () => {
  let app: INestApplication;
  let db: Connection;
  let probe: KafkaProbe;

  const startReplica = (database?: string) =>
    startServiceUnderTest({
      name: 'matching',
      config: MatchingConfig,
      kafkaOptions: kafkaOptionsOf,
      module: (config, kafka) => AppModule.register(config, kafka),
      database,
    });

  beforeAll(async () => {
    ({ app, db } = await startReplica());
    probe = new KafkaProbe();
    await probe.listen([Topics.matchEvents.name]);
  });

  afterAll(async () => {
    await probe?.close();
    await db?.dropDatabase().catch(() => undefined);
    await app?.close();
  });

  /** The match events about this pair so far, type and data. */
  const eventsOf = (applicationId: string, investorId: string) =>
    probe.received
      .map((message) => JSON.parse(message.value) as { type: string; data: MatchEventData })
      .filter((event) => event.data.applicationId === applicationId && event.data.investorId === investorId)
      .map((event) => ({ type: event.type, ...event.data }));
  const untilEvents = (applicationId: string, investorId: string, count: number) =>
    eventually(
      async () => {
        const events = eventsOf(applicationId, investorId);
        return events.length >= count ? events : undefined;
      },
      { what: `${count} match events of ${applicationId} and ${investorId}` },
    );

  /** A whole profile with `thesis`, as an investor's first patch sends it. */
  const profile = {
    organisation: { name: 'Fonds Démo' },
    kind: 'impact-fund',
    contact: { name: 'Camille Martin', email: 'camille@fonds-demo.example' },
    thesis,
    capacityPerMonth: 10,
    active: true,
  };

  /** An investor approved with `thesis` (or a change of it), as the requests would make them. */
  const approvedInvestor = async (patch: Record<string, unknown> = {}) => {
    const investorId = `investor-${randomUUID()}`;
    await updateProfile(investorId, { ...profile, ...patch });
    await vet(investorId, 'approve');
    return investorId;
  };
  const updateProfile = (investorId: string, patch: Record<string, unknown>) =>
    app.get(UpdateInvestorProfile).execute({
      investorId,
      requestId: randomUUID(),
      actor: { id: investorId, roles: ['investor'] },
      patch,
    });
  const vet = (investorId: string, action: 'approve' | 'suspend' | 'reinstate', reason?: string) =>
    app.get(VetInvestor).execute({ investorId, requestId: randomUUID(), actor: operator, action, reason });

  /** Publishes the application's events in order, one version after another. */
  const application = () => {
    const drafted = applicationDrafted({ data: { consents: { shareWithInvestors: true } } });
    const ids = {
      applicationId: drafted.subject,
      programmeId: drafted.data.programmeId,
      ownerId: drafted.data.ownerId,
    };
    let version = 1;
    const publish = <T extends EventType>(type: T, data: Omit<EventDataOf<T>, keyof typeof ids>) =>
      probe.send(Topics.applicationEvents.name, [
        {
          key: ids.applicationId,
          value: JSON.stringify(
            newEvent(type, {
              subject: ids.applicationId,
              aggregateVersion: ++version,
              data: { ...ids, ...data } as EventDataOf<T>,
            }),
          ),
        },
      ]);
    return {
      id: ids.applicationId,
      /** Submitted with the owner's consent, then screened eligible. */
      becomesEligible: async () => {
        await publish('application.submitted', {
          ...drafted.data,
          status: 'submitted',
          submittedAt: new Date().toISOString(),
        });
        await publish('application.screened', {
          result: 'eligible',
          reasons: [],
          rulesApplied: { programmeVersion: 1, kind: 'honour-loan', eligibility: {} },
        } as never);
      },
      consents: (shareWithInvestors: boolean) =>
        publish('application.consent-changed', {
          shareWithInvestors,
          noticeVersion: '2026-01',
          by: ids.ownerId,
          at: new Date().toISOString(),
        }),
      withdraws: () => publish('application.withdrawn', { reason: 'Plus besoin' }),
      isDecided: () => publish('application.decided', { decision: 'funded', reason: 'Comité', by: 'operator-1' }),
    };
  };

  it('proposes an application that becomes eligible with consent to an approved thesis, with ids and no personal data', async () => {
    const investorId = await approvedInvestor();
    const project = application();

    await project.becomesEligible();

    const [proposed] = await untilEvents(project.id, investorId, 1);
    expect(proposed).toMatchObject({ type: 'match.proposed', programmeId: 'prog-esus-2025', generation: 1 });
    expect(proposed).toHaveProperty('matchId');
    const message = probe.received.find((m) => m.value.includes(proposed.matchId) && m.value.includes('proposed'));
    expect(message?.key).toBe(proposed.matchId);
    expect(message?.value).not.toMatch(/Camille|camille@|Les Jardins|732829320/);
    const stored = await db.collection('matches').findOne({ _id: proposed.matchId as never });
    expect(stored).toMatchObject({ status: 'proposed', applicationId: project.id, investorId });
    expect((stored?.['score'] as number) >= 60).toBe(true);
  });

  it.each([
    ['consent is withdrawn', 'consents', 'consent-withdrawn'],
    ['the application is withdrawn', 'withdraws', 'application-withdrawn'],
    ['a final decision is recorded', 'isDecided', 'application-decided'],
  ] as const)('retracts the open matches when %s', async (_, step, cause) => {
    const investorId = await approvedInvestor();
    const project = application();
    await project.becomesEligible();
    await untilEvents(project.id, investorId, 1);

    await (step === 'consents' ? project.consents(false) : project[step]());

    const events = await untilEvents(project.id, investorId, 2);
    expect(events.map((event) => [event.type, event.cause])).toEqual([
      ['match.proposed', undefined],
      ['match.retracted', cause],
    ]);
  });

  it('proposes the open applications to an investor once approved, and again after a reinstatement', async () => {
    const project = application();
    await project.becomesEligible();
    const investorId = `investor-${randomUUID()}`;
    await updateProfile(investorId, profile);
    await eventually(
      async () =>
        (await db.collection('application_projections').findOne({ _id: project.id as never, status: 'eligible' }))
          ? true
          : undefined,
      { what: 'eligible projection' },
    );

    await vet(investorId, 'approve');
    await untilEvents(project.id, investorId, 1);
    await vet(investorId, 'suspend', 'Documents manquants');
    await untilEvents(project.id, investorId, 2);
    await vet(investorId, 'reinstate');

    const events = await untilEvents(project.id, investorId, 3);
    expect(events.map((event) => [event.type, event.cause])).toEqual([
      ['match.proposed', undefined],
      ['match.retracted', 'investor-suspended'],
      ['match.proposed', undefined],
    ]);
    expect(events[2].matchId).not.toBe(events[0].matchId);
  });

  it('retracts, naming the gate, when the thesis changes to refuse the application, and when the investor pauses', async () => {
    const project = application();
    const other = application();
    const investorId = await approvedInvestor();
    await project.becomesEligible();
    await other.becomesEligible();
    await untilEvents(project.id, investorId, 1);
    await untilEvents(other.id, investorId, 1);

    await updateProfile(investorId, { thesis: { regions: ['FR-IDF'] } });
    const retracted = await untilEvents(project.id, investorId, 2);
    expect(retracted[1]).toMatchObject({ type: 'match.retracted', cause: 'gate-failed', gate: 'region' });

    await updateProfile(investorId, { thesis: { regions: ['FR-NAQ'] } });
    await untilEvents(project.id, investorId, 3);
    await updateProfile(investorId, { active: false });
    const paused = await untilEvents(project.id, investorId, 4);
    expect(paused.map((event) => [event.type, event.cause])).toEqual([
      ['match.proposed', undefined],
      ['match.retracted', 'gate-failed'],
      ['match.proposed', undefined],
      ['match.retracted', 'investor-inactive'],
    ]);
  });

  it('holds in each replica every approved, active thesis, loaded at start and followed after', async () => {
    const investorId = await approvedInvestor();
    const paused = await approvedInvestor({ active: false });
    await eventually(async () => (app.get(LiveThesisIndex).holds(investorId) ? true : undefined), {
      what: 'the thesis in the first replica',
    });

    const second = await startReplica(db.name);
    try {
      const index = second.app.get(LiveThesisIndex);
      expect([index.holds(investorId), index.holds(paused)]).toEqual([true, false]);

      await vet(investorId, 'suspend', 'Contrôle');
      await updateProfile(paused, { active: true });

      for (const replica of [app, second.app]) {
        await eventually(
          async () => {
            const theses = replica.get(LiveThesisIndex);
            return !theses.holds(investorId) && theses.holds(paused);
          },
          { what: 'both changes in each replica' },
        );
      }
    } finally {
      await second.app.close();
    }
  });
});
