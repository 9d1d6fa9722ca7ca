// `npm run bench -- journey` and `npm run bench -- rush` (issue 21): an application's whole path
// through the services as built — submitted, screened, matched against approved theses, each
// investor told in their inbox and by e-mail — under submissions sent open-loop at a fixed rate:
// each leaves on time whatever became of the ones before, so a queue shows up as latency, not as
// a sender that slows down. Beside each stage, the Kafka floor times the hops the stage is behind.
//
// Where each stage's time comes from, all on this machine's one clock:
//   - submitted: the bench sending the first attempt of POST /v1/applications/{id}/submit;
//   - answered: its 202 coming back (the screening is in the answer);
//   - screened, matched: the timestamps of application.screened and of the application's last
//     match.proposed on their topics, which the relay's producer sets as it publishes them: the
//     moment the next service can act. A consumer group of our own reads them as they come, so no
//     poller of ours sits between the service and the figure, and the services are asked nothing.
//   - notified in-app: each inbox item's createdAt, read from the investors' own inboxes
//     (GET /v1/me/notifications) once the load is over, so reading them loads nothing while it is
//     measured. The service stamps it as it handles match.proposed, just before the insert (a lower
//     bound by one insert); the e-mail's delivery is written after it, so the next stage bounds it.
//   - e-mail accepted: Mailpit's receipt of each investor's e-mail (its Created, in ms), read from
//     its API while the load runs. Mailpit keeps 5,000 mails (tools/infra/mailpit.mjs) and others
//     share it: the bench reads and deletes its own as they come, or a run would push theirs out.
//
// The hops, counted in the code. One hop is a message produced by one process and consumed by the
// next; the bare round trip of floors.mjs is two of them, so a hop's floor is half of it.
//   1. gateway → applications: the applications.submit request (pollen.applications.requests.v1).
//      Applications writes the submission and its screening with their events in one write
//      (usecases/submit-application) and answers on pollen.gateway.replies.v1: the 202 is hop 2.
//   2. applications' outbox relay → matching: application.screened (application-events), which
//      ApplicationEventsConsumer → MatchApplication handles, writing each match with its
//      match.proposed.
//   3. matching's outbox relay → notifications: match.proposed (match-events), which Notify turns
//      into the inbox item and the e-mail's delivery; the mail then leaves over SMTP, not Kafka.
// Hence: answered 2 hops, screened 1 (the stage is its event's publication), matched 2, notified
// in-app 3, e-mail accepted 3 plus SMTP.
//
//   The BENCH_* settings that shape a run are listed in settings.mjs.
import { latenciesTo, print, STAGES, writeResult } from './figures.mjs';
import { measureAll, onPlatform, prepare, seed } from './platform.mjs';
import { APPLICANTS, DRAIN_SECONDS, RATE_SECONDS, RATES, RUSH_SECONDS, RUSH_SUBMISSIONS, THESES } from './settings.mjs';

/** Settings both benches record. */
const COMMON_SETTINGS = { theses: THESES, drainSeconds: DRAIN_SECONDS, applicants: APPLICANTS };

/** What both benches record of how the run went, beside their figures. */
const howItRan = ({ context, draftSeconds, seconds, hop, shared }) => ({
  draftsPreparedBefore: true,
  seedSeconds: context.seedSeconds,
  draftSeconds,
  benchSeconds: seconds,
  kafkaHop: hop,
  sharedConsumerGroups: shared,
});

export async function journeyBench(deps) {
  const started = performance.now();
  await onPlatform('journey', deps, async (context) => {
    await seed(context);
    const runs = RATES.map((rate) => ({
      label: `${rate}/s`,
      title: `Journey ${rate}/s`,
      count: Math.round(rate * RATE_SECONDS),
      seconds: RATE_SECONDS,
    }));
    const { draftSeconds } = await prepare(context, runs, deps.nextSiren);
    const { figures, hop, shared, memory } = await measureAll(context, runs, deps);
    print(
      `Pollen end to end — ${THESES} approved theses; at ${RATES.join(', ')} submissions/s for ${RATE_SECONDS} s each, ` +
        `open loop; drafts prepared before; one programme per rate; ${new Date().toISOString()}`,
      figures,
      memory,
    );
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `Kafka hop (half a bare round trip, idle): p50 ${hop.p50.toFixed(1)} ms, p99 ${hop.p99.toFixed(1)} ms. ` +
        `Seeding ${context.seedSeconds.toFixed(0)} s, drafts ${draftSeconds.toFixed(0)} s, whole bench ${seconds.toFixed(0)} s.`,
    );
    writeResult('journey', {
      settings: {
        rates: RATES,
        seconds: RATE_SECONDS,
        ...COMMON_SETTINGS,
      },
      ...howItRan({ context, draftSeconds, seconds, hop, shared }),
      runs: figures.map(({ summary, stages, handling, services }) => ({ summary, stages, handling, services })),
      memory,
    });
  });
}

export async function rushBench(deps) {
  const started = performance.now();
  await onPlatform('rush', deps, async (context) => {
    await seed(context);
    const runs = [{ label: 'rush', title: 'Deadline rush', count: RUSH_SUBMISSIONS, seconds: RUSH_SECONDS }];
    const { draftSeconds } = await prepare(context, runs, deps.nextSiren);
    const { figures, hop, shared, memory } = await measureAll(context, runs, deps);
    const [{ times, stages, summary, handling, services, r }] = figures;
    const firstSentAt = Math.min(...r.submissions.map((s) => s.sentAt));
    // Per stage: from the first submission until the last one reached it, and how many never did.
    const everyOne = STAGES.map(({ key, name }) => {
      const reached = times.map((t) => t[key]).filter((t) => t !== undefined);
      const lost = times.length - reached.length;
      const by =
        lost === 0 && reached.length > 0 ? `${((Math.max(...reached) - firstSentAt) / 1000).toFixed(1)} s` : '—';
      return { stage: name, 'every one by': by, lost };
    });
    const endToEnd = latenciesTo(times, STAGES.at(-1).key);
    const p99EndToEndMs = endToEnd.length > 0 ? Math.round(deps.percentile(endToEnd, 99)) : null;
    print(
      `Pollen deadline rush — ${RUSH_SUBMISSIONS} submissions in ${RUSH_SECONDS} s to one programme, open loop, ` +
        `${THESES} approved theses; drafts prepared before the rush (the rush is the submit); ${new Date().toISOString()}`,
      figures,
      memory,
    );
    console.log(
      `From the first submission until every one reached each stage; lost: not within ${DRAIN_SECONDS} s of the last:`,
    );
    console.table(everyOne);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `p99 end to end (submission → e-mail accepted): ${p99EndToEndMs ?? '—'} ms (target < 5,000). ` +
        `Kafka hop p50 ${hop.p50.toFixed(1)} ms. Seeding ${context.seedSeconds.toFixed(0)} s, drafts ${draftSeconds.toFixed(0)} s, ` +
        `whole bench ${seconds.toFixed(0)} s.`,
    );
    writeResult('rush', {
      settings: {
        submissions: RUSH_SUBMISSIONS,
        seconds: RUSH_SECONDS,
        ...COMMON_SETTINGS,
      },
      ...howItRan({ context, draftSeconds, seconds, hop, shared }),
      summary,
      stages,
      untilEveryOne: everyOne,
      p99EndToEndMs,
      handling,
      services,
      memory,
    });
  });
}
