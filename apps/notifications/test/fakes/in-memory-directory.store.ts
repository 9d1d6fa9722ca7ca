import type { ApplicationSummary, IntroductionContacts, InvestorSummary, Recipient } from '../../src/domain/directory';
import { DirectoryStore } from '../../src/repositories/directory.store';

type Versioned = { id: string; version: number };

function saveNewer<T extends Versioned>(map: Map<string, T>, item: T): boolean {
  if ((map.get(item.id)?.version ?? -1) >= item.version) return false;
  map.set(item.id, structuredClone(item));
  return true;
}

/** The directory in maps, keeping the newest version of each record like the repository. */
export class InMemoryDirectoryStore extends DirectoryStore {
  readonly recipients = new Map<string, Recipient>();
  readonly applications = new Map<string, ApplicationSummary>();
  readonly investors = new Map<string, InvestorSummary>();
  readonly contacts = new Map<string, IntroductionContacts>();

  async saveRecipient(recipient: Recipient) {
    return saveNewer(this.recipients, recipient);
  }
  async recipient(id: string) {
    return this.recipients.get(id) ?? null;
  }
  async saveApplication(summary: ApplicationSummary) {
    return saveNewer(this.applications, summary);
  }
  async application(id: string) {
    return this.applications.get(id) ?? null;
  }
  async saveInvestor(summary: InvestorSummary) {
    return saveNewer(this.investors, summary);
  }
  async investor(id: string) {
    return this.investors.get(id) ?? null;
  }
  async saveIntroductionContacts(contacts: IntroductionContacts) {
    this.contacts.set(contacts.matchId, structuredClone(contacts));
  }
  async introductionContacts(matchId: string) {
    return this.contacts.get(matchId) ?? null;
  }
  async forgetRecipient(id: string) {
    return this.recipients.delete(id);
  }
  async forgetIntroductionContacts(matchId: string) {
    return this.contacts.delete(matchId);
  }
  async forgetInvestor(id: string) {
    return this.investors.delete(id);
  }
  async applicationsOf(ownerId: string) {
    return [...this.applications.values()].filter((summary) => summary.ownerId === ownerId).map(({ id }) => id);
  }
  async forgetAccount(accountId: string, applicationIds: string[]) {
    let forgotten = Number(this.investors.delete(accountId));
    for (const id of applicationIds)
      if (this.applications.get(id)?.ownerId === accountId) forgotten += Number(this.applications.delete(id));
    for (const [matchId, contacts] of this.contacts) {
      const theirs = contacts.investorId === accountId || applicationIds.includes(contacts.applicationId ?? '');
      if (theirs) forgotten += Number(this.contacts.delete(matchId));
    }
    return forgotten;
  }
}
