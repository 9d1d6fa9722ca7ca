// Load and drain: the submissions sent open loop, then waited for until each went the whole way.
import { setTimeout as sleep } from 'node:timers/promises';

import { request, retriable } from './api.mjs';
import { DRAIN_SECONDS, MATCHING_EVENTS_GROUP, Topics } from './settings.mjs';

/**
 * Sends each submission at its time on the schedule — `rate` a second from now — without waiting
 * for the ones before: open loop. A submission the API asks to retry (503, 429) is retried with
 * its Idempotency-Key after Retry-After, as docs/api.md tells clients to; its latency counts from
 * the first attempt. Resolves once every submission has its answer.
 */
export async function submitOpenLoop(api, submissions, rate) {
  const started = performance.now();
  let lateMs = 0;
  const sending = [];
  for (const [i, submission] of submissions.entries()) {
    const wait = started + (i * 1000) / rate - performance.now();
    if (wait > 1) await sleep(wait);
    else lateMs = Math.max(lateMs, -wait);
    sending.push(submit(api, submission));
  }
  await Promise.all(sending);
  return { lateMs };
}

async function submit(api, submission) {
  const token = await submission.owner.token();
  submission.sentAt = Date.now();
  submission.attempts = 0;
  submission.retriedFor = [];
  const giveUpAt = submission.sentAt + DRAIN_SECONDS * 1000;
  for (;;) {
    submission.attempts++;
    const answer = await request(api, 'POST', `/v1/applications/${submission.id}/submit`, {
      token,
      headers: { 'Idempotency-Key': `submit-${submission.id}` },
    }).catch((error) => ({ status: 0, payload: { detail: error.message }, retryAfterMs: 1000 }));
    // After a 5xx the answer was not kept: an attempt that went through finds the draft submitted.
    const earlierWentThrough = submission.attempts > 1 && answer.payload?.code === 'application.not-draft';
    if (answer.status === 202 || earlierWentThrough) {
      submission.answeredAt = Date.now();
      return;
    }
    if ((!retriable(answer) && answer.status !== 0) || Date.now() > giveUpAt) {
      submission.refused = `${answer.status} ${answer.payload?.code ?? ''}`.trim();
      return;
    }
    submission.retriedFor.push(retryReasonOf(answer));
    await sleep(answer.retryAfterMs);
  }
}

/** Why an attempt was to be retried, in a few words: the status, its code and its detail without ids. */
const retryReasonOf = ({ status, payload }) =>
  `${status} ${payload?.code ?? ''} ${String(payload?.detail ?? '')
    .replace(/[0-9a-f-]{36}|\d+/g, '…')
    .slice(0, 80)}`.trim();

/**
 * The investors' mails about a match: `<address>|<submission seq>` → when the first arrived, and
 * the seqs of any that came twice.
 */
export function matchMails(mails, run) {
  const pattern = new RegExp(`Projet ${run}-(\\d+)`);
  const byPair = new Map();
  const duplicated = [];
  for (const mail of mails) {
    const seq = pattern.exec(mail.subject)?.[1];
    if (!seq || !mail.to?.startsWith('i')) continue;
    const key = `${mail.to}|${seq}`;
    if (byPair.has(key)) duplicated.push(Number(seq));
    else byPair.set(key, mail.at);
  }
  return { byPair, duplicated };
}

/**
 * Matches the matching service stored for a programme (GET /v1/ops/matching/stats), or undefined
 * when it does not answer at once: a matcher still busy with the load's backlog may not, and the
 * drain asks again a second later rather than waiting here.
 */
export async function storedMatches(api, operator, programmeId) {
  const answer = await request(api, 'GET', '/v1/ops/matching/stats', { token: await operator.token() }).catch(
    () => undefined,
  );
  if (answer?.status !== 200) return undefined;
  return answer.payload.programmes.find((programme) => programme.programmeId === programmeId)?.matches ?? 0;
}

/**
 * Whether every accepted submission went the whole way: screened, handled by the matcher (its
 * group committed past the event), every match it stored published, and each mailed.
 */
async function wentTheWholeWay({ submissions, watched, admin, mail, run, investorEmail, api, operator, programmeId }) {
  if (submissions.some((s) => s.answeredAt === undefined && s.refused === undefined)) return false;
  const accepted = submissions.filter((s) => s.answeredAt !== undefined || watched.seen.screened.has(s.id));
  if (!accepted.every((s) => watched.seen.screened.has(s.id))) return false;
  const mailed = matchMails(mail.mails, run).byPair;
  let published = 0;
  for (const s of accepted)
    for (const { investorId } of watched.seen.proposed.get(s.id)?.values() ?? []) {
      published++;
      if (!mailed.has(`${investorEmail.get(investorId)}|${s.seq}`)) return false;
    }
  const [committed] = await admin.fetchOffsets({
    groupId: MATCHING_EVENTS_GROUP,
    topics: [Topics.applicationEvents.name],
  });
  const past = new Map(committed.partitions.map(({ partition, offset }) => [partition, Number(offset)]));
  const handled = accepted.every((s) => {
    const { partition, offset } = watched.seen.screened.get(s.id);
    return (past.get(partition) ?? -1) > Number(offset);
  });
  return handled && (await storedMatches(api, operator, programmeId)) === published;
}

/** Waits until every submission went the whole way, or DRAIN_SECONDS after the last was sent. */
export async function drain(context, lastSentAt) {
  const until = lastSentAt + DRAIN_SECONDS * 1000;
  while (Date.now() < until) {
    if (await wentTheWholeWay(context).catch(() => false)) return Date.now();
    await sleep(1000);
  }
  return until;
}
