// Watching the platform: its topics, Mailpit, the inboxes, the consumer groups' backlog and the
// services' busy time and CPU.
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { inPool, request, succeed } from './api.mjs';
import { deadLetterTopicOf, Headers, PATH_SERVICES, SEED_CONCURRENCY, Topics } from './settings.mjs';

/**
 * application.screened and match.proposed of our applications as they are published, and the
 * dead letters of the path's consumers (with their reason), from a consumer group of our own.
 */
export async function watchTopics({ kafka, admin, run }, applications) {
  const existing = new Set(await admin.listTopics());
  const onPath = [Topics.applicationRequests, Topics.applicationEvents, Topics.matchEvents];
  const deadLetterTopics = onPath
    .flatMap((topic) => [...topic.consumers, topic.owner].map((consumer) => deadLetterTopicOf(topic, consumer).name))
    .filter((name) => existing.has(name));
  const seen = { screened: new Map(), proposed: new Map(), retracted: new Set(), deadLetters: [] };
  const matchOwner = new Map();
  const groupId = `bench-journey-${run}`;
  const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 100 });
  let fetched = false;
  consumer.on(consumer.events.FETCH, () => (fetched = true));
  await consumer.connect();
  await consumer.subscribe({
    topics: [Topics.applicationEvents.name, Topics.matchEvents.name, ...new Set(deadLetterTopics)],
    fromBeginning: false,
  });
  await consumer.run({
    eachMessage: async ({ topic, partition, message }) => {
      const key = message.key?.toString() ?? '';
      const type = message.headers?.[Headers.type]?.toString();
      const at = Number(message.timestamp);
      if (topic === Topics.applicationEvents.name) {
        if (type === 'application.screened' && applications.has(key) && !seen.screened.has(key)) {
          const { result } = JSON.parse(message.value.toString()).data;
          seen.screened.set(key, { at, partition, offset: message.offset, result });
        }
      } else if (topic === Topics.matchEvents.name) {
        if (type !== 'match.proposed' && type !== 'match.retracted') return;
        const { matchId, applicationId, investorId } = JSON.parse(message.value.toString()).data;
        if (!applications.has(applicationId)) return;
        if (type === 'match.retracted') seen.retracted.add(matchId);
        else {
          if (!seen.proposed.has(applicationId)) seen.proposed.set(applicationId, new Map());
          if (!seen.proposed.get(applicationId).has(matchId))
            seen.proposed.get(applicationId).set(matchId, { investorId, at });
          matchOwner.set(matchId, applicationId);
        }
      } else if (applications.has(key) || matchOwner.has(key)) {
        seen.deadLetters.push({
          topic,
          applicationId: applications.has(key) ? key : matchOwner.get(key),
          reason: message.headers?.[Headers.dltReason]?.toString(),
        });
      }
    },
  });
  for (const until = Date.now() + 30_000; !fetched; await sleep(100))
    if (Date.now() > until) throw new Error('the topic watcher got no partitions within 30 s');
  return {
    seen,
    close: async () => {
      await consumer.disconnect();
      await admin.deleteGroups([groupId]).catch(() => undefined);
    },
  };
}

/**
 * The mails Mailpit received for `domain`, read and deleted as they come. The IDs deleted are
 * never empty: an empty list asks Mailpit to delete every mail, others' too.
 */
export function watchMail(mailApiUrl, domain) {
  const PAGE = 1000;
  const mails = [];
  const read = new Set();
  const sweep = async () => {
    for (;;) {
      const search = `${mailApiUrl}/api/v1/search?query=${encodeURIComponent(`to:@${domain}`)}&limit=${PAGE}`;
      const { messages } = await (await fetch(search)).json();
      for (const message of messages.filter((m) => !read.has(m.ID))) {
        read.add(message.ID);
        mails.push({ to: message.To[0]?.Address, subject: message.Subject, at: Date.parse(message.Created) });
      }
      const IDs = messages.map((message) => message.ID);
      if (IDs.length > 0)
        await fetch(`${mailApiUrl}/api/v1/messages`, {
          method: 'DELETE',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ IDs }),
        });
      if (messages.length < PAGE) return;
    }
  };
  let running = true;
  const loop = (async () => {
    while (running) {
      await sweep().catch(() => undefined);
      await sleep(500);
    }
  })();
  return {
    mails,
    close: async () => {
      running = false;
      await loop;
      await sweep();
    },
  };
}

