import { uniqueName } from '@pollen/testing';

import type { ChaosClient, Reply } from './chaos-client';
import { completeDraft, freshSiren } from './chaos-platform';

const FINAL = ['eligible', 'ineligible'];
const SUBMITTED = ['submitted', ...FINAL];

/** One submission: a new applicant, a complete draft, submitted. */
export interface Submission {
  n: number;
  siren: string;
  expected: 'eligible' | 'ineligible';
  startedAt: number;
  phase: string;
  token?: string;
  /** The applicant's address: their e-mails are counted by Message-ID. */
  email?: string;
  applicationId?: string;
  /** accepted: a 202, or a retried submit refused 409 not-draft whose application reads as submitted. */
  outcome?: 'accepted' | 'abandoned' | 'error';
  acceptedVia?: '202' | '409 not-draft';
  acceptedAt?: number;
  /** The draft was created by an earlier attempt whose answer was lost: 409 duplicate-active. */
  draftViaConflict?: boolean;
  /** Why it was abandoned or errored: the step and its last answer. */
  problem?: string;
}

const describe = (step: string, reply: Reply) =>
  `${step} → ${reply.status} ${JSON.stringify(reply.body).slice(0, 300)}`;

/** Runs one submission through the gateway, retrying 503s with the same request as a client would. */
export async function runSubmission(
  client: ChaosClient,
  submission: Submission,
  programmeId: string,
  giveUpS: number,
): Promise<Submission> {
  const giveUpAt = submission.startedAt + giveUpS * 1000;
  const stop = (step: string, reply: Reply): Submission => ({
    ...submission,
    outcome: reply.status === 503 || reply.status === 0 ? 'abandoned' : 'error',
    problem: describe(step, reply),
  });

  const credentials = { email: `${uniqueName('chaos')}@example.org`, password: 'a long enough password' };
  const registered = await client.retrying('POST', '/v1/auth/register', 'POST /v1/auth/register', {
    body: { ...credentials, role: 'applicant', displayName: 'Léa Dubois', locale: 'fr' },
    giveUpAt,
  });
  // 409 email-taken after a retry: the first attempt created the account, its answer was lost.
  const accountExists =
    registered.status === 201 ||
    (registered.status === 409 && registered.body['code'] === 'account.email-taken' && registered.attempts > 1);
  if (!accountExists) return stop('register', registered);

  const session = await client.retrying('POST', '/v1/auth/login', 'POST /v1/auth/login', {
    body: credentials,
    giveUpAt,
  });
  if (session.status !== 200) return stop('login', session);
  const token = String(session.body['accessToken']);
  submission.token = token;
  submission.email = credentials.email;

  const draft = await client.retrying('POST', '/v1/applications', 'POST /v1/applications', {
    token,
    body: completeDraft(programmeId, submission.siren, submission.expected === 'eligible'),
    giveUpAt,
  });
  if (draft.status === 201) submission.applicationId = String(draft.body['id']);
  else if (draft.status === 409 && draft.body['code'] === 'application.duplicate-active' && draft.attempts > 1) {
    submission.applicationId = String(draft.body['existingApplicationId']);
    submission.draftViaConflict = true;
  } else return stop('draft', draft);

  const id = submission.applicationId;
  const submitted = await client.retrying('POST', `/v1/applications/${id}/submit`, 'POST /v1/applications/:id/submit', {
    token,
    giveUpAt,
  });
  if (submitted.status === 202)
    return { ...submission, outcome: 'accepted', acceptedVia: '202', acceptedAt: Date.now() };
  if (submitted.status === 409 && submitted.body['code'] === 'application.not-draft' && submitted.attempts > 1) {
    // An earlier attempt went through and its answer was lost: read the application back.
    const read = await client.retrying('GET', `/v1/applications/${id}`, 'GET /v1/applications/:id', {
      token,
      giveUpAt: Date.now() + giveUpS * 1000,
    });
    if (read.status === 200 && SUBMITTED.includes(String(read.body['status'])))
      return { ...submission, outcome: 'accepted', acceptedVia: '409 not-draft', acceptedAt: Date.now() };
    return stop('submit (409 not-draft, then read)', read);
  }
  return stop('submit', submitted);
}

/**
 * Starts submissions at a steady pace over the fault timeline (one every `intervalMs`, at most
 * `maxInFlight` at once); `finish()` starts the rest at once, then waits for every one to end.
 */
export class Load {
  readonly submissions: Submission[] = [];
  private readonly running = new Set<Promise<void>>();
  private readonly sirens = new Set<string>();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly client: ChaosClient,
    private readonly programmeId: string,
    private readonly target: number,
    private readonly maxInFlight: number,
    private readonly giveUpS: number,
  ) {}

  /**
   * One submission every `intervalMs` of the planned timeline (`progressMs`): a fault that takes
   * longer than planned does not use up the submissions meant for the next one. A submission that
   * could not start while `maxInFlight` were stuck starts as soon as a slot frees.
   */
  start(intervalMs: number, progressMs: () => number): void {
    this.timer = setInterval(() => {
      const due = Math.min(this.target, Math.floor(progressMs() / intervalMs) + 1);
      while (this.submissions.length < due && this.running.size < this.maxInFlight) this.launch();
    }, 100);
  }

  /** Stops the pacing, starts what is left of the target, and waits until every submission ended. */
  async finish(): Promise<Submission[]> {
    clearInterval(this.timer);
    while (this.submissions.length < this.target) {
      while (this.running.size >= this.maxInFlight) await Promise.race(this.running);
      this.launch();
    }
    while (this.running.size > 0) await Promise.all([...this.running]);
    return this.submissions;
  }

  private launch(): void {
    const n = this.submissions.length;
    const submission: Submission = {
      n,
      siren: freshSiren(this.sirens),
      // One in four is ineligible: screening answers both ways under faults.
      expected: n % 4 === 3 ? 'ineligible' : 'eligible',
      startedAt: Date.now(),
      phase: this.client.phase,
    };
    this.submissions.push(submission);
    const run = runSubmission(this.client, submission, this.programmeId, this.giveUpS)
      .catch((error: Error): Submission => ({ ...submission, outcome: 'error', problem: `threw ${error.message}` }))
      .then((done) => void (this.submissions[n] = done))
      .finally(() => this.running.delete(run));
    this.running.add(run);
  }
}

export const isFinal = (status: unknown) => FINAL.includes(String(status));
