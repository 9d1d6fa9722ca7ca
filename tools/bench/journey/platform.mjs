// The platform under test: started on fresh databases, seeded, measured, stopped.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

import { kafkaRoundTrip } from '../floors.mjs';
import { account, createProgramme, inPoolMapped, prepareDrafts, register, request, seedInvestors } from './api.mjs';
import { handlerRows, serviceRows, stageRows, stageTimes, summary } from './figures.mjs';
import { drain, matchMails, storedMatches, submitOpenLoop } from './load.mjs';
import { investorProfiles, projectsFor } from './population.mjs';
import { APPLICANTS, PATH_SERVICES, require, SEED_CONCURRENCY, THESES, TOKEN_TTL_SECONDS } from './settings.mjs';
import {
  cpuTotals,
  handlerTotals,
  inboxTimes,
  settle,
  sharedGroups,
  sharedProcesses,
  waitForIdleGroups,
  watchMail,
  watchTopics,
} from './watch.mjs';

const { Kafka, logLevel } = require('kafkajs');
const { MongoClient } = require('mongodb');

/**
 * Drops the run's databases once its figures are made: a run leaves tens of thousands of
 * documents, and the FerretDB it shares with every test and bench keeps each database it holds
 * open (its memory and WAL files grow with them).
 */
async function dropDatabases(mongoUri, services, run) {
  const client = new MongoClient(mongoUri, { retryWrites: false });
  try {
    await client.connect();
    for (const service of services) await client.db(`bench-${service}-${run}`).dropDatabase();
  } catch (error) {
    console.warn(`[bench] the run's databases (bench-*-${run}) were not all dropped: ${error.message}`);
  } finally {
    await client.close();
  }
}

/**
 * Gateway, applications, matching and notifications on fresh databases, once no other run uses
 * their consumer groups and they have handled what runs before left there; Mailpit watched.
 */
async function platform(name, { infrastructure, startService, stopService }) {
  const { brokers, common, mailApiUrl } = await infrastructure();
  const run = randomUUID().slice(0, 8);
  const domain = `${name}-${run}.example`;
  const kafka = new Kafka({
    clientId: `bench-${name}-${run}`,
    brokers: brokers.split(','),
    logLevel: logLevel.NOTHING,
  });
  const admin = kafka.admin();
  await admin.connect();
  await waitForIdleGroups(admin);
  const mail = watchMail(mailApiUrl, domain);
  const services = {};
  const started = await Promise.allSettled(
    PATH_SERVICES.map(async (service) => {
      services[service] = await startService(service, {
        ...common,
        MONGODB_DATABASE: `bench-${service}-${run}`,
        ...(service === 'gateway' ? { ACCESS_TOKEN_TTL_SECONDS: String(TOKEN_TTL_SECONDS) } : {}),
      });
    }),
  );
  const stop = async () => {
    await mail.close().catch(() => undefined);
    await Promise.all(Object.values(services).map(stopService));
    await admin.disconnect();
    await dropDatabases(common.MONGODB_URI, Object.keys(services), run);
  };
  const failed = started.find((result) => result.status === 'rejected');
  if (failed) {
    await stop();
    throw failed.reason;
  }
  const api = services.gateway.url;
  const operator = account(api, 'operator@pollen.local', 'pollen-operator');
  const shared = sharedProcesses(common);
  return { run, domain, brokers, kafka, admin, api, operator, services, shared, mail, stop };
}

/** THESES approved investors and APPLICANTS applicants, added to the context. */
export async function seed(context) {
  const { api, operator, domain, admin } = context;
  await settle(admin, 'left in the shared consumer groups by earlier runs', 900);
  context.profiles = investorProfiles(THESES);
  const seeding = performance.now();
  context.investors = await seedInvestors(api, operator, context.profiles, domain);
  context.seedSeconds = (performance.now() - seeding) / 1000;
  console.log(
    `[bench] ${THESES} approved investors seeded in ${context.seedSeconds.toFixed(0)} s, ${SEED_CONCURRENCY} in flight`,
  );
  context.investorEmail = new Map(context.investors.map((investor) => [investor.id, investor.email]));
  context.applicants = await inPoolMapped(
    Array.from({ length: APPLICANTS }, (_, i) => i),
    SEED_CONCURRENCY,
    (i) => register(api, `a${i}@${domain}`, 'applicant'),
  );
}

/** Drafts for each run, then waits until the services idle and the matcher holds every thesis. */
export async function prepare(context, runs, nextSiren) {
  const { api, operator, applicants, profiles, run } = context;
  const projects = projectsFor(
    profiles,
    runs.reduce((n, r) => n + r.count, 0),
    run,
  );
  const preparing = performance.now();
  let offset = 0;
  for (const r of runs) {
    r.programme = await createProgramme(api, operator, `${r.title} ${run}`);
    r.submissions = await prepareDrafts(
      api,
      applicants,
      r.programme,
      projects.slice(offset, offset + r.count),
      nextSiren,
    );
    offset += r.count;
  }
  const draftSeconds = (performance.now() - preparing) / 1000;
  console.log(`[bench] ${offset} drafts prepared in ${draftSeconds.toFixed(0)} s, ${SEED_CONCURRENCY} in flight`);
  await settle(context.admin, 'what seeding and drafting left', 900);
  await thesesIndexed(context, runs[0].submissions[0]);
  return { draftSeconds };
}

