import { loadConfig } from '@pollen/platform/config';

import { MatchingConfig } from './matching.config';

const base = { NODE_ENV: 'test', KAFKA_BROKERS: 'x:1', MONGODB_URI: 'mongodb://x:1' };

describe('MatchingConfig', () => {
  it('proposes from 60 with the documented weights by default', () => {
    expect(loadConfig(MatchingConfig, base).matchPolicy).toEqual({
      threshold: 60,
      weights: {
        'impact-areas': 30,
        'engagement-dimensions': 15,
        sdgs: 15,
        'stage-fit': 10,
        'ticket-position': 20,
        capacity: 10,
      },
    });
  });

  it('takes the threshold and each weight from the environment, and refuses a threshold above 100', () => {
    const policy = loadConfig(MatchingConfig, {
      ...base,
      MATCH_THRESHOLD: '75',
      MATCH_WEIGHT_CAPACITY: '0',
    }).matchPolicy;
    expect(policy.threshold).toBe(75);
    expect(policy.weights.capacity).toBe(0);
    expect(() => loadConfig(MatchingConfig, { ...base, MATCH_THRESHOLD: '101' })).toThrow(/MATCH_THRESHOLD/);
  });

  it('refuses weights that all are 0 (nothing to scale to 100)', () => {
    const zero = Object.fromEntries(
      ['IMPACT_AREAS', 'ENGAGEMENT_DIMENSIONS', 'SDGS', 'STAGE_FIT', 'TICKET_POSITION', 'CAPACITY'].map((n) => [
        `MATCH_WEIGHT_${n}`,
        '0',
      ]),
    );
    expect(() => loadConfig(MatchingConfig, { ...base, ...zero })).toThrow(/must not all be 0/);
  });
});
