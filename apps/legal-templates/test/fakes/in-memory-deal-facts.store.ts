import type { ApplicationFacts, IntroductionFacts, InvestorFacts, ProgrammeFacts } from '../../src/domain/deal-facts';
import { DealFactsStore } from '../../src/repositories/deal-facts.store';

/** The deal facts port in memory, for unit tests. */
export class InMemoryDealFactsStore extends DealFactsStore {
  readonly programmes = new Map<string, ProgrammeFacts>();
  readonly applications = new Map<string, ApplicationFacts>();
  readonly investors = new Map<string, InvestorFacts>();
  readonly introductions = new Map<string, IntroductionFacts>();

  async saveProgramme(programme: ProgrammeFacts): Promise<boolean> {
    if ((this.programmes.get(programme.id)?.version ?? 0) >= programme.version) return false;
    this.programmes.set(programme.id, programme);
    return true;
  }

  async programme(id: string): Promise<ProgrammeFacts | null> {
    return this.programmes.get(id) ?? null;
  }

  async saveApplication(application: ApplicationFacts): Promise<boolean> {
    if ((this.applications.get(application.id)?.version ?? 0) >= application.version) return false;
    this.applications.set(application.id, application);
    return true;
  }

  async application(id: string): Promise<ApplicationFacts | null> {
    return this.applications.get(id) ?? null;
  }

  async saveInvestor(investor: InvestorFacts): Promise<boolean> {
    if ((this.investors.get(investor.id)?.version ?? 0) >= investor.version) return false;
    this.investors.set(investor.id, investor);
    return true;
  }

  async investor(id: string): Promise<InvestorFacts | null> {
    return this.investors.get(id) ?? null;
  }

  async forgetInvestor(id: string): Promise<boolean> {
    return this.investors.delete(id);
  }

  async saveIntroduction(introduction: IntroductionFacts): Promise<void> {
    if (!this.introductions.has(introduction.matchId)) this.introductions.set(introduction.matchId, introduction);
  }

  async introduction(matchId: string): Promise<IntroductionFacts | null> {
    return this.introductions.get(matchId) ?? null;
  }

  async forgetAccount(accountId: string): Promise<number> {
    let forgotten = Number(this.investors.delete(accountId));
    for (const [id, application] of this.applications) {
      if (application.ownerId === accountId && this.applications.delete(id)) forgotten += 1;
    }
    for (const [id, { applicant, investor }] of this.introductions) {
      if ([applicant.accountId, investor.accountId].includes(accountId) && this.introductions.delete(id))
        forgotten += 1;
    }
    return forgotten;
  }
}
