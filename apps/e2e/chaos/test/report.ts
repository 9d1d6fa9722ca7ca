import fs from 'node:fs';
import path from 'node:path';

import type { Answer } from './chaos-client';
import type { ChaosConfig } from './chaos-config';
import type { Submission } from './submissions';
import { type Effects, EMAILS_PER_APPLICANT } from './verify';

/** One fault of the timeline and what it took to come back. */
export interface FaultRecord {
  name: string;
  /** Seconds from the fault to its repair (restart or start command). */
  downS: number;
  /** Seconds from the repair to every service ready again. */
  recoveryS: number;
  note?: string;
}

export interface ChaosResult {
  mode: string;
  startedAt: string;
  durationS: number;
  config: ChaosConfig;
  counts: Record<string, number>;
  http: Record<string, number>;
  statuses: Record<string, number>;
  phases: { phase: string; answers: number; status503: number; maxMs: number; other: string; why503: string }[];
  faults: FaultRecord[];
  /** Everything that fails the run, one line each. */
  failures: string[];
  /** Submissions that were lost, duplicated, abandoned or errored, with the reason. */
  details: string[];
}

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');

export function summarise(
  config: ChaosConfig,
  startedAt: number,
  submissions: Submission[],
  effects: Map<number, Effects>,
  answers: Answer[],
  faults: FaultRecord[],
): ChaosResult {
  const accepted = submissions.filter((s) => s.outcome === 'accepted');
  const checked = accepted.map((s) => effects.get(s.n)).filter((e): e is Effects => e !== undefined);
  const lost = checked.filter((e) => !e.complete);
  const duplicated = checked.reduce((sum, e) => sum + e.duplicated.length, 0);
  const lateMs = config.requestTimeoutMs + 1000;

  const counts = {
    submissions: submissions.length,
    accepted: accepted.length,
    'accepted via 409 not-draft': accepted.filter((s) => s.acceptedVia === '409 not-draft').length,
    'drafts found via 409 duplicate-active': submissions.filter((s) => s.draftViaConflict).length,
    completed: checked.filter((e) => e.complete).length,
    'matches expected (eligible, accepted)': accepted.filter((s) => s.expected === 'eligible').length,
    'matches proposed': checked.reduce((sum, e) => sum + e.matches, 0),
    lost: lost.length,
    duplicated,
    're-delivered': checked.reduce((sum, e) => sum + e.redelivered, 0),
    'e-mails expected': checked.length * EMAILS_PER_APPLICANT,
    'e-mails received (distinct Message-IDs)': checked.reduce((sum, e) => sum + e.emails, 0),
    'e-mails resent with the same Message-ID': checked.reduce((sum, e) => sum + e.resent, 0),
    abandoned: submissions.filter((s) => s.outcome === 'abandoned').length,
    errored: submissions.filter((s) => s.outcome === 'error').length,
  };

  const status503 = answers.filter((a) => a.status === 503);
  const http = {
    answers: answers.length,
    '503': status503.length,
    '503 without Retry-After': status503.filter((a) => !a.retryAfter).length,
    [`503 later than ${lateMs} ms`]: status503.filter((a) => a.ms > lateMs).length,
    '500': answers.filter((a) => a.status === 500).length,
    'other 5xx': answers.filter((a) => a.status > 500 && a.status !== 503).length,
    [`unanswered in 30 s`]: answers.filter((a) => a.status === 0).length,
    [`other answers later than ${lateMs} ms`]: answers.filter(
      (a) => a.status !== 503 && a.status !== 0 && a.ms > lateMs,
    ).length,
    'max 503 latency (ms)': Math.max(0, ...status503.map((a) => a.ms)),
  };
  const statuses: Record<string, number> = {};
  for (const a of answers) statuses[String(a.status)] = (statuses[String(a.status)] ?? 0) + 1;

  const phaseNames = [...new Set(answers.map((a) => a.phase))];
  const phases = phaseNames.map((phase) => {
    const of = answers.filter((a) => a.phase === phase);
    const byStatus: Record<string, number> = {};
    for (const a of of) byStatus[String(a.status)] = (byStatus[String(a.status)] ?? 0) + 1;
    return {
      phase,
      answers: of.length,
      status503: of.filter((a) => a.status === 503).length,
      maxMs: Math.max(0, ...of.map((a) => a.ms)),
      other: Object.entries(byStatus)
        .map(([status, n]) => `${status}×${n}`)
        .join(' '),
      why503: countsOf(of.map((a) => a.detail).filter((d): d is string => d !== undefined)),
    };
  });

  const failures: string[] = faults.filter((f) => f.note).map((f) => `${f.name}: ${f.note}`);
  if (submissions.length < config.submissions)
    failures.push(`only ${submissions.length} submissions of ${config.submissions}`);
  if (counts.lost > 0) failures.push(`${counts.lost} lost`);
  if (counts.duplicated > 0) failures.push(`${counts.duplicated} duplicated effects`);
  if (counts.abandoned > 0)
    failures.push(`${counts.abandoned} submissions never accepted (503 for ${config.giveUpS} s)`);
  if (counts.errored > 0) failures.push(`${counts.errored} submissions met an unexpected answer`);
  for (const key of [
    '500',
    'other 5xx',
    '503 without Retry-After',
    `503 later than ${lateMs} ms`,
    'unanswered in 30 s',
  ])
    if (http[key] > 0) failures.push(`${http[key]} × ${key}`);

  const worst = (filter: (a: Answer) => boolean, label: string) =>
    answers
      .filter(filter)
      .slice(0, 10)
      .map((a) => `${label}: ${a.method} ${a.route} → ${a.status} in ${a.ms} ms during "${a.phase}" at ${iso(a.at)}`);
  const details = [
    ...lost.map((e) => `lost #${e.n} ${e.applicationId}: missing ${e.missing.join('; ')}`),
    ...checked
      .filter((e) => e.duplicated.length > 0)
      .map((e) => `duplicated #${e.n} ${e.applicationId}: ${e.duplicated.join('; ')}`),
    ...submissions
      .filter((s) => s.outcome === 'abandoned' || s.outcome === 'error')
      .map((s) => `${s.outcome} #${s.n} (started during "${s.phase}"): ${s.problem}`),
    ...worst((a) => a.status >= 500 && a.status !== 503, '5xx'),
    ...worst((a) => a.status === 503 && (!a.retryAfter || a.ms > lateMs), 'bad 503'),
    ...worst((a) => a.status === 0, 'no answer'),
    ...worst((a) => a.status !== 503 && a.status !== 0 && a.ms > lateMs, 'slow answer'),
  ];

  return {
    mode: config.mode,
    startedAt: iso(startedAt),
    durationS: Math.round((Date.now() - startedAt) / 1000),
    config,
    counts,
    http,
    statuses,
    phases,
    faults,
    failures,
    details,
  };
}