/** Waits until the matcher's index holds every approved thesis (what the applicant's insights count). */
async function thesesIndexed({ api }, draft) {
  let insights;
  for (const until = Date.now() + 120_000; Date.now() < until; await sleep(1000)) {
    insights = await request(api, 'GET', `/v1/applications/${draft.id}/matching-insights`, {
      token: await draft.owner.token(),
    });
    if (insights.payload?.theses === THESES) return;
  }
  throw new Error(`the matcher does not hold the ${THESES} theses after 2 minutes: ${JSON.stringify(insights)}`);
}

/** The bare round trip, sampled while the services idle: a hop is half of it. */
async function kafkaHop(brokers, percentile) {
  const floor = await kafkaRoundTrip(brokers);
  try {
    const samples = [];
    for (let i = 0; i < 200; i++) samples.push((await floor.roundTrip()) / 2);
    samples.sort((a, b) => a - b);
    return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
  } finally {
    await floor.close();
  }
}

/** One run: its submissions sent open-loop at `rate`, drained, and when each reached each stage. */
async function measure(context, watched, r) {
  const { api, operator, mail, run, investorEmail } = context;
  const rate = r.count / r.seconds;
  // Tokens renewed now rather than by a log-in inside the measure.
  await Promise.all([operator, ...context.applicants].map((account) => account.token()));
  const { lateMs } = await submitOpenLoop(api, r.submissions, rate);
  const lastSentAt = Math.max(...r.submissions.map((s) => s.sentAt));
  const drainedAt = await drain(
    {
      submissions: r.submissions,
      watched,
      admin: context.admin,
      mail,
      run,
      investorEmail,
      api,
      operator,
      programmeId: r.programme.id,
    },
    lastSentAt,
  );
  return { rate, lateMs, lastSentAt, drainedAt, stored: await storedMatches(api, operator, r.programme.id) };
}

/** Every run measured, then the inboxes read once and the figures made. */
export async function measureAll(context, runs, deps) {
  const { admin, brokers, run, investors, investorEmail, api, mail, services } = context;
  const applications = new Map(runs.flatMap((r) => r.submissions.map((s) => [s.id, s])));
  const watched = await watchTopics(context, applications);
  try {
    const shared = await sharedGroups(admin);
    if (shared.length > 0)
      console.warn(
        `[bench] consumer groups shared with processes not ours: ${shared.join(', ')}: figures are not ours alone`,
      );
    const hop = await kafkaHop(brokers, deps.percentile);
    for (const r of runs) {
      console.log(`[bench] ${r.label}: ${r.count} submissions in ${r.seconds} s…`);
      const processes = { ...services, ...context.shared };
      const [before, cpuBefore] = [await handlerTotals(services), cpuTotals(processes)];
      r.outcome = await measure(context, watched, r);
      await settle(admin, `what ${r.label} left`, 120);
      r.handling = handlerRows(r.label, before, await handlerTotals(services));
      r.services = serviceRows(r.label, r.handling, cpuBefore, cpuTotals(processes));
    }
    const matchIds = new Set([...watched.seen.proposed.values()].flatMap((matches) => [...matches.keys()]));
    const inbox = await inboxTimes(api, investors, matchIds);
    await mail.close();
    const { byPair: mailed, duplicated } = matchMails(mail.mails, run);
    const figures = runs.map((r) => {
      const by = r.outcome.drainedAt;
      const times = stageTimes({ submissions: r.submissions, seen: watched.seen, inbox, mailed, investorEmail, by });
      return {
        r,
        times,
        stages: stageRows(times, r.label, hop, deps.row),
        summary: summary(r, times, watched.seen, duplicated),
        handling: r.handling,
        services: r.services,
      };
    });
    const memory = Object.entries(services).map(([service, { child }]) => ({
      service,
      'RSS after the load': `${deps.rssMiB(child.pid).toFixed(0)} MiB`,
    }));
    return { figures, hop, shared, memory };
  } finally {
    await watched.close();
  }
}

/**
 * Runs `bench` on a started platform, stopping it whatever happens; a failure says whether another
 * run joined the path's consumer groups meanwhile (the likeliest cause of a request answered by a
 * database that is not ours).
 */
export async function onPlatform(name, deps, bench) {
  const context = await platform(name, deps);
  try {
    await bench(context);
  } catch (error) {
    const shared = await sharedGroups(context.admin).catch(() => []);
    if (shared.length > 0) error.message += ` (another run joined our consumer groups: ${shared.join(', ')})`;
    throw error;
  } finally {
    await context.stop();
  }
}
