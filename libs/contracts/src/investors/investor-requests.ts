import { defineRequest } from '../catalogue/define';
import { Topics } from '../catalogue/topics';
import { ExpectedVersions, MergePatchData, NoData } from '../messaging/request-data';
import { InvestorPageView, InvestorView, ListInvestorsQueryDto, VettingReasonDto } from './investor.view';

/** A merge patch of the investor's profile, with the versions `If-Match` accepts (absent for `*`). */
export class UpdateInvestorProfileRequestData extends MergePatchData {
  @ExpectedVersions(0)
  expectedVersions?: number[];
}

const on = { topic: Topics.matchingRequests } as const;
const byInvestor = { ...on, subject: 'investor (account) id' } as const;

/** Requests about investors, answered by the matching service. */
export const InvestorRequests = {
  'investors.get': defineRequest({
    ...byInvestor,
    data: NoData,
    result: InvestorView,
    description:
      'One investor (operators), or the investor’s own: an empty pending profile at version 0 before matching has seen them.',
  }),
  'investors.list': defineRequest({
    ...on,
    subject: 'random (a read)',
    data: ListInvestorsQueryDto,
    result: InvestorPageView,
    description: 'Investors by vetting status, oldest first (operators).',
  }),
  'investors.update-profile': defineRequest({
    ...byInvestor,
    data: UpdateInvestorProfileRequestData,
    result: InvestorView,
    description:
      'The investor edits their profile and thesis by merge patch; the first one creates the investor if matching has not seen them yet.',
  }),
  'investors.approve': defineRequest({
    ...byInvestor,
    data: NoData,
    result: InvestorView,
    description: 'An operator approves a pending investor.',
  }),
  'investors.reject': defineRequest({
    ...byInvestor,
    data: VettingReasonDto,
    result: InvestorView,
    description: 'An operator rejects a pending investor, with a reason.',
  }),
  'investors.suspend': defineRequest({
    ...byInvestor,
    data: VettingReasonDto,
    result: InvestorView,
    description: 'An operator suspends an approved investor, with a reason.',
  }),
  'investors.reinstate': defineRequest({
    ...byInvestor,
    data: NoData,
    result: InvestorView,
    description: 'An operator reinstates a suspended investor.',
  }),
};
