import { type EventEnvelope, Headers, Topics } from '@pollen/contracts';
import { KafkaProbe, Mailbox, testInfrastructure } from '@pollen/testing';

import type { ChaosClient } from './chaos-client';
import type { Submission } from './submissions';

/** What one accepted submission left behind, and what is wrong with it. */
export interface Effects {
  n: number;
  applicationId: string;
  complete: boolean;
  /** Effects missing (still, at the time bound: lost). */
  missing: string[];
  /** Effects applied twice: a state change, an event stating the same fact, a notification. */
  duplicated: string[];
  /** Copies of one event (the same id) on the topic beyond the first. */
  redelivered: number;
  /** Distinct matches proposed for it to the chaos investor (1 when eligible, 0 otherwise). */
  matches: number;
  /** Distinct e-mails (Message-IDs) the applicant received. */
  emails: number;
  /** Copies of one e-mail (the same Message-ID) the SMTP server received beyond the first. */
  resent: number;
}

const EVENT_TOPIC = Topics.applicationEvents.name;
const MATCH_TOPIC = Topics.matchEvents.name;
const EXPECTED_EVENTS = ['application.drafted', 'application.submitted', 'application.screened'] as const;
/** The events that notify the applicant (apps/notifications/src/messaging/application-events.consumer.ts). */
const NOTIFYING_EVENTS = ['application.drafted', 'application.submitted', 'application.screened'];
/** What each applicant is e-mailed, once each: the welcome, the acknowledgement and the screening's result. */
export const EMAILS_PER_APPLICANT = 3;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Reads the application and match events topics from the beginning (a probe of its own, started
 * once the faults are over) and the gateway, and checks every accepted submission's effects.
 */
export class EffectsChecker {
  private readonly mailbox = new Mailbox(testInfrastructure().mailApiUrl);

  private constructor(
    private readonly probe: KafkaProbe,
    private readonly client: ChaosClient,
    private readonly investorId: string,
  ) {}

  /** `investorId`: the investor every eligible submission must be proposed to, once. */
  static async open(client: ChaosClient, investorId: string): Promise<EffectsChecker> {
    const probe = new KafkaProbe();
    await probe.listen([EVENT_TOPIC, MATCH_TOPIC], { fromBeginning: true });
    return new EffectsChecker(probe, client, investorId);
  }

  close(): Promise<void> {
    return this.probe.close();
  }

  /** Waits (up to `timeoutMs`) until the probe has read every event published so far. */
  async catchUp(timeoutMs = 30_000): Promise<boolean> {
    const admin = this.probe.kafka.admin();
    await admin.connect();
    try {
      const offsets = (
        await Promise.all(
          [EVENT_TOPIC, MATCH_TOPIC].map(async (topic) =>
            (await admin.fetchTopicOffsets(topic)).map((offset) => ({ ...offset, topic })),
          ),
        )
      ).flat();
      const until = Date.now() + timeoutMs;
      for (;;) {
        const read = new Map<string, bigint>();
        for (const message of this.probe.received) {
          const key = `${message.topic}:${message.partition}`;
          const offset = BigInt(message.offset);
          if ((read.get(key) ?? -1n) < offset) read.set(key, offset);
        }
        const behind = offsets.filter(
          ({ topic, partition, high, low }) =>
            BigInt(high) > BigInt(low) && (read.get(`${topic}:${partition}`) ?? -1n) < BigInt(high) - 1n,
        );
        if (behind.length === 0) return true;
        if (Date.now() > until) return false;
        await sleep(250);
      }
    } finally {
      await admin.disconnect();
    }
  }

  /** The events about this application, every copy as it came off the topic. */
  private eventsOf(applicationId: string): EventEnvelope[] {
    return this.probe.received
      .filter((m) => m.topic === EVENT_TOPIC && m.key === applicationId && m.headers[Headers.type])
      .map((m) => JSON.parse(m.value) as EventEnvelope);
  }

  /**
   * An eligible submission is proposed to the investor once (one match, one `match.proposed`) and
   * stays proposed; an ineligible one never.
   */
  private checkMatches(applicationId: string, submission: Submission, effects: Effects): void {
    const events = this.probe.received
      .filter((m) => m.topic === MATCH_TOPIC)
      .map((m) => JSON.parse(m.value) as EventEnvelope<string, { applicationId: string; investorId: string }>)
      .filter((event) => event.data.applicationId === applicationId && event.data.investorId === this.investorId);
    const proposals = events.filter((event) => event.type === 'match.proposed');
    const retracted = events.filter((event) => event.type === 'match.retracted');
    if (retracted.length > 0) effects.duplicated.push(`match retracted (${retracted.length}): proposed, then undone`);
    const distinct = new Set(proposals.map((event) => event.id));
    const matches = new Set(proposals.map((event) => event.subject));
    effects.redelivered += proposals.length - distinct.size;
    effects.matches = matches.size;
    const expected = submission.expected === 'eligible' ? 1 : 0;
    if (matches.size < expected) effects.missing.push('match.proposed');
    if (matches.size > expected || distinct.size > matches.size)
      effects.duplicated.push(
        `${distinct.size} match.proposed events for ${matches.size} matches (expected ${expected})`,
      );
  }

