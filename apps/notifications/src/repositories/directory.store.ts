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
}
