import { GetMyAccount } from './get-my-account/get-my-account.usecase';
import { LogIn } from './log-in/log-in.usecase';
import { LogOut } from './log-out/log-out.usecase';
import { ProjectInvestorVetting } from './project-investor-vetting/project-investor-vetting.usecase';
import { PublishMissingContacts } from './publish-missing-contacts/publish-missing-contacts.usecase';
import { Reauthenticate } from './reauthenticate/reauthenticate.usecase';
import { RefreshSession } from './refresh-session/refresh-session.usecase';
import { RegisterAccount } from './register-account/register-account.usecase';
import { SeedOperator } from './seed-operator/seed-operator.usecase';
import { UpdateMyAccount } from './update-my-account/update-my-account.usecase';

export {
  GetMyAccount,
  LogIn,
  LogOut,
  ProjectInvestorVetting,
  PublishMissingContacts,
  Reauthenticate,
  RefreshSession,
  RegisterAccount,
  SeedOperator,
  UpdateMyAccount,
};

/** Every use case of the gateway (accounts, sessions, the vetting projection), registered as module providers. */
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
];
