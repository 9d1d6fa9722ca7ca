import { spawn } from 'node:child_process';
import path from 'node:path';

import { type DeadLetterPageView, type DeadLetterView, type NotificationListView, Topics } from '@pollen/contracts';
import { eventually, KafkaProbe } from '@pollen/testing';

import { aMissedNotice } from './missed-notice';
import { json, Platform, PROBLEM } from './platform';

/**
 * An operator's dead letters, end to end: a message notifications could not process is kept by
 * the operations service, listed through the gateway, replayed by the service that dead-lettered
 * it, and the outcome is recorded; the applicant then gets the notification they had missed.
 */
describe('dead letters, end to end', () => {
  let platform: Platform;
  let probe: KafkaProbe;
  let operator: string;

  beforeAll(async () => {
    platform = await Platform.start(['notifications', 'operations']);
    probe = new KafkaProbe();
    operator = await platform.operator();
  });

  afterAll(async () => {
    await probe?.close();
    await platform?.stop();
  });

  const ops = (path: string, init: { method?: string } = {}) =>
    platform.call(`/v1/ops/dead-letters${path}`, { token: operator, ...init });

  it('lists a dead letter, replays it through its own consumer, and records that it was applied', async () => {
    const { token: applicant, event } = await aMissedNotice(platform, probe);
    const topic = Topics.applicationEvents;

    const listed = await eventually(
      async () => {
        const page = await json<DeadLetterPageView>(await ops(`?topic=${encodeURIComponent(topic.name)}&state=open`));
        return page.items.find((letter) => letter.key === event.subject);
      },
      { what: 'the dead letter listed by the gateway' },
    );
    expect(listed).toMatchObject({
      consumer: 'notifications',
      kind: 'event',
      type: 'application.drafted',
      state: 'open',
    });

    const replay = await ops(`/${encodeURIComponent(listed.id)}/replay`, { method: 'POST' });
    expect(replay.status).toBe(202);

    const replayed = await eventually(
      async () => {
        const letter = await json<DeadLetterView>(await ops(`/${encodeURIComponent(listed.id)}`));
        return letter.state === 'replayed' ? letter : undefined;
      },
      { what: 'the replay outcome recorded' },
    );
    expect(replayed.replays.at(-1)).toMatchObject({ outcome: 'applied' });
    const inbox = await json<NotificationListView>(await platform.call('/v1/me/notifications', { token: applicant }));
    expect(inbox.items.map((item) => item.subject)).toContain(event.subject);
  });

  it('refuses to replay a request, whose caller was answered long ago, and an unknown id; applicants see nothing', async () => {
    const requests = Topics.applicationRequests;
    const key = `request-${Date.now()}`;
    await probe.sendDeadLetter(requests, 'applications', {
      key,
      value: JSON.stringify({ id: key, type: 'applications.get', subject: key, data: {} }),
      type: 'applications.get',
      reason: 'malformed',
      error: 'invalid request envelope: deadline',
    });
    const expired = await eventually(
      async () => {
        const page = await json<DeadLetterPageView>(await ops(`?topic=${encodeURIComponent(requests.name)}`));
        return page.items.find((letter) => letter.key === key);
      },
      { what: 'the request dead letter listed' },
    );
    expect(expired).toMatchObject({ kind: 'request', state: 'expired' });
    const refused = await ops(`/${encodeURIComponent(expired.id)}/replay`, { method: 'POST' });
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ code: 'dead-letter.not-replayable' });

    const unknown = await ops(`/${encodeURIComponent('pollen.nothing.dlt:0:1')}/replay`, { method: 'POST' });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toMatch(PROBLEM);
    expect(await unknown.json()).toMatchObject({ code: 'dead-letter.not-found' });

    const applicant = await platform.signUp();
    expect((await platform.call('/v1/ops/dead-letters', { token: applicant })).status).toBe(403);
  });

  it('offers the same to operators on the command line, with exit codes a script can act on', async () => {
    const cli = (...args: string[]) =>
      new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
        const script = path.join(__dirname, '..', '..', '..', 'tools', 'ops', 'ops.mjs');
        const child = spawn(process.execPath, [script, ...args], {
          env: { ...process.env, POLLEN_API: platform.gateway.url },
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('close', (status) => resolve({ status, stdout, stderr }));
      });

    const listed = await cli('dead-letters', 'list', '--state', 'replayed');
    expect(listed).toMatchObject({ status: 0, stdout: expect.stringMatching(/^id\s+state/) });
    expect(listed.stdout).toContain('application.drafted');
    const refused = await cli('dead-letters', 'replay', 'pollen.nothing.dlt:0:1');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/404 dead-letter\.not-found/);
    expect((await cli('dead-letters')).status).toBe(2);
    expect((await cli('dead-letters', 'list', '--colour', 'red')).status).toBe(2);
  });
});
