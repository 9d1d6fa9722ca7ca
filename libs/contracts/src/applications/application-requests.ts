import { IsOptional, IsString, MaxLength } from 'class-validator';

import { defineRequest } from '../catalogue/define';
import { Topics } from '../catalogue/topics';
import { ExpectedVersions, MergePatchData, NoData } from '../messaging/request-data';
import { ApplicationPageView, ApplicationView } from './application.view';
import { DecideApplicationDto, ListApplicationsQueryDto, WithdrawApplicationDto } from './application-actions.dto';
import { ConsentsDto, CreateApplicationDraftDto } from './create-application-draft.dto';

/** A merge patch of a draft, with the versions `If-Match` accepts (absent for `*`). */
export class UpdateDraftRequestData extends MergePatchData {
  @ExpectedVersions(1)
  expectedVersions?: number[];
}

/** Body of `PUT /v1/applications/{id}/consents`, with the versions `If-Match` accepts (absent for `*`). */
export class ChangeConsentsRequestData extends ConsentsDto {
  @ExpectedVersions(1)
  expectedVersions?: number[];
}

/** A decision, with the budget hold the gateway took first when the programme funds it. */
export class DecideApplicationRequestData extends DecideApplicationDto {
  /** From `programmes.reserve-budget`: a programme-funded decision is refused without it. */
  @IsOptional()
  @IsString()
  @MaxLength(64)
  holdId?: string;
}

const on = { topic: Topics.applicationRequests } as const;
const byApplication = { ...on, subject: 'application id' } as const;

/** Requests about applications, answered by the applications service. */
export const ApplicationRequests = {
  'applications.create-draft': defineRequest({
    ...on,
    subject: 'the new application id',
    data: CreateApplicationDraftDto,
    result: ApplicationView,
    description: 'Start a draft for the acting applicant.',
  }),
  'applications.get': defineRequest({
    ...byApplication,
    data: NoData,
    result: ApplicationView,
    description: 'One application, if the actor may see it.',
  }),
  'applications.list': defineRequest({
    ...on,
    subject: 'random (a read)',
    data: ListApplicationsQueryDto,
    result: ApplicationPageView,
    description: 'The actor’s applications (operators: all), newest first.',
  }),
  'applications.update-draft': defineRequest({
    ...byApplication,
    data: UpdateDraftRequestData,
    result: ApplicationView,
    description: 'Edit a draft by merge patch, if it is still at one of the expected versions.',
  }),
  'applications.submit': defineRequest({
    ...byApplication,
    data: NoData,
    result: ApplicationView,
    description: 'Submit a complete draft; the request’s `occurredAt` counts against the deadline.',
  }),
  'applications.withdraw': defineRequest({
    ...byApplication,
    data: WithdrawApplicationDto,
    result: ApplicationView,
    description: 'The applicant withdraws the application.',
  }),
  'applications.change-consents': defineRequest({
    ...byApplication,
    data: ChangeConsentsRequestData,
    result: ApplicationView,
    description:
      'The owner grants or withdraws consent to be shown to investors, if the application is still at one of the expected versions.',
  }),
  'applications.decide': defineRequest({
    ...byApplication,
    data: DecideApplicationRequestData,
    result: ApplicationView,
    description:
      'An operator records the committee’s decision; a programme-funded one names the budget hold taken for it.',
  }),
};
