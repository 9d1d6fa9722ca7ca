import { Global, Module } from '@nestjs/common';
import { getConnectionToken } from '@nestjs/mongoose';
import { Test, type TestingModule } from '@nestjs/testing';
import { HealthModule, ReadinessRegistry } from '@pollen/platform/health';
import { EventPublisher } from '@pollen/platform/kafka';
import { type Connection, Schema } from 'mongoose';

import { MongoModule } from '../src';
import { databaseUri, uniqueName } from './database';

/** The outbox relay MongoModule carries needs a publisher; nothing is published here. */
@Global()
@Module({
  providers: [{ provide: EventPublisher, useValue: { publish: async () => undefined } }],
  exports: [EventPublisher],
})
class NoPublisherModule {}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * What the chaos run found in the MongoDB driver (6.20), brought about on purpose: the monitor's
 * next server check is sent on a connection that never answers and never fails, as one sent on a
 * connection a FerretDB restart had just closed did. Reaching into the driver's monitor is this
 * test's only way to cause it; the code under test uses only the driver's public events.
 */
function hangNextServerCheck(connection: Connection): void {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const topology = (connection.getClient() as any).topology;
  const [server] = topology.s.servers.values();
  server.monitor.connection.command = () => new Promise(() => undefined);
  server.monitor.requestCheck();
}

describe('MongoModule when the driver stops checking the server', () => {
  let app: TestingModule;

  afterEach(async () => app?.close());

  it('opens a new client on the same connection, and the models and readiness work again', async () => {
    app = await Test.createTestingModule({
      imports: [
        HealthModule,
        NoPublisherModule,
        MongoModule.forRoot({ uri: databaseUri(), database: uniqueName('stuck-monitor') }),
      ],
    }).compile();
    await app.init();
    const connection = app.get<Connection>(getConnectionToken());
    const things = connection.model('Thing', new Schema({ n: Number }));
    await things.create({ n: 1 });
    const stuckClient = connection.getClient();

    hangNextServerCheck(connection);
    // The longest a polled check can run (two connect timeouts and a margin, 12 s), then the watchdog's second.
    for (let waited = 0; connection.getClient() === stuckClient && waited < 20_000; waited += 250) await sleep(250);

    expect(connection.getClient()).not.toBe(stuckClient);
    expect(await things.countDocuments()).toBe(1);
    await things.create({ n: 2 });
    expect(await things.countDocuments()).toBe(2);
    expect((await app.get(ReadinessRegistry).report()).checks['mongodb']).toEqual({ ok: true });
  });
});
