export interface SettleBudgetCommand {
  programmeId: string;
  requestId: string;
  applicationId: string;
}
