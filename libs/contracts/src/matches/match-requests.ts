import { IsUUID } from 'class-validator';

import { defineRequest } from '../catalogue/define';
import { Topics } from '../catalogue/topics';
import { NoData } from '../messaging/request-data';
import { AcceptIntroductionDto, DeclineMatchDto } from './application-matches.dto';
import { ApplicationMatchesView, ApplicationMatchView } from './application-matches.view';
import { DealFlowQueryDto, ExpressInterestDto, PassMatchDto } from './deal-flow.dto';
import { DealFlowItemView, DealFlowPageView } from './deal-flow.view';
import { MatchingInsightsView } from './insights.view';
import { MatchingStatsView } from './stats.view';

/** An applicant's answer to an investor's interest names the application the path names. */
export class AcceptIntroductionRequest extends AcceptIntroductionDto {
  @IsUUID()
  applicationId: string;
}

export class DeclineMatchRequest extends DeclineMatchDto {
  @IsUUID()
  applicationId: string;
}

const on = { topic: Topics.matchingRequests } as const;
const byMatch = { ...on, subject: 'match id' } as const;

/** An investor's deal-flow, answered by the matching service that owns the matches. */
export const MatchRequests = {
  'deal-flow.list': defineRequest({
    ...on,
    subject: 'investor (account) id',
    data: DealFlowQueryDto,
    result: DealFlowPageView,
    description: 'The investor’s own matches, best score first, then the most recent (approved investors).',
  }),
  'deal-flow.express-interest': defineRequest({
    ...byMatch,
    data: ExpressInterestDto,
    result: DealFlowItemView,
    description: 'The investor is interested in a proposed match, with a word to the applicant.',
  }),
  'matching.insights': defineRequest({
    ...on,
    subject: 'application id',
    data: NoData,
    result: MatchingInsightsView,
    description:
      'How many approved, active theses the application passes and which gates refuse the most, counts of 1 or 2 suppressed (its owner, operators).',
  }),
  'matching.application-matches': defineRequest({
    ...on,
    subject: 'application id',
    data: NoData,
    result: ApplicationMatchesView,
    description:
      'The investors interested in an application (organisation, kind, amount, message), the latest first (its owner, operators).',
  }),
  'matching.stats': defineRequest({
    ...on,
    subject: 'random (a read)',
    data: NoData,
    result: MatchingStatsView,
    description:
      'Matches by status, passes by reason and the median time to an investor’s first answer, overall and per programme (operators).',
  }),
  'matches.accept': defineRequest({
    ...byMatch,
    data: AcceptIntroductionRequest,
    result: ApplicationMatchView,
    description:
      'The applicant accepts an interested investor, with a contact: both sides get each other’s contact and SIREN (its owner).',
  }),
  'matches.decline': defineRequest({
    ...byMatch,
    data: DeclineMatchRequest,
    result: ApplicationMatchView,
    description: 'The applicant declines an interested investor, with a word of why if they like (its owner).',
  }),
  'deal-flow.pass': defineRequest({
    ...byMatch,
    data: PassMatchDto,
    result: DealFlowItemView,
    description: 'The investor passes on a proposed or interested match, with a reason.',
  }),
};
