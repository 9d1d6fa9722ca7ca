import type { INestApplication } from '@nestjs/common';
import { DomainException, ErrorCode } from '@pollen/contracts';
import type request from 'supertest';

import { PROBLEM, startControllers } from '../../test/controllers.harness';
import { anApplicationView, type CannedServiceClient } from '../../test/fakes/canned-service.client';
import type { InMemoryIdempotencyStore } from '../../test/fakes/in-memory-idempotency.store';

const draft = {
  programmeId: '7d0f5a3e-8a2b-4c1d-9e6f-0a1b2c3d4e5f',
  organisation: { name: 'La Cyclofficine', siren: '732829320' },
};

/** Issue 10, item 4: a POST or PATCH retried with its Idempotency-Key is answered once. */
describe('Idempotency-Key', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let services: CannedServiceClient;
  let idempotency: InMemoryIdempotencyStore;
  let applicant: string;
  let other: string;

  beforeAll(async () => {
    const controllers = await startControllers();
    ({ app, http, services, idempotency } = controllers);
    applicant = await controllers.tokenFor('applicant', 'applicant-1');
    other = await controllers.tokenFor('applicant', 'applicant-2');
  });

  afterAll(() => app?.close());
  beforeEach(() => services.reset());

  const createDraft = (key: string | undefined, body: object = draft, token = applicant) => {
    const call = http.post('/v1/applications').set('Authorization', `Bearer ${token}`).send(body);
    return key === undefined ? call : call.set('Idempotency-Key', key);
  };
  const answerWithTheAskedId = () =>
    services.answer('applications.create-draft', (call) => anApplicationView({ id: call.subject }));

  it('answers a retry with the first answer (status, body, Location, ETag) without asking again', async () => {
    answerWithTheAskedId();
    const first = await createDraft('draft-001');
    const retry = await createDraft('draft-001');

    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['location']).toBe(first.headers['location']);
    expect(retry.headers['etag']).toBe(first.headers['etag']);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(services.calls).toHaveLength(1);
  });

  it('names the new aggregate from the account and the key, so a retry after a lost answer finds the first one', async () => {
    answerWithTheAskedId();
    await createDraft('draft-002').expect(201);
    const sameKeyOtherAccount = await createDraft('draft-002', draft, other).expect(201);
    const noKey = await createDraft(undefined).expect(201);
    const noKeyAgain = await createDraft(undefined).expect(201);

    const [mine, theirs] = services.calls.map((call) => call.subject);
    expect(mine).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-/); // a UUIDv5
    expect(theirs).not.toBe(mine); // keys are scoped to the account
    expect(sameKeyOtherAccount.body.id).toBe(theirs);
    expect(noKey.body.id).not.toBe(noKeyAgain.body.id);
  });

  it('refuses the key with another body: 422 idempotency.key-reused', async () => {
    answerWithTheAskedId();
    await createDraft('draft-003').expect(201);
    const reused = await createDraft('draft-003', { ...draft, organisation: { ...draft.organisation, name: 'Autre' } });
    expect(reused.status).toBe(422);
    expect(reused.headers['content-type']).toMatch(PROBLEM);
    expect(reused.body.code).toBe('idempotency.key-reused');
    expect(services.calls).toHaveLength(1);
  });

  it('answers 409 idempotency.in-progress with Retry-After while the first request runs', async () => {
    let finish: () => void = () => undefined;
    const running = new Promise<void>((resolve) => (finish = resolve));
    services.answer('applications.create-draft', async (call) => {
      await running;
      return anApplicationView({ id: call.subject });
    });
    const first = createDraft('draft-004').then((response) => response);
    await new Promise((resolve) => setTimeout(resolve, 100));

    const meanwhile = await createDraft('draft-004');
    expect(meanwhile.status).toBe(409);
    expect(meanwhile.body.code).toBe('idempotency.in-progress');
    expect(meanwhile.headers['retry-after']).toBe('1');

    finish();
    expect((await first).status).toBe(201);
    expect((await createDraft('draft-004')).headers['idempotent-replayed']).toBe('true');
  });

  it('keeps a 4xx answer, but not a 503: the retry of an outage runs again', async () => {
    services.fail('applications.create-draft', new DomainException('programme.closed', 'closed'));
    const refused = await createDraft('draft-005');
    expect((await createDraft('draft-005')).body).toEqual(refused.body);
    expect(services.calls).toHaveLength(1);

    services.fail('applications.create-draft', new DomainException(ErrorCode.Unavailable, 'down'));
    await createDraft('draft-006').expect(503);
    answerWithTheAskedId();
    await createDraft('draft-006').expect(201);
    expect(services.calls).toHaveLength(3);
    // The retry is the same request to the service: the same new id, the same request id.
    const [failed, retried] = services.calls.slice(1);
    expect(retried.subject).toBe(failed.subject);
    expect(retried.id).toBeDefined();
    expect(retried.id).toBe(failed.id);
  });

  it('sends a 503 without waiting for its claim to be released (a database just restarted may hang)', async () => {
    services.fail('applications.create-draft', new DomainException(ErrorCode.Unavailable, 'down'));
    const release = jest.spyOn(idempotency, 'release').mockReturnValue(new Promise<void>(() => undefined));
    try {
      const started = Date.now();
      await createDraft('draft-008').expect(503);
      // Waiting for the release would take the whole 500 ms an answer may wait to be kept.
      expect(Date.now() - started).toBeLessThan(450);
      expect(release).toHaveBeenCalledTimes(1);
    } finally {
      release.mockRestore();
    }
  });

  it.each(['', 'a'.repeat(65), 'not a key', 'clé'])('refuses the key %j: 400 idempotency.key-invalid', async (key) => {
    const response = await createDraft(key);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('idempotency.key-invalid');
    expect(services.calls).toHaveLength(0);
  });

  it('names another request when a key comes back with another body after its record was swept', async () => {
    answerWithTheAskedId();
    await createDraft('draft-007').expect(201);
    await idempotency.sweep(new Date(Date.now() + 1000));
    await createDraft('draft-007', { ...draft, organisation: { ...draft.organisation, name: 'Autre' } }).expect(201);
    const [first, second] = services.calls;
    expect(second.subject).not.toBe(first.subject);
    expect(second.id).not.toBe(first.id);
  });
});
