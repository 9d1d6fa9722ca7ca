import {
  type ApplicationSummary,
  type IntroductionContacts,
  type InvestorSummary,
  known,
  type Recipient,
} from '../domain/directory';

/** The port use cases read and write the directory through; DirectoryRepository is the MongoDB adapter. */
export abstract class DirectoryStore {
  /** Each `save…` keeps the newest version: false when the stored one is as new or newer. */
  abstract saveRecipient(recipient: Recipient): Promise<boolean>;
  abstract recipient(id: string): Promise<Recipient | null>;
  abstract saveApplication(summary: ApplicationSummary): Promise<boolean>;
  abstract application(id: string): Promise<ApplicationSummary | null>;
  /** The application a message is about, or NotYetProjected: its events may be behind. */
  async knownApplication(id: string): Promise<ApplicationSummary> {
    return known(await this.application(id), `application ${id}`);
  }
  abstract saveInvestor(summary: InvestorSummary): Promise<boolean>;
  abstract investor(id: string): Promise<InvestorSummary | null>;
  abstract saveIntroductionContacts(contacts: IntroductionContacts): Promise<void>;
  abstract introductionContacts(matchId: string): Promise<IntroductionContacts | null>;
  /** Forgets how to reach the account. @returns whether it was known. */
  abstract forgetRecipient(id: string): Promise<boolean>;
  /** Forgets the contacts an introduction exchanged. @returns whether they were kept. */
  abstract forgetIntroductionContacts(matchId: string): Promise<boolean>;
  /** Forgets the investor's organisation. @returns whether it was kept. */
  abstract forgetInvestor(id: string): Promise<boolean>;
  /** The ids of the account's applications. */
  abstract applicationsOf(ownerId: string): Promise<string[]>;
  /**
   * Forgets what the account's events told: its applications, its investor profile and the
   * introduction contacts of its applications or profile. @returns how many records went.
   */
  abstract forgetAccount(accountId: string, applicationIds: string[]): Promise<number>;
}
