import type { MatchingConfig } from '../../src/config/matching.config';
import type { Investor } from '../../src/domain/investor';
import { DEFAULT_WEIGHTS } from '../../src/domain/matcher/criteria';
import type { MatchableApplication, MatchableThesis } from '../../src/domain/matcher/matchable';
import { ThesisIndex } from '../../src/domain/matcher/thesis-index';
import { matchableThesisOf } from '../../src/domain/pairing';
import { ThesisCandidates, type ThesisCounts } from '../../src/repositories/thesis-candidates';
import { MatchApplication } from '../../src/usecases/match-application/match-application.usecase';
import { Matchmaker } from '../../src/usecases/matchmaker';
import { RematchInvestor } from '../../src/usecases/rematch-investor/rematch-investor.usecase';
import { anInvestor, aProfile } from '../factories/investor.factory';
import { InMemoryApplicationProjectionStore } from './in-memory-application-projection.store';
import { InMemoryInvestorStore } from './in-memory-investor.store';
import { InMemoryMatchStore } from './in-memory-match.store';

/** The index as a replica holds it: rebuilt from the investors stored, unless a test freezes it. */
class FakeThesisCandidates extends ThesisCandidates {
  /** Set to answer from these theses instead of the store: a replica that has not caught up. */
  stale?: MatchableThesis[];

  constructor(private readonly investors: InMemoryInvestorStore) {
    super();
  }

  async candidates(application: MatchableApplication): Promise<MatchableThesis[]> {
    return this.index().candidates(application);
  }

  async counts(application: MatchableApplication): Promise<ThesisCounts> {
    const index = this.index();
    return {
      theses: index.size,
      passing: index.candidates(application).length,
      failing: index.gateFailures(application),
    };
  }

  private index(): ThesisIndex {
    const index = new ThesisIndex();
    const theses = this.stale ?? [...this.investors.items.values()].flatMap((i) => matchableThesisOf(i) ?? []);
    for (const thesis of theses) index.upsert(structuredClone(thesis));
    return index;
  }
}

/** Matching's stores, index and both triggers, in memory, with the default policy (threshold 60). */
export function matchmakingWorld() {
  const projections = new InMemoryApplicationProjectionStore();
  const investors = new InMemoryInvestorStore();
  const matches = new InMemoryMatchStore();
  const theses = new FakeThesisCandidates(investors);
  const config = { matchPolicy: { weights: DEFAULT_WEIGHTS, threshold: 60 } } as MatchingConfig;
  const matchmaker = new Matchmaker(matches, projections, investors, config);
  let events = 0;
  const trigger = () => ({ causationId: `event-${++events}`, at: new Date('2026-12-01T10:00:00Z') });
  return {
    projections,
    investors,
    matches,
    theses,
    matchApplication: (applicationId: string) =>
      new MatchApplication(projections, theses, matchmaker).execute({ applicationId, ...trigger() }),
    rematchInvestor: (investorId: string) =>
      new RematchInvestor(investors, projections, matchmaker).execute({ investorId, ...trigger() }),
    /** An approved, active investor with aProfile's thesis, stored. */
    approvedInvestor: async (id: string, profile = aProfile()): Promise<Investor> => {
      const investor = anInvestor({ id, status: 'approved', profile });
      await investors.insert(investor, []);
      return investor;
    },
    /** The stored investor, changed as `change` says, one version on. */
    changeInvestor: async (id: string, change: (investor: Investor) => void): Promise<void> => {
      const investor = (await investors.findById(id)) as Investor;
      const before = investor.version;
      change(investor);
      investor.version = before + 1;
      await investors.update(investor, before, []);
    },
    /** Every match event written so far: type and data. */
    matchEvents: () =>
      matches.events.map((event) => ({
        type: event.type,
        ...(event.data as { matchId: string; applicationId: string; investorId: string; cause?: string }),
      })),
  };
}
