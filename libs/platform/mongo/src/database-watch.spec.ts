import { EventEmitter } from 'node:events';

import { DatabaseWatch } from './database-watch';

type Client = Parameters<DatabaseWatch['follow']>[0];
const described = (type: string, error?: string) => ({
  newDescription: { type, error: error ? new Error(error) : undefined },
});
const LIMITS = { polledMs: 12_000, awaitedMs: 22_000 };

function watched() {
  const client = new EventEmitter();
  const watch = new DatabaseWatch(LIMITS);
  watch.follow(client as unknown as Client);
  return { client, watch };
}

describe('DatabaseWatch', () => {
  it('says why the database cannot be used while the driver sees its server unreachable, and nothing once it is back', () => {
    const { client, watch } = watched();
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

  it('calls the monitor stuck once a polled check has run past the longest a check can run, not before', () => {
    const { client, watch } = watched();
    const t0 = Date.now();
    client.emit('serverHeartbeatStarted', { connectionId: 'db:27017', awaited: false });
    client.emit('serverHeartbeatFailed', { connectionId: 'db:27017', failure: new Error('connect ECONNREFUSED') });
    expect(watch.stuck(t0 + 60_000)).toBe(false); // checks that end, even failing, are progress

    client.emit('serverHeartbeatStarted', { connectionId: 'db:27017', awaited: false });
    expect(watch.stuck(t0 + 11_000)).toBe(false);
    expect(watch.stuck(t0 + 13_000)).toBe(true);
  });

  it('gives a streamed check (MongoDB 4.4+, held by the server while healthy) its longer limit', () => {
    const { client, watch } = watched();
    const t0 = Date.now();
    client.emit('serverHeartbeatStarted', { connectionId: 'db:27017', awaited: true });
    expect(watch.stuck(t0 + 20_000)).toBe(false);
    expect(watch.stuck(t0 + 23_000)).toBe(true);
  });

  it('follows only the newest client: what the stuck one still reports changes nothing', () => {
    const { client: stuck, watch } = watched();
    const t0 = Date.now();
    stuck.emit('serverDescriptionChanged', described('Unknown', 'connection 1 closed'));
    stuck.emit('serverHeartbeatStarted', { connectionId: 'db:27017', awaited: false });
    expect(watch.stuck(t0 + 13_000)).toBe(true);

    watch.follow(new EventEmitter() as unknown as Client);
    expect(watch.stuck(t0 + 13_000)).toBe(false);
    stuck.emit('serverDescriptionChanged', described('Unknown', 'late'));
    stuck.emit('serverHeartbeatStarted', { connectionId: 'db:27017', awaited: false });
    expect(watch.problem()).toBeUndefined();
    expect(watch.stuck(t0 + 60_000)).toBe(false);
  });

  it('watches each server of a replica set apart: another server answering does not hide a stuck one', () => {
    const { client, watch } = watched();
    const t0 = Date.now();
    client.emit('serverHeartbeatStarted', { connectionId: 'db-1:27017', awaited: false });
    client.emit('serverHeartbeatStarted', { connectionId: 'db-2:27017', awaited: false });
    client.emit('serverHeartbeatSucceeded', { connectionId: 'db-2:27017' });
    expect(watch.stuck(t0 + 13_000)).toBe(true);
  });
});
