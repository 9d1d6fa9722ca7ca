// `npm run bench -- mail`: e-mail through the notifications service as built — events on Kafka to
// mail received by the SMTP server (Mailpit) — beside the floor measured in the same run: the same
// number of mails sent straight to the same server with nodemailer, as many at once.
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(path.join(root, 'package.json'));
const { Kafka, logLevel } = require('kafkajs');
const nodemailer = require('nodemailer');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The mails Mailpit received for `domain`, with when it received each. */
async function received(mailApiUrl, domain) {
  const response = await fetch(`${mailApiUrl}/api/v1/search?query=${encodeURIComponent(`to:@${domain}`)}&limit=5000`);
  const { messages } = await response.json();
  return messages.map((message) => ({ to: message.To[0].Address, at: Date.parse(message.Created) }));
}

async function waitForAll(mailApiUrl, domain, count, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = await received(mailApiUrl, domain);
    if (mails.length >= count || Date.now() > deadline) return mails;
    await sleep(200);
  }
}

/** Latency of each mail from its start to its reception, and the whole batch's rate. */
function measured(name, startedAt, mails, row) {
  const latencies = mails.map((mail) => mail.at - startedAt.get(mail.to)).sort((a, b) => a - b);
  const seconds = (Math.max(...mails.map((mail) => mail.at)) - Math.min(...startedAt.values())) / 1000;
  return row(name, { latencies, seconds });
}

const event = (type, subject, data) => ({
  id: randomUUID(),
  type,
  version: 1,
  occurredAt: new Date().toISOString(),
  source: 'gateway',
  subject,
  aggregateVersion: type === 'account.registered' ? 1 : 2,
  correlationId: randomUUID(),
  data,
});

export async function mailBench({ infrastructure, startService, row, rssMiB }) {
  const count = Number(process.env.BENCH_MAIL_SAMPLES ?? 200);
  const { brokers, common, mailApiUrl } = await infrastructure();
  const run = randomUUID().slice(0, 8);

  // The floor: nodemailer to the same SMTP server, one pooled transport, every mail at once.
  const floorDomain = `floor-${run}.example`;
  const transport = nodemailer.createTransport({ url: common.SMTP_URL, pool: true, maxConnections: 2 });
  const floorStarts = new Map();
  await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const to = `p${i}@${floorDomain}`;
      floorStarts.set(to, Date.now());
      await transport.sendMail({
        from: 'bench@pollen.localhost',
        to,
        subject: 'Floor',
        text: 'floor',
        html: '<p>floor</p>',
      });
    }),
  );
  transport.close();
  const floor = measured(
    'nodemailer → SMTP server (floor)',
    floorStarts,
    await waitForAll(mailApiUrl, floorDomain, count, 60_000),
    row,
  );

  // The platform: each account's contact, then its account.registered; the welcome mail is timed
  // from the moment its event was produced.
  const notifications = await startService('notifications', {
    ...common,
    MONGODB_DATABASE: `bench-notifications-${run}`,
  });
  const kafka = new Kafka({ clientId: `bench-mail-${run}`, brokers: brokers.split(','), logLevel: logLevel.NOTHING });
  const producer = kafka.producer();
  await producer.connect();
  const domain = `welcome-${run}.example`;
  const accounts = Array.from({ length: count }, (_, i) => ({ id: randomUUID(), email: `w${i}@${domain}` }));
  try {
    await producer.send({
      topic: 'pollen.gateway.account-contacts.v1',
      messages: accounts.map(({ id, email }) => ({
        key: id,
        value: JSON.stringify(
          event('account.contact-changed', id, {
            accountId: id,
            email,
            displayName: 'Léa Dubois',
            locale: 'fr',
            role: 'applicant',
          }),
        ),
      })),
    });
    const starts = new Map();
    const registered = accounts.map(({ id, email }) => {
      starts.set(email, Date.now());
      return {
        key: id,
        value: JSON.stringify(
          event('account.registered', id, {
            accountId: id,
            role: 'applicant',
            displayName: 'Léa Dubois',
            locale: 'fr',
          }),
        ),
      };
    });
    await producer.send({ topic: 'pollen.gateway.account-events.v1', messages: registered });
    const mails = await waitForAll(mailApiUrl, domain, count, 180_000);
    if (mails.length < count) throw new Error(`only ${mails.length} of ${count} welcome mails arrived`);
    const platform = measured('account.registered → welcome e-mail received', starts, mails, row);
    console.log(`\nPollen e-mail benchmark — ${count} mails each, all at once, ${new Date().toISOString()}`);
    console.table([floor, platform]);
    console.table([
      { process: 'notifications', 'RSS after the run': `${rssMiB(notifications.child.pid).toFixed(0)} MiB` },
    ]);
  } finally {
    await producer.disconnect().catch(() => undefined);
    notifications.child.kill('SIGTERM');
    await sleep(1000);
  }
}
