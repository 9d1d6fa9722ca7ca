import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { createTransport, type Transporter } from 'nodemailer';

import { eventually } from './eventually';
import { Mailbox } from './mailbox';
import { freePort } from './service-process';

const infraModule = pathToFileURL(path.resolve(__dirname, '..', '..', '..', 'tools', 'infra', 'infra.mjs')).href;

/**
 * A Mailpit of this spec's own (its ports, a temporary database), started as tools/infra starts the
 * profiles' ones: the same cached binary, built first if need be, with the same flags.
 */
async function startOwnMailpit(dir: string): Promise<{ child: ChildProcess; smtpPort: number; apiUrl: string }> {
  const [smtpPort, mailApiPort] = [await freePort(), await freePort()];
  const database = path.join(dir, 'mailpit.db');
  const script = `
    import { mailpitArgs, provisionMailpit, settings } from ${JSON.stringify(infraModule)};
    const s = settings('test');
    await provisionMailpit(s);
    console.log(JSON.stringify([s.mailpitBin, ...mailpitArgs(${JSON.stringify({ smtpPort, mailApiPort, database })})]));
  `;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  const [bin, ...args] = JSON.parse(output.trim().split('\n').pop() as string) as string[];
  const child = spawn(bin, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  const apiUrl = `http://127.0.0.1:${mailApiPort}`;
  await eventually(async () => (await fetch(`${apiUrl}/readyz`).catch(() => undefined))?.status === 200, {
    timeoutMs: 30_000,
    what: 'the spec’s Mailpit ready',
  });
  return { child, smtpPort, apiUrl };
}

describe('Mailbox, on a Mailpit of its own', () => {
  let dir: string;
  let mailpit: Awaited<ReturnType<typeof startOwnMailpit>>;
  let smtp: Transporter;
  let sut: Mailbox;

  const send = (to: string, messageId: string, subject = 'Votre candidature est déposée') =>
    smtp.sendMail({
      from: 'Pollen <no-reply@pollen.localhost>',
      to,
      subject,
      messageId: `<${messageId}>`,
      text: 'Bonjour Léa, votre candidature est déposée.',
      html: '<p>Bonjour Léa, votre candidature est <strong>déposée</strong>.</p>',
    });

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pollen-mailbox-'));
    mailpit = await startOwnMailpit(dir);
    // As the notifications service connects: SMTP_URL, here with a login the local Mailpit accepts.
    smtp = createTransport(`smtp://pollen:secret@127.0.0.1:${mailpit.smtpPort}`);
    sut = new Mailbox(`${mailpit.apiUrl}/`);
  }, 180_000);

  afterAll(async () => {
    smtp?.close();
    if (mailpit && mailpit.child.exitCode === null) {
      const exited = new Promise((resolve) => mailpit.child.once('exit', resolve));
      mailpit.child.kill('SIGTERM');
      await exited;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('finds a mail by its Message-ID and reads its text, HTML and headers', async () => {
    const messageId = `${randomUUID()}@pollen.localhost`;
    await send('lea@example.org', messageId);

    const [found, ...others] = await sut.waitFor(`message-id:${messageId}`);

    expect(others).toEqual([]);
    expect(found).toMatchObject({
      messageId,
      subject: 'Votre candidature est déposée',
      from: 'no-reply@pollen.localhost',
      to: ['lea@example.org'],
    });
    expect(Math.abs(found.created.getTime() - Date.now())).toBeLessThan(60_000);
    const mail = await sut.get(found.id);
    expect(mail.messageId).toBe(messageId);
    expect(mail.text.trim()).toBe('Bonjour Léa, votre candidature est déposée.');
    expect(mail.html).toContain('<strong>déposée</strong>');
    expect(mail.headers['Message-Id']).toEqual([`<${messageId}>`]);
    expect(mail.headers['From']).toEqual(['Pollen <no-reply@pollen.localhost>']);
  });

  it('waits for several mails matching a predicate, newest first, the same Message-ID twice included', async () => {
    const to = `${randomUUID()}@example.org`;
    const messageId = `${randomUUID()}@pollen.localhost`;
    await send(to, messageId, 'first');
    await new Promise((resolve) => setTimeout(resolve, 20)); // Mailpit orders by received time, in ms
    await send(to, messageId, 'again');

    const found = await sut.waitFor((mail) => mail.to.includes(to), { count: 2 });

    expect(found.map((mail) => [mail.subject, mail.messageId])).toEqual([
      ['again', messageId],
      ['first', messageId],
    ]);
    expect((await sut.search(`to:${to}`)).map((mail) => mail.subject)).toEqual(['again', 'first']);
  });

  it('says how many it found when too few came in time', async () => {
    await expect(sut.waitFor(`to:${randomUUID()}@example.org`, { timeoutMs: 300 })).rejects.toThrow(
      /1 mail\(s\) matching "to:.*" not met within 300 ms: 0 so far/,
    );
  });

  it('makes the SMTP server refuse recipients, then accept them again', async () => {
    await sut.setSmtpFaults({ recipient: { errorCode: 451 } });
    try {
      await expect(send('lea@example.org', `${randomUUID()}@pollen.localhost`)).rejects.toMatchObject({
        responseCode: 451,
      });
    } finally {
      await sut.setSmtpFaults({});
    }
    const messageId = `${randomUUID()}@pollen.localhost`;
    await send('lea@example.org', messageId);
    expect(await sut.waitFor(`message-id:${messageId}`)).toHaveLength(1);
  });

  it('clears the whole mailbox', async () => {
    await send('lea@example.org', `${randomUUID()}@pollen.localhost`);
    await sut.waitFor(() => true);

    await sut.clear();

    expect(await sut.list()).toEqual([]);
  });
});
