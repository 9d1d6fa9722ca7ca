import { ChaosClient } from './chaos-client';
import { chaosConfig, plannedFaultMs, restartsS, testTimeoutMs } from './chaos-config';
import { aProgramme, ChaosPlatform } from './chaos-platform';
import { approvedInvestor } from './investor';
import { type FaultRecord, render, save, summarise } from './report';
import { Load } from './submissions';
import { checkAll, type Effects, EffectsChecker } from './verify';

const config = chaosConfig();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const since = (t0: number) => Math.round((Date.now() - t0) / 100) / 10;
const say = (message: string) => process.stdout.write(`[chaos] ${message}\n`);

/**
 * Issue 9: submissions through the gateway while, in turn, the applications service is SIGKILLed
 * and restarted, the broker is stopped and restarted, and the database is stopped and restarted.
 * Every accepted submission must end in its final state with all its effects, each once (an
 * eligible one proposed to the investor approved before the faults: one match); the
 * gateway must answer 503 with Retry-After (never 500, never late) while a dependency is down.
 * Short by default (inside `npm test`); `npm run test:chaos` runs the full version.
 */
describe(`chaos (${config.mode}): submissions through faults`, () => {
  let platform: ChaosPlatform | undefined;
  let checker: EffectsChecker | undefined;
  let kafkaStopped = false;
  let databaseStopped = false;

  afterAll(async () => {
    // Whatever happened, leave the infrastructure running for the next project's tests.
    if (platform && kafkaStopped) await platform.startKafka().catch(() => undefined);
    if (platform && databaseStopped) await platform.startDatabase().catch(() => undefined);
    await checker?.close().catch(() => undefined);
    await platform?.stop();
  }, 120_000);

  it(
    `keeps every accepted submission, once (${config.submissions} submissions)`,
    async () => {
      const startedAt = Date.now();
      platform = await ChaosPlatform.start(config.requestTimeoutMs);
      const p = platform;
      const client = new ChaosClient(p.gateway.url);
      say(`services ready in ${since(startedAt)} s; mode ${config.mode}, config ${JSON.stringify(config)}`);

      const operator = await client.once('POST', '/v1/auth/login', 'POST /v1/auth/login', {
        body: { email: 'operator@pollen.local', password: 'pollen-operator' },
      });
      const programme = await client.once('POST', '/v1/programmes', 'POST /v1/programmes', {
        token: String(operator.body['accessToken']),
        body: aProgramme(),
      });
      expect(programme.status).toBe(201);
      const investorId = await approvedInvestor(client, String(operator.body['accessToken']));

      const load = new Load(
        client,
        String(programme.body['id']),
        config.submissions,
        config.maxInFlight,
        config.giveUpS,
      );
      const faults: FaultRecord[] = [];
      // The planned timeline, which paces the load: each phase counts for its planned length only.
      const restartS = restartsS(config) / 3;
      let plannedDoneMs = 0;
      let current = { since: Date.now(), plannedMs: 0 };
      const enter = (plannedS: number) => {
        plannedDoneMs += current.plannedMs;
        current = { since: Date.now(), plannedMs: plannedS * 1000 };
      };
      const progressMs = () => plannedDoneMs + Math.min(Date.now() - current.since, current.plannedMs);
      const phase = async (name: string, seconds: number) => {
        enter(seconds);
        client.phase = name;
        say(`${name} (${seconds} s) at +${since(startedAt)} s, ${load.submissions.length} submissions started`);
        await sleep(seconds * 1000);
      };
      /** Runs one fault: break, wait while broken, repair, wait until every service is ready. */
      const fault = async (
        name: string,
        down: number,
        breakIt: () => Promise<void> | void,
        repair: () => Promise<void> | void,
      ) => {
        const t0 = Date.now();
        enter(down + restartS);
        client.phase = `${name}: down`;
        say(`${name} at +${since(startedAt)} s, ${load.submissions.length} submissions started`);
        await breakIt();
        await sleep(down * 1000);
        const t1 = Date.now();
        client.phase = `${name}: recovering`;
        let note: string | undefined;
        try {
          await repair();
          const stuck = await p.allReady(config.readyTimeoutS * 1000);
          // Not ready 2 minutes after the repair: a defect. Go on, so the counts show what it cost.
          if (stuck.length > 0) note = `not ready ${config.readyTimeoutS} s after the repair: ${stuck.join(', ')}`;
        } catch (error) {
          note = `repair failed: ${(error as Error).message}`;
          throw error;
        } finally {
          faults.push({ name, downS: Math.round((t1 - t0) / 100) / 10, recoveryS: since(t1), note });
          say(`${name}: back after ${since(t1)} s${note ? ` (${note})` : ''}`);
        }
      };

      load.start(plannedFaultMs(config) / config.submissions, progressMs);
      await phase('warm-up', config.warmUpS);

      await fault(
        'applications SIGKILLed',
        config.applicationsDownS,
        () => p.killApplications(),
        () => p.restartApplications(),
      );
      await phase('settle after applications', config.settleS);

      await fault(
        'Kafka stopped',
        config.kafkaDownS,
        async () => {
          kafkaStopped = true;
          await p.stopKafka();
        },
        async () => {
          await p.startKafka();
          kafkaStopped = false;
        },
      );
      await phase('settle after Kafka', config.settleS);

      await fault(
        'FerretDB stopped',
        config.databaseDownS,
        async () => {
          databaseStopped = true;
          await p.stopDatabase();
        },
        async () => {
          await p.startDatabase();
          databaseStopped = false;
        },
      );
      await phase('settle after FerretDB', config.settleS);
      const lastFaultEnd = Date.now();
      client.phase = 'after the faults';
      say(`faults over at +${since(startedAt)} s; waiting for the ${config.submissions} submissions to end`);
      const submissions = await load.finish();
      const accepted = submissions.filter((s) => s.outcome === 'accepted');
      const lastAccepted = Math.max(lastFaultEnd, ...accepted.map((s) => s.acceptedAt ?? 0));
      const bound = lastAccepted + config.completionBoundS * 1000;

      // Every accepted submission complete by the bound; then once more over all, for duplicates.
      client.phase = 'checking effects';
      checker = await EffectsChecker.open(client, investorId);
      let effects = new Map<number, Effects>();
      let pending = accepted;
      while (pending.length > 0) {
        await checker.catchUp();
        const round = await checkAll(checker, pending);
        for (const [n, e] of round) effects.set(n, e);
        pending = pending.filter((s) => !effects.get(s.n)?.complete);
        if (pending.length === 0 || Date.now() > bound) break;
        say(
          `${pending.length} accepted submissions not complete yet (+${since(lastAccepted)} s after the last fault/acceptance)`,
        );
        await sleep(2000);
      }
      const completedAt = Date.now();
      await sleep(3000); // late re-deliveries and duplicates have a moment to show
      await checker.catchUp();
      const final = await checkAll(checker, accepted);
      // Complete by the bound and still complete now; what was missing at the bound is what was lost.
      const atBound = effects;
      effects = new Map(
        [...final].map(([n, e]) => {
          const before = atBound.get(n);
          return before && !before.complete ? [n, { ...e, complete: false, missing: before.missing }] : [n, e];
        }),
      );
      say(
        `effects checked ${since(lastAccepted)} s after the last fault/acceptance (complete at +${Math.round((completedAt - lastAccepted) / 1000)} s)`,
      );

      const result = summarise(config, startedAt, submissions, effects, client.answers, faults);
      const file = save(result, p.logFiles());
      process.stdout.write(render(result));
      say(`report: ${file}; service logs: ${p.logFiles().join(' ')}`);

      expect(result.failures).toEqual([]);
    },
    testTimeoutMs(config),
  );
});
