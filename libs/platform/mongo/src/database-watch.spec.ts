import { EventEmitter } from 'node:events';

import { DatabaseWatch } from './database-watch';

type Client = ConstructorParameters<typeof DatabaseWatch>[0];
const described = (type: string, error?: string) => ({
  newDescription: { type, error: error ? new Error(error) : undefined },
});

describe('DatabaseWatch', () => {
  it('says why the database cannot be used while the driver sees its server unreachable, and nothing once it is back', () => {
    const client = new EventEmitter();
    const watch = new DatabaseWatch(client as unknown as Client);
    const t0 = Date.now();
    client.emit('serverDescriptionChanged', described('Standalone'));
    expect(watch.problem()).toBeUndefined();

    client.emit('serverDescriptionChanged', described('Unknown', 'connection 1 to 127.0.0.1:27017 closed'));
    client.emit('serverHeartbeatFailed', { failure: new Error('connect ECONNREFUSED 127.0.0.1:27017') });
    expect(watch.problem(t0 + 12_000)).toBe(
      'unreachable for 12 s (connection 1 to 127.0.0.1:27017 closed); last check 12 s ago failed: connect ECONNREFUSED 127.0.0.1:27017',
    );

    client.emit('serverHeartbeatSucceeded', {});
    client.emit('serverDescriptionChanged', described('Standalone'));
    expect(watch.problem()).toBeUndefined();
  });
});
