import { AccountReasons } from '../accounts/reasons';
import { ApplicationReasons } from '../applications/reasons';
import { RequestReasons } from '../errors/request-reasons';
import { InvestorReasons } from '../investors/reasons';
import { LegalTemplateReasons } from '../legal-templates/reasons';
import { MatchReasons } from '../matches/reasons';
import { NotificationReasons } from '../notifications/reasons';
import { OperationsReasons } from '../operations/reasons';
import { PersonalDataReasons } from '../personal-data/reasons';
import { ProgrammeReasons } from '../programmes/reasons';

/** Every reason code of the API; docs/errors.md is generated from it. Add codes; never rename one. */
export const Reasons = {
  ...RequestReasons,
  ...AccountReasons,
  ...ProgrammeReasons,
  ...ApplicationReasons,
  ...OperationsReasons,
  ...InvestorReasons,
  ...MatchReasons,
  ...LegalTemplateReasons,
  ...NotificationReasons,
  ...PersonalDataReasons,
};

export type ReasonCode = keyof typeof Reasons;
