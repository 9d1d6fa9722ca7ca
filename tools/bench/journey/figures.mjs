// Figures: when each submission reached each stage, and the tables and the file a run leaves.

import { writeResult as writeBenchResult } from '../results.mjs';

/** When each accepted submission reached each stage (undefined: not by `by`). */
export function stageTimes({ submissions, seen, inbox, mailed, investorEmail, by }) {
  const within = (at) => (at !== undefined && at <= by ? at : undefined);
  const last = (times) => (times.length > 0 && times.every((t) => t !== undefined) ? Math.max(...times) : undefined);
  return submissions
    .filter((s) => s.answeredAt !== undefined || seen.screened.has(s.id))
    .map((s) => {
      // Every match it got, however late: a stage counts once all of them reached it in time.
      const matches = [...(seen.proposed.get(s.id) ?? new Map())];
      const ifMatched = (times) => (matches.length > 0 ? last(times.map(within)) : undefined);
      return {
        submission: s,
        matches: matches.length,
        publishedInTime: matches.filter(([, match]) => match.at <= by).length,
        answered: within(s.answeredAt),
        screened: within(seen.screened.get(s.id)?.at),
        matched: ifMatched(matches.map(([, m]) => m.at)),
        inApp: ifMatched(matches.map(([matchId]) => inbox.get(matchId))),
        email: ifMatched(matches.map(([, m]) => mailed.get(`${investorEmail.get(m.investorId)}|${s.seq}`))),
        notices: matches.filter(([matchId]) => inbox.has(matchId)).length,
        mails: matches.filter(([, m]) => mailed.has(`${investorEmail.get(m.investorId)}|${s.seq}`)).length,
      };
    });
}

export const STAGES = [
  { key: 'answered', name: 'submit answered (202, with the screening)', hops: 2 },
  { key: 'screened', name: 'screened (application.screened published)', hops: 1 },
  { key: 'matched', name: 'matched (its last match.proposed published)', hops: 2 },
  { key: 'inApp', name: 'notified in-app (its last inbox item stored)', hops: 3 },
  { key: 'email', name: 'e-mail accepted (its last mail at Mailpit)', hops: 3 },
];

/** Each reaching submission's latency from its submission to `stage`, sorted. */
export const latenciesTo = (times, stage) =>
  times
    .filter((t) => t[stage] !== undefined)
    .map((t) => t[stage] - t.submission.sentAt)
    .sort((a, b) => a - b);

/** One row per stage: latency from submission, how many reached it, and the floor beside it. */
export function stageRows(times, label, hop, row) {
  return STAGES.map(({ key, name, hops }) => {
    const latencies = latenciesTo(times, key);
    const none = { measure: name, samples: 0, p50: '—', p95: '—', p99: '—' };
    const { measure, samples, p50, p95, p99 } = latencies.length > 0 ? row(name, { latencies }) : none;
    const max = latencies.length > 0 ? `${latencies.at(-1).toFixed(1)} ms` : '—';
    return {
      run: label,
      measure,
      samples,
      p50,
      p95,
      p99,
      max,
      reached: `${latencies.length} of ${times.length}`,
      'not reached': times.length - latencies.length,
      'Kafka floor p50': `${hops} × ${hop.p50.toFixed(1)} = ${(hops * hop.p50).toFixed(0)} ms`,
      'Kafka floor p99': `${(hops * hop.p99).toFixed(0)} ms`,
    };
  });
}

/** `n × value` for each distinct value, the most frequent first; 0 when there is none. */
function tallied(values, separator) {
  const counts = new Map();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  const sorted = [...counts].sort(([, a], [, b]) => b - a);
  return sorted.map(([value, n]) => `${n} × ${value}`).join(separator) || 0;
}

