/** What RegisterInvestor needs, from `account.registered` with role investor. */
export interface RegisterInvestorCommand {
  investorId: string;
  /** The account event's id: the cause of `investor.registered`. */
  eventId: string;
  at: Date;
}
