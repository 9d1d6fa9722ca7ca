import type { ApplicationProjection } from '../application-projection';
import { toMatchable } from './matchable';

const projection = (overrides: Partial<ApplicationProjection> = {}): ApplicationProjection => ({
  applicationId: 'app-1',
  programmeId: 'programme-1',
  ownerId: 'alice',
  status: 'eligible',
  organisation: {
    legalForm: 'scic',
    region: 'FR-BRE',
    essCompany: true,
    esus: { certified: true, expiresOn: '2026-12-31' },
  },
  project: { impactAreas: ['health'], engagementDimensions: ['ecology'], sdgs: [3], stage: 'growth' },
  request: { amountCents: 5_000_000, instrument: 'equity' },
  shareWithInvestors: true,
  version: 3,
  lastEventId: 'evt-3',
  ...overrides,
});

describe('toMatchable', () => {
  it('reads the gates and criteria of a projected application', () => {
    expect(toMatchable(projection(), new Date('2026-12-01T10:00:00Z'))).toEqual({
      applicationId: 'app-1',
      instrument: 'equity',
      region: 'FR-BRE',
      legalForm: 'scic',
      stage: 'growth',
      amountCents: 5_000_000,
      esus: true,
      impactAreas: ['health'],
      engagementDimensions: ['ecology'],
      sdgs: [3],
    });
  });

  it('holds the ESUS agrément through its last day in Paris, not after', () => {
    // 31 December, 23:30 in Paris is still its last day; half an hour later it has expired.
    expect(toMatchable(projection(), new Date('2026-12-31T22:30:00Z'))?.esus).toBe(true);
    expect(toMatchable(projection(), new Date('2026-12-31T23:30:00Z'))?.esus).toBe(false);
    const uncertified = projection({
      organisation: { legalForm: 'scic', region: 'FR-BRE', esus: { certified: false } },
    });
    expect(toMatchable(uncertified, new Date('2026-12-01'))?.esus).toBe(false);
  });

  it('gives nothing while the application lacks what the gates read', () => {
    expect(toMatchable(projection({ request: { amountCents: 5_000_000 } }), new Date())).toBeUndefined();
    expect(toMatchable(projection({ organisation: { legalForm: 'scic' } }), new Date())).toBeUndefined();
  });

  it('reads absent lists as empty ones', () => {
    const matchable = toMatchable(projection({ project: {} }), new Date('2026-12-01'));
    expect(matchable).toMatchObject({ impactAreas: [], engagementDimensions: [], sdgs: [] });
    expect(matchable).not.toHaveProperty('stage');
  });
});
