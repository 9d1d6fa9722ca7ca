import { spawnSync } from 'node:child_process';
import path from 'node:path';
import {
  ApplicationEventTypes,
  type ApplicationView,
  type EventEnvelope,
  type FieldError,
  Topics,
} from '@pollen/contracts';
import {
  eventually,
  infrastructure,
  KafkaProbe,
  ServiceProcess,
  testInfrastructure,
  uniqueName,
} from '@pollen/testing';

const PROBLEM = /^application\/problem\+json/;

type Problem = { status: number; detail: string; errors?: FieldError[]; [extension: string]: unknown };
const json = async <T>(response: Response): Promise<T> => (await response.json()) as T;

/**
 * The first vertical slice, end to end: the built gateway and applications services as real
 * processes, the real broker, the real database, and faults injected into each.
 */
describe('draft applications, end to end', () => {
  let gateway: ServiceProcess;
  let applications: ServiceProcess;
  let probe: KafkaProbe;

  let token: string;
  const api = (path: string, init: RequestInit = {}) =>
    fetch(`${gateway.url}${path}`, {
      ...init,
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, ...init.headers },
    });
  const newDraft = (siren = '732829320') => ({
    programmeId: uniqueName('programme'),
    organisation: { name: 'Les Jardins de Cocagne', siren, legalForm: 'association', region: 'FR-BFC' },
    project: { title: 'Maraîchage d’insertion', impactAreas: ['inclusion', 'food-waste'], stage: 'growth' },
  });
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    api('/v1/applications', { method: 'POST', body: JSON.stringify(body), headers });

  beforeAll(async () => {
    const { kafkaBrokers, mongoUri } = testInfrastructure();
    const common = {
      KAFKA_BROKERS: kafkaBrokers.join(','),
      MONGODB_URI: mongoUri,
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
    };
    applications = await ServiceProcess.start('applications', {
      ...common,
      MONGODB_DATABASE: uniqueName('e2e-applications'),
    });
    gateway = await ServiceProcess.start('gateway', {
      ...common,
      MONGODB_DATABASE: uniqueName('e2e-gateway'),
      REQUEST_TIMEOUT_MS: '3000',
    });
    probe = new KafkaProbe();
    await probe.listen([Topics.applicationEvents.name]);
    token = await signUp();
  });

  /** Registers an applicant through the API and returns an access token. */
  async function signUp(): Promise<string> {
    const credentials = { email: `${uniqueName('applicant')}@example.org`, password: 'a long enough password' };
    const registered = await api('/v1/auth/register', {
      method: 'POST',
      body: JSON.stringify({ ...credentials, role: 'applicant', displayName: 'Léa Dubois', locale: 'fr' }),
    });
    expect(registered.status).toBe(201);
    const session = await api('/v1/auth/login', { method: 'POST', body: JSON.stringify(credentials) });
    return (await json<{ accessToken: string }>(session)).accessToken;
  }

  afterAll(async () => {
    await probe?.close();
    await gateway?.stop();
    await applications?.stop();
  });

  it('creates a draft and reads it back', async () => {
    const created = await post(newDraft());
    expect(created.status).toBe(201);
    const body = await json<ApplicationView>(created);
    expect(body).toMatchObject({ status: 'draft', version: 1, organisation: { name: 'Les Jardins de Cocagne' } });
    expect(created.headers.get('location')).toBe(`/v1/applications/${body.id}`);
    expect(created.headers.get('etag')).toBe('"1"');

    const read = await api(created.headers.get('location') as string);
    expect(read.status).toBe(200);
    expect(await json<ApplicationView>(read)).toEqual(body);
  });

  it('publishes application.drafted, carrying the HTTP correlation id into Kafka and every log', async () => {
    const correlationId = uniqueName('corr-e2e');
    const created = await post(newDraft('552100554'), { 'X-Correlation-Id': correlationId });
    const { id } = await json<ApplicationView>(created);

    const message = await probe.waitFor((m) => m.key === id);
    const event = JSON.parse(message.value) as EventEnvelope;
    expect(event).toMatchObject({
      type: ApplicationEventTypes.drafted,
      subject: id,
      aggregateVersion: 1,
      correlationId,
    });
    await eventually(() => gateway.logs().includes(correlationId) && applications.logs().includes(correlationId), {
      what: 'correlation id in both services’ logs',
    });
  });

  it('refuses a malformed body with 400 problem+json and stores nothing', async () => {
    const response = await post({ programmeId: 'p', organisation: { name: 'x', siren: '123' } });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(PROBLEM);
    expect((await json<Problem>(response)).errors).toEqual([
      expect.objectContaining({ field: 'organisation.siren', code: 'isSiren' }),
    ]);
  });

  it('answers 404 problem+json for an unknown id', async () => {
    const response = await api('/v1/applications/00000000-0000-4000-8000-000000000000');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(PROBLEM);
  });

  it('refuses a second active draft for the same programme and SIREN with 409, pointing to the first', async () => {
    const draft = newDraft('123456782');
    const first = await json<ApplicationView>(await post(draft));
    const second = await post(draft);
    expect(second.status).toBe(409);
    expect(second.headers.get('content-type')).toMatch(PROBLEM);
    expect(await json<Problem>(second)).toMatchObject({ status: 409, existingApplicationId: first.id });
  });

  it('reports not ready while the database is down, and serves again once it is back', async () => {
    infrastructure('stop', 'ferretdb');
    try {
      await gateway.waitUntil(503, 20_000);
      await applications.waitUntil(503, 20_000);
      const report = await json<{ checks: Record<string, { ok: boolean }> }>(
        await fetch(`${gateway.url}/health/ready`),
      );
      expect(report.checks.mongodb.ok).toBe(false);
    } finally {
      infrastructure('start', 'ferretdb');
    }
    await gateway.waitUntil(200);
    await applications.waitUntil(200);
    expect((await post(newDraft('356000000'))).status).toBe(201);
  });

  it('answers 503 with Retry-After while the applications service is dead, and loses nothing once it is back', async () => {
    await applications.kill();
    const refused = await post(newDraft('732829320'));
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('2');
    expect(refused.headers.get('content-type')).toMatch(PROBLEM);

    await applications.restart();
    const accepted = await post(newDraft('732829320'));
    expect(accepted.status).toBe(201);
    const { id } = await json<ApplicationView>(accepted);
    expect((await api(`/v1/applications/${id}`)).status).toBe(200);
  });

  it('refuses to start on a bad configuration value, naming the variable', async () => {
    const result = spawnSync(
      process.execPath,
      [path.join(__dirname, '..', '..', '..', 'dist', 'apps', 'gateway', 'main.js')],
      {
        env: { ...process.env, KAFKA_BROKERS: 'not a broker list', MONGODB_URI: 'postgres://nope', PORT: '0' },
        encoding: 'utf8',
        timeout: 30_000,
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('KAFKA_BROKERS');
    expect(result.stderr).toContain('MONGODB_URI');
  });
});
