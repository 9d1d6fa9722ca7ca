import { shutDownGracefully } from './shutdown';

describe('shutDownGracefully', () => {
  it('fails readiness, keeps serving for the drain delay, then stops HTTP, consumers, relays once more and disconnects', async () => {
    const done: string[] = [];
    const at: Record<string, number> = {};
    const step = (name: string) => async () => {
      done.push(name);
      at[name] = Date.now();
    };
    const started = Date.now();

    await shutDownGracefully({
      markNotReady: () => void done.push('not ready'),
      drainDelayMs: 150,
      stopHttp: step('stop HTTP'),
      stopConsumers: step('stop consumers'),
      lastRelayPass: step('last relay pass'),
      close: step('disconnect'),
    });

    expect(done).toEqual(['not ready', 'stop HTTP', 'stop consumers', 'last relay pass', 'disconnect']);
    expect(at['stop HTTP'] - started).toBeGreaterThanOrEqual(140);
  });

  it('goes on when a step fails, so the outboxes are still relayed and the connections closed', async () => {
    const done: string[] = [];
    await shutDownGracefully({
      markNotReady: () => undefined,
      drainDelayMs: 0,
      stopHttp: async () => {
        throw new Error('server not running');
      },
      stopConsumers: async () => void done.push('consumers'),
      lastRelayPass: async () => void done.push('relay'),
      close: async () => void done.push('close'),
    });
    expect(done).toEqual(['consumers', 'relay', 'close']);
  });
});