/** Each investor's match notices in their inbox: match id (the item's subject) → when it was stored. */
export async function inboxTimes(api, investors, matchIds) {
  const stored = new Map();
  await inPool(investors, SEED_CONCURRENCY, async (investor) => {
    let cursor;
    do {
      const query = `limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page = await succeed('inbox', 200, async () =>
        request(api, 'GET', `/v1/me/notifications?${query}`, { token: await investor.token() }),
      );
      for (const item of page.items)
        if (matchIds.has(item.subject)) stored.set(item.subject, Date.parse(item.createdAt));
      cursor = page.nextCursor;
    } while (cursor);
  });
  return stored;
}

/** The event topics a service consumes, from the catalogue. */
const eventTopicsOf = (service) =>
  Object.values(Topics).filter((topic) => topic.kind === 'events' && topic.consumers.includes(service));

/** Messages the path's services have not handled yet, per consumer group. */
async function backlog(admin) {
  const topics = [...new Set(PATH_SERVICES.flatMap((service) => eventTopicsOf(service).map((topic) => topic.name)))];
  const ends = new Map(
    await Promise.all(topics.map(async (topic) => [topic, await admin.fetchTopicOffsets(topic).catch(() => [])])),
  );
  const lag = {};
  for (const service of PATH_SERVICES) {
    const mine = eventTopicsOf(service).map((topic) => topic.name);
    const committed = await admin.fetchOffsets({ groupId: service, topics: mine }).catch(() => []);
    lag[service] = 0;
    for (const { topic, partitions } of committed)
      for (const { partition, high, low } of ends.get(topic) ?? []) {
        const at = Number(partitions.find((p) => p.partition === partition)?.offset ?? -1);
        lag[service] += Number(high) - Math.max(at, Number(low));
      }
  }
  return lag;
}

/**
 * Waits for the services to have handled every event so far, so that a measure starts on idle
 * services: what seeding and drafting left them, or what runs before ours left in the shared
 * groups (a service joining a group takes over its backlog). At most `seconds`, then says what is left.
 */
export async function settle(admin, what, seconds = 180) {
  const started = Date.now();
  const first = await backlog(admin);
  for (let lag = first; ; lag = await backlog(admin)) {
    if (Object.values(lag).every((n) => n === 0)) break;
    if (Date.now() - started > seconds * 1000) {
      console.warn(`[bench] ${what}: events still unhandled after ${seconds} s: ${JSON.stringify(lag)}`);
      return;
    }
    await sleep(2000);
  }
  if (Date.now() - started > 2000)
    console.log(
      `[bench] ${what}: ${JSON.stringify(first)} events handled in ${((Date.now() - started) / 1000).toFixed(0)} s`,
    );
}

/** The path's consumer groups (each service's events and requests groups, as libs/platform names them). */
const PATH_GROUPS = PATH_SERVICES.flatMap((service) => [service, `${service}-requests`]);

/** The path's consumer groups with members, and how many. */
async function occupiedGroups(admin) {
  const { groups } = await admin.describeGroups(PATH_GROUPS);
  return groups.filter((group) => group.members.length > 0).map((g) => `${g.groupId} (${g.members.length})`);
}

/**
 * Waits until no other process consumes in the path's groups: the test profile's Kafka is shared,
 * and a service of the same name started elsewhere (another bench, a test) would share the
 * partitions with ours — its database answering half our requests, ours half of its.
 */
export async function waitForIdleGroups(admin) {
  for (const until = Date.now() + 30 * 60_000; ; await sleep(5000)) {
    const occupied = await occupiedGroups(admin);
    if (occupied.length === 0) return;
    if (Date.now() > until) throw new Error(`consumer groups still in use after 30 minutes: ${occupied.join(', ')}`);
    console.log(`[bench] waiting for other runs on this Kafka to end: ${occupied.join(', ')}`);
  }
}

/** The path's groups with more members than ours: someone started a service of the same name meanwhile. */
export async function sharedGroups(admin) {
  const { groups } = await admin.describeGroups(PATH_GROUPS);
  return groups.filter((group) => group.members.length > 1).map((g) => `${g.groupId} (${g.members.length})`);
}

/**
 * Time each service spent handling each type of message so far, from its own metrics
 * (pollen_message_handler_seconds, libs/platform/kafka): `<service> <type>` → seconds and count.
 */
export async function handlerTotals(services) {
  const totals = new Map();
  const line = /^pollen_message_handler_seconds_(sum|count)\{([^}]*)\} (\S+)$/gm;
  for (const [service, { managementUrl }] of Object.entries(services)) {
    const metrics = await (await fetch(`${managementUrl}/metrics`)).text();
    for (const [, field, labels, value] of metrics.matchAll(line)) {
      const type = /type="([^"]*)"/.exec(labels)?.[1];
      const key = `${service} ${type}`;
      const total = totals.get(key) ?? { sum: 0, count: 0 };
      total[field] += Number(value);
      totals.set(key, total);
    }
  }
  return totals;
}

/** CPU seconds a process used so far (user and system, from /proc; Linux counts in hundredths). */
function cpuSeconds(pid) {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** A process's arguments; none for one that ended meanwhile. */
function commandLine(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return [];
  }
}

/**
 * The shared FerretDB and Mailpit the services use, found in /proc by the address each serves, so
 * that their CPU stands beside the services' (other runs' work counts in it too).
 */
export function sharedProcesses(common) {
  const serving = {
    ferretdb: `--listen-addr=127.0.0.1:${new URL(common.MONGODB_URI).port}`,
    mailpit: `--smtp=127.0.0.1:${new URL(common.SMTP_URL).port}`,
  };
  const found = {};
  for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    const args = commandLine(pid);
    const name = path.basename(args[0] ?? '');
    if (serving[name] && args.includes(serving[name])) found[`${name} (shared)`] = { child: { pid: Number(pid) } };
  }
  return found;
}

/** Each service's CPU seconds so far. */
export const cpuTotals = (services) =>
  new Map(Object.entries(services).map(([service, { child }]) => [service, cpuSeconds(child.pid)]));