/** "a×3; b×1": each distinct value with its count, most frequent first. */
function countsOf(values: string[]): string {
  const counts = new Map<string, number>();
  // Ids and numbers vary from one answer to the next; the reason does not.
  for (const value of values.map((v) => v.replace(/\d+/g, 'N'))) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([value, n]) => `${value}×${n}`)
    .join('; ');
}

const iso = (ms: number) => new Date(ms).toISOString();

function table(rows: [string, string | number][]): string {
  const width = Math.max(...rows.map(([name]) => name.length));
  return rows.map(([name, value]) => `  ${name.padEnd(width)}  ${value}`).join('\n');
}

/** The counts as a table, for the terminal. */
export function render(result: ChaosResult): string {
  const lines = [
    '',
    `Chaos suite (${result.mode}), ${result.durationS} s, started ${result.startedAt}`,
    table(Object.entries(result.counts)),
    '',
    'HTTP answers of the gateway:',
    table(Object.entries(result.http)),
    `  by status: ${Object.entries(result.statuses)
      .map(([status, n]) => `${status}×${n}`)
      .join(' ')}`,
    '',
    'Faults:',
    ...result.faults.map(
      (f) => `  ${f.name}: down ${f.downS} s, every service ready ${f.recoveryS} s later${f.note ? `; ${f.note}` : ''}`,
    ),
    '',
    'Answers per phase:',
    ...result.phases.map(
      (p) =>
        `  ${p.phase.padEnd(28)} ${String(p.answers).padStart(5)} answers, 503×${p.status503}, max ${p.maxMs} ms (${p.other})` +
        (p.why503 ? `\n  ${''.padEnd(28)} 503: ${p.why503}` : ''),
    ),
    '',
    result.failures.length === 0 ? 'PASSED: nothing lost, nothing duplicated' : `FAILED: ${result.failures.join('; ')}`,
    ...result.details.slice(0, 40).map((line) => `  ${line}`),
    '',
  ];
  return lines.join('\n');
}

/** Writes reports/chaos/<mode>.json and .txt (git-ignored), for docs/reliability.md. */
export function save(result: ChaosResult, logFiles: string[]): string {
  const dir = path.join(repoRoot, 'reports', 'chaos');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${result.mode}.json`);
  fs.writeFileSync(file, `${JSON.stringify({ ...result, logFiles }, null, 2)}\n`);
  fs.writeFileSync(path.join(dir, `${result.mode}.txt`), render(result));
  return file;
}