/** What a run sent and what the platform made of it. */
export function summary(r, times, seen, duplicated) {
  const { rate, lateMs, drainedAt, lastSentAt, stored } = r.outcome;
  const ids = new Set(r.submissions.map((s) => s.id));
  const seqs = new Set(r.submissions.map((s) => s.seq));
  const counts = times.map((t) => t.matches);
  const published = counts.reduce((a, b) => a + b, 0);
  const publishedInTime = times.reduce((n, t) => n + t.publishedInTime, 0);
  return {
    run: r.label,
    rate: `${rate.toFixed(1)} /s`,
    sent: r.submissions.length,
    accepted: times.length,
    refused: tallied(r.submissions.map((s) => s.refused).filter(Boolean), ', '),
    'retried for': tallied(
      r.submissions.flatMap((s) => s.retriedFor ?? []),
      '; ',
    ),
    // Each retry is one more request: under overload, retries multiply the load.
    'submit requests (retried)': `${r.submissions.reduce((n, s) => n + s.attempts, 0)} (${r.submissions.filter((s) => s.attempts > 1).length})`,
    eligible: r.submissions.filter((s) => seen.screened.get(s.id)?.result === 'eligible').length,
    'matches / submission': counts.length
      ? `${(published / counts.length).toFixed(1)} (${Math.min(...counts)}–${Math.max(...counts)})`
      : '—',
    'matches stored, published by the drain': `${stored ?? '—'}, ${publishedInTime}`,
    // Whenever they came: the stage rows say how many came in time.
    'investors told: in-app, e-mails': `${times.reduce((n, t) => n + t.notices, 0)}, ${times.reduce((n, t) => n + t.mails, 0)}`,
    'duplicate e-mails': duplicated.filter((seq) => seqs.has(seq)).length,
    'retracted matches': times.reduce(
      (n, t) =>
        n + [...(seen.proposed.get(t.submission.id)?.keys() ?? [])].filter((id) => seen.retracted.has(id)).length,
      0,
    ),
    'dead letters': seen.deadLetters.filter((letter) => ids.has(letter.applicationId)).length,
    'sender late (max)': `${lateMs.toFixed(0)} ms`,
    'drained after last sent': `${((drainedAt - lastSentAt) / 1000).toFixed(1)} s`,
  };
}

/** The bench's result, named after it, with the load tool it used. */
export const writeResult = (name, result) =>
  writeBenchResult(name, {
    tool: { name: 'open-loop fetch (tools/bench/journey/)', node: process.version },
    ...result,
  });

/**
 * Per service over a run: CPU it used beside the time its handlers were busy (several at once):
 * busy far above CPU is time spent waiting — for the database, the broker or each other.
 */
export function serviceRows(label, handling, cpuBefore, cpuAfter) {
  return [...cpuAfter].map(([service, cpu]) => ({
    run: label,
    service,
    'CPU s': Number((cpu - cpuBefore.get(service)).toFixed(1)),
    'handlers busy s': handling.some((row) => row['service and message'].startsWith(`${service} `))
      ? Number(
          handling
            .filter((row) => row['service and message'].startsWith(`${service} `))
            .reduce((n, row) => n + row['busy s'], 0)
            .toFixed(1),
        )
      : '—',
  }));
}

/** What each service spent handling each type of message between two totals, the most first. */
export function handlerRows(label, before, after) {
  return [...after]
    .map(([key, { sum, count }]) => {
      const earlier = before.get(key) ?? { sum: 0, count: 0 };
      return { key, seconds: sum - earlier.sum, count: count - earlier.count };
    })
    .filter(({ count }) => count > 0)
    .sort((a, b) => b.seconds - a.seconds)
    .map(({ key, seconds, count }) => ({
      run: label,
      'service and message': key,
      handled: count,
      'mean ms': Number(((seconds * 1000) / count).toFixed(1)),
      'busy s': Number(seconds.toFixed(1)),
    }));
}

/**
 * The run's tables: what was sent and made, each stage's latency, where the services spent their
 * time (from the load's start until its events were all handled), each service's memory.
 */
export function print(title, figures, memory) {
  console.log(`\n${title}`);
  console.table(figures.map((f) => f.summary));
  console.table(figures.flatMap((f) => f.stages));
  console.table(figures.flatMap((f) => f.handling.slice(0, 8)));
  console.table(figures.flatMap((f) => f.services));
  console.table(memory);
}
