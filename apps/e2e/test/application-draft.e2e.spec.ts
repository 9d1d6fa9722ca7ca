import { spawnSync } from 'node:child_process';
import path from 'node:path';

import { type ApplicationView, type EventEnvelope, Topics } from '@pollen/contracts';
import { eventually, infrastructure, KafkaProbe, uniqueName } from '@pollen/testing';

import { json, Platform, PROBLEM, type Problem } from './platform';

/**
 * The first vertical slice, end to end: the built gateway and applications services as real
 * processes, the real broker, the real database, and faults injected into each.
 */
describe('draft applications, end to end', () => {
  let platform: Platform;
  let probe: KafkaProbe;
  let token: string;
  let programmeId: string;

  const newDraft = (siren = '732829320') => ({
    programmeId,
    organisation: { name: 'Les Jardins de Cocagne', siren, legalForm: 'association', region: 'FR-BFC' },
    project: { title: 'Maraîchage d’insertion', impactAreas: ['inclusion', 'food-waste'], stage: 'growth' },
  });
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    platform.call('/v1/applications', { method: 'POST', token, body, headers });

  beforeAll(async () => {
    platform = await Platform.start();
    probe = new KafkaProbe();
    await probe.listen([Topics.applicationEvents.name]);
    token = await platform.signUp();
    programmeId = (await platform.createProgramme(await platform.operator())).id;
  });

  afterAll(async () => {
    await probe?.close();
    await platform?.stop();
  });

  it('creates a draft and reads it back', async () => {
    const created = await post(newDraft());
    expect(created.status).toBe(201);
    const body = await json<ApplicationView>(created);
    expect(body).toMatchObject({ status: 'draft', version: 1, organisation: { name: 'Les Jardins de Cocagne' } });
    expect(created.headers.get('location')).toBe(`/v1/applications/${body.id}`);
    expect(created.headers.get('etag')).toBe('"1"');

    const read = await platform.call(created.headers.get('location') as string, { token });
    expect(read.status).toBe(200);
    expect(await json<ApplicationView>(read)).toEqual(body);
  });

  it('publishes application.drafted, carrying the HTTP correlation id into Kafka and every log', async () => {
    const correlationId = uniqueName('corr-e2e');
    const { id } = await json<ApplicationView>(
      await post(newDraft('552100554'), { 'X-Correlation-Id': correlationId }),
    );

    const message = await probe.waitFor((m) => m.key === id);
    const event = JSON.parse(message.value) as EventEnvelope;
    expect(event).toMatchObject({
      type: 'application.drafted',
      subject: id,
      aggregateVersion: 1,
      correlationId,
    });
    await eventually(
      () => platform.gateway.logs().includes(correlationId) && platform.applications.logs().includes(correlationId),
      { what: 'correlation id in both services’ logs' },
    );
  });

  it('refuses a malformed body with 400 problem+json and stores nothing', async () => {
    const response = await post({ programmeId, organisation: { name: 'x', siren: '123' } });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(PROBLEM);
    expect((await json<Problem>(response)).errors).toEqual([
      expect.objectContaining({ field: 'organisation.siren', code: 'isSiren' }),
    ]);
  });

  it('answers 404 problem+json for an unknown id', async () => {
    const response = await platform.call('/v1/applications/00000000-0000-4000-8000-000000000000', { token });
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
      await platform.gateway.waitUntil(503, 20_000);
      await platform.applications.waitUntil(503, 20_000);
      const report = await json<{ checks: Record<string, { ok: boolean }> }>(
        await fetch(`${platform.gateway.managementUrl}/health/ready`),
      );
      expect(report.checks['mongodb'].ok).toBe(false);
    } finally {
      infrastructure('start', 'ferretdb');
    }
    await platform.gateway.waitUntil(200);
    await platform.applications.waitUntil(200);
    expect((await post(newDraft('356000000'))).status).toBe(201);
  });

  it('answers 503 with Retry-After while the applications service is dead, and loses nothing once it is back', async () => {
    await platform.applications.kill();
    const refused = await post(newDraft('987654324'));
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('2');
    expect(refused.headers.get('content-type')).toMatch(PROBLEM);

    await platform.applications.restart();
    // The request sent while it was dead passed its deadline: dropped, so this one is not a duplicate.
    const accepted = await post(newDraft('987654324'));
    expect(accepted.status).toBe(201);
    const { id } = await json<ApplicationView>(accepted);
    expect((await platform.call(`/v1/applications/${id}`, { token })).status).toBe(200);
  });

  it('refuses to start on a bad configuration value, naming the variable', () => {
    const main = path.join(__dirname, '..', '..', '..', 'dist', 'apps', 'gateway', 'main.js');
    const result = spawnSync(process.execPath, [main], {
      env: { ...process.env, KAFKA_BROKERS: 'not a broker list', MONGODB_URI: 'postgres://nope', PORT: '0' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('KAFKA_BROKERS');
    expect(result.stderr).toContain('MONGODB_URI');
  });
});
