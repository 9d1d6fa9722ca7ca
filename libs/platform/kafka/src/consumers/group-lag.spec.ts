import { register } from 'prom-client';

import { GroupLag } from './group-lag';

/** The consumer-lag series of one group, as Prometheus would scrape them. */
async function seriesOf(group: string): Promise<string[]> {
  const text = await register.getSingleMetricAsString('pollen_consumer_lag_messages');
  return text
    .split('\n')
    .filter((line) => line.includes(`group="${group}"`))
    .map((line) => line.replace(/^pollen_consumer_lag_messages\{group="[^"]+",/, '').replace(/\}/, ''));
}

describe('GroupLag', () => {
  it('reports each partition it holds, and forgets those a rebalance gave to another replica', async () => {
    const lag = new GroupLag('lag-spec-a');
    lag.report('pollen.t.v1', 0, 5);
    lag.report('pollen.t.v1', 1, 7);
    lag.report('pollen.u.v1', 0, 2);

    lag.assigned({ 'pollen.t.v1': [1], 'pollen.u.v1': [0, 1] });

    expect(await seriesOf('lag-spec-a')).toEqual([
      'topic="pollen.t.v1",partition="1" 7',
      'topic="pollen.u.v1",partition="0" 2',
    ]);
  });

  it('reports nothing once stopped, and leaves other groups alone', async () => {
    const stopped = new GroupLag('lag-spec-b');
    const other = new GroupLag('lag-spec-c');
    stopped.report('pollen.t.v1', 0, 3);
    other.report('pollen.t.v1', 0, 4);

    stopped.clear();

    expect(await seriesOf('lag-spec-b')).toEqual([]);
    expect(await seriesOf('lag-spec-c')).toEqual(['topic="pollen.t.v1",partition="0" 4']);
  });
});
