// `npm run bench -- webhooks`: signed webhook calls through the notifications service as built —
// document.generated events on Kafka to calls received by a local endpoint — beside the floor
// measured in the same run: the same number of signed POSTs sent straight to the same receiver,
// each on a fresh connection as the service's client makes them, 32 at once.
import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(path.join(root, 'package.json'));
const { Kafka, logLevel } = require('kafkajs');
const { MongoClient } = require('mongodb');
const { Webhook } = require('standardwebhooks');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Calls under way at once in the floor: as many as the service's dispatcher allows. */
const FLOOR_IN_FLIGHT = 32;

/**
 * The service's own SecretBox and local default key, loaded from its TypeScript sources, so the
 * endpoint's secret is sealed exactly as a registration would seal it.
 */
function serviceSecretBox() {
  process.env.SWC_NODE_PROJECT ??= path.join(root, 'tsconfig.base.json');
  require('@swc-node/register');
  const source = (file) => require(path.join(root, 'apps', 'notifications', 'src', file));
  const { SecretBox } = source('webhooks/transport/secret-box.ts');
  const { NotificationsConfig } = source('config/notifications.config.ts');
  return new SecretBox(new NotificationsConfig().WEBHOOK_SECRETS_KEY);
}

/** An HTTP endpoint on 127.0.0.1 that answers 204 and records each webhook-id: when it arrived, and how often. */
async function receiver() {
  const calls = new Map();
  let duplicates = 0;
  const server = http.createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      const at = performance.now();
      const id = String(request.headers['webhook-id']);
      if (calls.has(id)) duplicates++;
      else calls.set(id, { at, headers: { ...request.headers }, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(204).end();
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    calls,
    duplicates: () => duplicates,
    port: server.address().port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The three Standard Webhooks headers, signed with HMAC-SHA256 as the service signs them. */
function signed(id, body, secret) {
  const seconds = String(Math.floor(Date.now() / 1000));
  const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
  const signature = createHmac('sha256', key).update(`${id}.${seconds}.${body}`).digest('base64');
  return { 'webhook-id': id, 'webhook-timestamp': seconds, 'webhook-signature': `v1,${signature}` };
}

/** One POST on a connection of its own (no agent), as the service's webhook client makes it. */
function post(port, body, headers) {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        hostname: '127.0.0.1',
        port,
        path: '/floor',
        method: 'POST',
        agent: false,
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          'user-agent': 'Pollen-Webhooks/1',
        },
      },
      (response) => {
        response.resume();
        response.on('end', () =>
          response.statusCode === 204 ? resolve() : reject(new Error(`floor call → ${response.statusCode}`)),
        );
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** Latency of each call from its start to its arrival at the receiver, and the whole batch's rate. */
function measured(name, arrivals, row) {
  const latencies = arrivals.map(({ startedAt, at }) => at - startedAt).sort((a, b) => a - b);
  const first = Math.min(...arrivals.map(({ startedAt }) => startedAt));
  const seconds = (Math.max(...arrivals.map(({ at }) => at)) - first) / 1000;
  return row(name, { latencies, seconds });
}

const event = (type, subject, data, { source, aggregateVersion }) => ({
  id: randomUUID(),
  type,
  version: 1,
  occurredAt: new Date().toISOString(),
  source,
  subject,
  aggregateVersion,
  correlationId: randomUUID(),
  data,
});

export async function webhooksBench({ infrastructure, startService, row, rssMiB }) {
  const count = Number(process.env.BENCH_WEBHOOK_SAMPLES ?? 200);
  const { brokers, common } = await infrastructure();
  const run = randomUUID().slice(0, 8);
  const endpoint = await receiver();
  const secret = `whsec_${randomBytes(32).toString('base64')}`;
  let notifications;
  let producer;
  let mongo;
  try {
    // The floor: a webhook body of about 400 bytes, signed, on a fresh connection each time.
    const floorBody = (i) =>
      JSON.stringify({
        type: 'document.ready-to-sign',
        timestamp: new Date().toISOString(),
        data: {
          documentId: randomUUID(),
          title: `Contrat de prêt participatif n° ${i} — Recyclerie de quartier, Atelier Vélo Solidaire`,
          applicationId: randomUUID(),
          note: 'x'.repeat(160),
        },
      });
    const floorStarts = new Map();
    let next = 0;
    await Promise.all(
      Array.from({ length: FLOOR_IN_FLIGHT }, async () => {
        while (next < count) {
          const id = `floor_${run}_${next++}`;
          const body = floorBody(next);
          floorStarts.set(id, performance.now());
          await post(endpoint.port, body, signed(id, body, secret));
        }
      }),
    );
    const floor = measured(
      'node:http POST, fresh connection (floor)',
      [...floorStarts].map(([id, startedAt]) => ({ startedAt, at: endpoint.calls.get(id).at })),
      row,
    );

    // The platform: one investor's endpoint, stored as a registration stores it, then N documents
    // for the investor to sign; each call is timed from the moment its event was produced.
    notifications = await startService('notifications', {
      ...common,
      MONGODB_DATABASE: `bench-notifications-${run}`,
      WEBHOOK_ALLOWED_TARGETS: `127.0.0.1:${endpoint.port}`,
      WEBHOOK_POLL_MS: '200',
    });
    const investor = { id: randomUUID(), email: `investor@webhooks-${run}.example` };
    mongo = new MongoClient(common.MONGODB_URI, { retryWrites: false });
    await mongo.connect();
    const now = new Date();
    await mongo
      .db(`bench-notifications-${run}`)
      .collection('webhook_endpoints')
      .insertOne({
        _id: randomUUID(),
        ownerId: investor.id,
        ownerRole: 'investor',
        url: `http://127.0.0.1:${endpoint.port}/webhooks/${run}`,
        events: ['document.ready-to-sign'],
        secrets: [{ sealed: serviceSecretBox().seal(secret), createdAt: now, expiresAt: null }],
        status: 'active',
        failingSince: null,
        disabledAt: null,
        createdAt: now,
        version: 0,
      });

    const kafka = new Kafka({
      clientId: `bench-webhooks-${run}`,
      brokers: brokers.split(','),
      logLevel: logLevel.NOTHING,
    });
    producer = kafka.producer();
    await producer.connect();
    await producer.send({
      topic: 'pollen.gateway.account-contacts.v1',
      messages: [
        {
          key: investor.id,
          value: JSON.stringify(
            event(
              'account.contact-changed',
              investor.id,
              {
                accountId: investor.id,
                email: investor.email,
                displayName: 'Léa Dubois',
                locale: 'fr',
                role: 'investor',
              },
              { source: 'gateway', aggregateVersion: 2 },
            ),
          ),
        },
      ],
    });
    const starts = new Map();
    const generated = Array.from({ length: count }, (_, i) => {
      const documentId = randomUUID();
      const html = `<html><body>Contrat ${i}</body></html>`;
      starts.set(documentId, performance.now());
      return {
        key: documentId,
        value: JSON.stringify(
          event(
            'document.generated',
            documentId,
            {
              documentId,
              templateKey: 'contrat-de-pret',
              templateVersion: '1.0.0',
              locale: 'fr',
              title: `Contrat de prêt n° ${i}`,
              readers: [investor.id],
              binding: true,
              files: [
                {
                  format: 'html',
                  bytes: Buffer.byteLength(html),
                  sha256: createHash('sha256').update(html).digest('hex'),
                },
              ],
            },
            { source: 'legal-templates', aggregateVersion: 1 },
          ),
        ),
      };
    });
    await producer.send({ topic: 'pollen.legal-templates.document-events.v1', messages: generated });

    const platformCalls = () => [...endpoint.calls].filter(([id]) => !id.startsWith('floor_'));
    const deadline = Date.now() + 180_000;
    while (platformCalls().length < count && Date.now() < deadline) await sleep(200);
    const calls = platformCalls();
    if (calls.length < count) throw new Error(`only ${calls.length} of ${count} webhook calls arrived`);

    // One call (the last to arrive: its timestamp is the freshest), checked by the Standard
    // Webhooks library as a receiver would check it.
    const [, sample] = calls.reduce((last, call) => (call[1].at > last[1].at ? call : last));
    try {
      new Webhook(secret).verify(sample.body, sample.headers);
    } catch (error) {
      throw new Error(`a webhook call did not verify against the endpoint's secret: ${error.message}`);
    }

    const arrivals = calls.map(([, call]) => ({
      startedAt: starts.get(JSON.parse(call.body).data.documentId),
      at: call.at,
    }));
    if (arrivals.some(({ startedAt }) => startedAt === undefined))
      throw new Error('a webhook call named no document sent');
    const platform = measured('document.generated → signed webhook call received', arrivals, row);
    console.log(
      `\nPollen webhook benchmark — ${count} calls each, ${FLOOR_IN_FLIGHT} at once for the floor, ${new Date().toISOString()}`,
    );
    console.table([floor, platform]);
    console.table([
      { process: 'notifications', 'RSS after the run': `${rssMiB(notifications.child.pid).toFixed(0)} MiB` },
    ]);
    console.log(`Duplicate webhook-ids at the receiver: ${endpoint.duplicates()}`);
  } finally {
    await producer?.disconnect().catch(() => undefined);
    await mongo?.close().catch(() => undefined);
    notifications?.child.kill('SIGTERM');
    await endpoint.close();
    await sleep(1000);
  }
}
