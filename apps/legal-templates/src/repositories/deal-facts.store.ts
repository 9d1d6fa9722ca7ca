import type { ApplicationFacts, IntroductionFacts, InvestorFacts, ProgrammeFacts } from '../domain/deal-facts';

/**
 * The port of legal-templates' own projections of programmes, applications, investors and introductions:
 * what a deal's agreements name. DealFactsRepository is the MongoDB adapter.
 */
export abstract class DealFactsStore {
  /** Keeps the programme unless a newer version is kept already (then false). */
  abstract saveProgramme(programme: ProgrammeFacts): Promise<boolean>;
  abstract programme(id: string): Promise<ProgrammeFacts | null>;
  /** Keeps the application unless a newer version is kept already (then false). */
  abstract saveApplication(application: ApplicationFacts): Promise<boolean>;
  abstract application(id: string): Promise<ApplicationFacts | null>;
  /** Keeps the investor's organisation unless a newer version is kept already (then false). */
  abstract saveInvestor(investor: InvestorFacts): Promise<boolean>;
  abstract investor(id: string): Promise<InvestorFacts | null>;
  /** Forgets the investor's organisation (its tombstone). @returns whether it was kept. */
  abstract forgetInvestor(id: string): Promise<boolean>;
  /** Keeps the introduction; an introduction never changes, so a second save changes nothing. */
  abstract saveIntroduction(introduction: IntroductionFacts): Promise<void>;
  abstract introduction(matchId: string): Promise<IntroductionFacts | null>;
  /**
   * Forgets the account's applications, its investor organisation and the introductions it was a
   * side of (the organisations and accounts a future agreement would have named). @returns how many
   * records went.
   */
  abstract forgetAccount(accountId: string): Promise<number>;
}
