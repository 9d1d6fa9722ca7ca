import { INSTRUMENTS, LEGAL_FORMS, REGIONS, STAGES } from '@pollen/contracts';
import fc from 'fast-check';

import type { MatchableApplication } from '../../src/domain/matcher/matchable';

type Drawn = 'amountCents' | 'impactAreas' | 'engagementDimensions' | 'sdgs';

/** Any application the gates can read; the amount and the lists are drawn as each property test needs. */
export const anyMatchableApplication = (drawn: {
  [K in Drawn]: fc.Arbitrary<MatchableApplication[K]>;
}): fc.Arbitrary<MatchableApplication> =>
  fc.record({
    applicationId: fc.constant('app'),
    instrument: fc.constantFrom(...INSTRUMENTS),
    region: fc.constantFrom(...REGIONS),
    legalForm: fc.constantFrom(...LEGAL_FORMS),
    stage: fc.option(fc.constantFrom(...STAGES), { nil: undefined }),
    esus: fc.boolean(),
    ...drawn,
  });