  async check(submission: Submission): Promise<Effects> {
    const id = submission.applicationId as string;
    const token = submission.token as string;
    const effects: Effects = {
      n: submission.n,
      applicationId: id,
      complete: false,
      missing: [],
      duplicated: [],
      redelivered: 0,
      matches: 0,
      emails: 0,
      resent: 0,
    };
    const get = (path: string, route: string) =>
      this.client.retrying('GET', path, route, { token, giveUpAt: Date.now() + 20_000 });

    // The events: exactly one of each fact; one id seen twice is a raw re-delivery.
    const copies = this.eventsOf(id);
    const byId = new Map<string, EventEnvelope>();
    for (const event of copies) byId.set(event.id, event);
    effects.redelivered = copies.length - byId.size;
    const distinct = [...byId.values()];
    const firstOf = new Map<string, EventEnvelope>();
    for (const type of EXPECTED_EVENTS) {
      const ofType = distinct.filter((event) => event.type === type);
      if (ofType.length === 0) effects.missing.push(`event ${type}`);
      if (ofType.length > 1) effects.duplicated.push(`${ofType.length} distinct ${type} events`);
      if (ofType[0]) firstOf.set(type, ofType[0]);
    }
    this.checkMatches(id, submission, effects);
    const versions = distinct.map((event) => event.aggregateVersion);
    if (new Set(versions).size !== versions.length)
      effects.duplicated.push(`two events with one aggregateVersion: ${versions.join(',')}`);

    // The application: in its final state, each state change once.
    const application = await get(`/v1/applications/${id}`, 'GET /v1/applications/:id');
    if (application.status !== 200) effects.missing.push(`application read → ${application.status}`);
    else {
      const status = String(application.body['status']);
      const entries = (application.body['history'] as { status: string; consent?: unknown }[] | undefined) ?? [];
      // The consent given with the draft is an entry of its own, once; the rest are status changes.
      const history = entries.filter((h) => !h.consent).map((h) => h.status);
      const consents = entries.length - history.length;
      if (consents !== 1) (consents > 1 ? effects.duplicated : effects.missing).push(`${consents} consent entries`);
      if (status !== submission.expected) effects.missing.push(`status ${status}, expected ${submission.expected}`);
      const expectedHistory = ['draft', 'submitted', submission.expected];
      if (history.length > expectedHistory.length || new Set(history).size !== history.length)
        effects.duplicated.push(`history ${history.join(' → ')}`);
      else if (history.join() !== expectedHistory.join()) effects.missing.push(`history ${history.join(' → ')}`);
      if (Number(application.body['version']) > 3) effects.duplicated.push(`version ${application.body['version']}`);
    }

    // One application per submission: a retried draft creation made nothing twice.
    const mine = await get('/v1/applications?limit=100', 'GET /v1/applications');
    if (mine.status === 200) {
      const ids = ((mine.body['items'] as { id: string }[] | undefined) ?? []).map((item) => item.id);
      if (ids.length > 1) effects.duplicated.push(`${ids.length} applications for one submission`);
    } else effects.missing.push(`applications list → ${mine.status}`);

    // The notifications: one per notifying event, none twice (the id is `${eventId}:${recipient}:in-app`).
    const inbox = await get('/v1/me/notifications', 'GET /v1/me/notifications');
    if (inbox.status !== 200) effects.missing.push(`notifications → ${inbox.status}`);
    else {
      const notifications = ((inbox.body['items'] as { id: string; subject: string }[] | undefined) ?? []).filter(
        (item) => item.subject === id,
      );
      const ids = notifications.map((item) => item.id);
      if (new Set(ids).size !== ids.length) effects.duplicated.push(`notification listed twice: ${ids.join(', ')}`);
      const fromEvent = new Map<string, number>();
      for (const notificationId of new Set(ids)) {
        const eventId = notificationId.split(':')[0];
        fromEvent.set(eventId, (fromEvent.get(eventId) ?? 0) + 1);
      }
      for (const type of NOTIFYING_EVENTS) {
        const event = firstOf.get(type);
        if (event && !fromEvent.has(event.id)) effects.missing.push(`notification of ${type}`);
      }
      const notifyingIds = new Set(
        distinct.filter((event) => NOTIFYING_EVENTS.includes(event.type)).map((event) => event.id),
      );
      const strays = [...fromEvent.keys()].filter((eventId) => !notifyingIds.has(eventId));
      // A notification from an event we have not read yet is not a duplicate; one per fact is the rule.
      if (notifications.length > NOTIFYING_EVENTS.length)
        effects.duplicated.push(
          `${notifications.length} notifications (from events ${[...fromEvent.keys()].join(', ')})`,
        );
      else if (strays.length > 0 && effects.missing.length === 0)
        effects.duplicated.push(`notification from unknown event ${strays.join(', ')}`);
    }

    await this.checkEmails(submission, effects);
    effects.complete = effects.missing.length === 0;
    return effects;
  }

  /**
   * Each e-mail once by Message-ID: fewer distinct ones than the applicant's facts is a lost mail,
   * more is a fact told twice. The same Message-ID received twice is a resend inside the crash
   * window docs/notifications.md states: counted, not a failure.
   */
  private async checkEmails(submission: Submission, effects: Effects): Promise<void> {
    if (!submission.email) return;
    const mails = await this.mailbox.search(`to:${submission.email}`);
    const distinct = new Set(mails.map((mail) => mail.messageId));
    effects.emails = distinct.size;
    effects.resent = mails.length - distinct.size;
    if (distinct.size < EMAILS_PER_APPLICANT) effects.missing.push(`${EMAILS_PER_APPLICANT - distinct.size} e-mail(s)`);
    if (distinct.size > EMAILS_PER_APPLICANT) effects.duplicated.push(`${distinct.size} distinct e-mails`);
  }
}

/** Checks `items` with at most `concurrency` at once. */
export async function checkAll(
  checker: EffectsChecker,
  items: Submission[],
  concurrency = 8,
): Promise<Map<number, Effects>> {
  const results = new Map<number, Effects>();
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next];
      next += 1;
      results.set(item.n, await checker.check(item));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}
