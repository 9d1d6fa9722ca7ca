import { EraseGatewayData } from './erase-gateway-data/erase-gateway-data.usecase';
import { GetExport } from './get-export/get-export.usecase';
import { GetMyAccount } from './get-my-account/get-my-account.usecase';
import { LogIn } from './log-in/log-in.usecase';
import { LogOut } from './log-out/log-out.usecase';
import { ProjectInvestorVetting } from './project-investor-vetting/project-investor-vetting.usecase';
import { PublishMissingContacts } from './publish-missing-contacts/publish-missing-contacts.usecase';
import { Reauthenticate } from './reauthenticate/reauthenticate.usecase';
import { RefreshSession } from './refresh-session/refresh-session.usecase';
import { RegisterAccount } from './register-account/register-account.usecase';
import { RequestErasure } from './request-erasure/request-erasure.usecase';
import { RequestExport } from './request-export/request-export.usecase';
import { ResumeExports } from './resume-exports/resume-exports.usecase';
import { RunExport } from './run-export/run-export.usecase';
import { SeedOperator } from './seed-operator/seed-operator.usecase';
import { UpdateMyAccount } from './update-my-account/update-my-account.usecase';

export {
  EraseGatewayData,
  GetExport,
  GetMyAccount,
  LogIn,
  LogOut,
  ProjectInvestorVetting,
  PublishMissingContacts,
  Reauthenticate,
  RefreshSession,
  RegisterAccount,
  RequestErasure,
  RequestExport,
  ResumeExports,
  RunExport,
  SeedOperator,
  UpdateMyAccount,
};

/**
 * Every use case of the gateway (accounts, sessions, the vetting projection, a person's data:
 * exports and erasure), registered as module providers.
 */
export const USE_CASES = [
  RegisterAccount,
  LogIn,
  RefreshSession,
  LogOut,
  GetMyAccount,
  UpdateMyAccount,
  SeedOperator,
  PublishMissingContacts,
  ProjectInvestorVetting,
  Reauthenticate,
  RequestErasure,
  EraseGatewayData,
  RequestExport,
  GetExport,
  RunExport,
  ResumeExports,
];
