import { ActOnMatch } from './act-on-match/act-on-match.usecase';
import { AnswerInterest } from './answer-interest/answer-interest.usecase';
import { ErasePersonalData } from './erase-personal-data/erase-personal-data.usecase';
import { ExportPersonalData } from './export-personal-data/export-personal-data.usecase';
import { GetInvestor } from './get-investor/get-investor.usecase';
import { GetMatchingInsights } from './get-matching-insights/get-matching-insights.usecase';
import { GetMatchingStats } from './get-matching-stats/get-matching-stats.usecase';
import { ListApplicationMatches } from './list-application-matches/list-application-matches.usecase';
import { ListDealFlow } from './list-deal-flow/list-deal-flow.usecase';
import { ListInvestors } from './list-investors/list-investors.usecase';
import { MatchApplication } from './match-application/match-application.usecase';
import { Matchmaker } from './matchmaker';
import { ProjectApplicationEvent } from './project-application-event/project-application-event.usecase';
import { RegisterInvestor } from './register-investor/register-investor.usecase';
import { RematchInvestor } from './rematch-investor/rematch-investor.usecase';
import { StateMissingOrganisations } from './state-missing-organisations/state-missing-organisations.usecase';
import { UpdateInvestorProfile } from './update-investor-profile/update-investor-profile.usecase';
import { VetInvestor } from './vet-investor/vet-investor.usecase';

export {
  AnswerInterest,
  ListApplicationMatches,
  GetMatchingInsights,
  GetMatchingStats,
  ActOnMatch,
  ListDealFlow,
  MatchApplication,
  RematchInvestor,
  ProjectApplicationEvent,
  RegisterInvestor,
  UpdateInvestorProfile,
  VetInvestor,
  GetInvestor,
  ListInvestors,
  ErasePersonalData,
  ExportPersonalData,
  StateMissingOrganisations,
};

/** Every use case of the service, registered as module providers. */
export const USE_CASES = [
  StateMissingOrganisations,
  ProjectApplicationEvent,
  RegisterInvestor,
  UpdateInvestorProfile,
  VetInvestor,
  GetInvestor,
  ListInvestors,
  MatchApplication,
  RematchInvestor,
  Matchmaker,
  ListDealFlow,
  ActOnMatch,
  GetMatchingInsights,
  GetMatchingStats,
  ListApplicationMatches,
  AnswerInterest,
  ErasePersonalData,
  ExportPersonalData,
];
