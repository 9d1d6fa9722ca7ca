import { randomUUID } from 'node:crypto';

import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Put, Query, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  ApplicationPageView,
  ApplicationView,
  ConsentsDto,
  CreateApplicationDraftDto,
  DecideApplicationDto,
  ListApplicationsQueryDto,
  WithdrawApplicationDto,
} from '@pollen/contracts';
import type { HttpReply, HttpRequest } from '@pollen/platform/http';

import { Roles } from '../auth/access.decorators';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { headerRefs } from '../openapi/headers';
import { ApiMergePatch, ApiUuidParam } from '../openapi/request-schemas';
import { versionsFromIfMatch, withEtag } from './if-match';
import { assertUuid, mergePatchBody } from './request-guards';
import { ServiceClient } from './service-client';

/** Every answer about an application carries its version as the ETag. */
const withVersion = headerRefs({ ETag: 'ApplicationETag' });

/** Funding requests, asked of the applications service that owns them. Investors have no access here. */
@ApiTags('applications')
@Roles('applicant', 'operator')
@Controller('v1/applications')
export class ApplicationsController {
  constructor(private readonly services: ServiceClient) {}

  @Post()
  @HttpCode(201)
  @Roles('applicant')
  @ApiOperation({
    summary: 'Start a draft application',
    description:
      'Only the programme, the organisation name and its SIREN are needed; the rest may come later. One active application per account, programme and SIREN.',
  })
  @ApiCreatedResponse({
    type: ApplicationView,
    description: '`Location` points to the draft; `ETag` is its version.',
    headers: { ...headerRefs({ Location: 'Location' }), ...withVersion },
  })
  @ApiProblems('application.duplicate-active', 'programme.unknown', 'programme.closed', 'unavailable')
  async create(
    @Body() body: CreateApplicationDraftDto,
    @Req() request: HttpRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ): Promise<ApplicationView> {
    const view = await this.services.ask(request, 'applications.create-draft', this.services.newId(request), body);
    response.header('Location', `/v1/applications/${view.id}`);
    return withEtag(response, view);
  }

  @Get()
  @ApiOperation({ summary: 'Your applications (operators: all, by programme and status), newest first' })
  @ApiOkResponse({ type: ApplicationPageView })
  @ApiProblems('validation-failed', 'unavailable')
  list(@Query() query: ListApplicationsQueryDto, @Req() request: HttpRequest): Promise<ApplicationPageView> {
    return this.services.ask(request, 'applications.list', randomUUID(), query);
  }

  @Get(':id')
  @ApiUuidParam()
  @ApiOperation({ summary: 'One application, with its status history and eligibility reasons' })
  @ApiOkResponse({ type: ApplicationView, headers: withVersion })
  @ApiProblems('not-found', 'application.not-found', 'unavailable')
  async get(
    @Param('id') id: string,
    @Req() request: HttpRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ): Promise<ApplicationView> {
    assertUuid(id, 'application');
    return withEtag(response, await this.services.ask(request, 'applications.get', id, {}));
  }

  @Patch(':id')
  @Roles('applicant')
  @ApiUuidParam()
  @ApiOperation({
    summary: 'Edit a draft',
    description:
      'A JSON merge patch (application/merge-patch+json or application/json). `programmeId` and `organisation.siren` cannot change. `If-Match` with the ETag is required.',
  })
  @ApiHeader({ name: 'If-Match', required: true })
  @ApiMergePatch(
    CreateApplicationDraftDto,
    'ApplicationDraftPatch',
    'Any subset of the draft’s fields; null removes one',
  )
  @ApiOkResponse({ type: ApplicationView, headers: withVersion })
  @ApiProblems(
    'not-found',
    'application.not-found',
    'request.if-match-required',
    'application.version-mismatch',
    'precondition-failed',
    'application.not-draft',
    'application.changed-concurrently',
    'unavailable',
  )
  async update(
    @Param('id') id: string,
    @Body() body: unknown,
    @Headers('if-match') ifMatch: string | undefined,
    @Req() request: HttpRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ): Promise<ApplicationView> {
    assertUuid(id, 'application');
    const data = { patch: mergePatchBody(body), expectedVersions: versionsFromIfMatch(ifMatch) };
    return withEtag(response, await this.services.ask(request, 'applications.update-draft', id, data));
  }

  @Post(':id/submit')
  @HttpCode(202)
  @Roles('applicant')
  @ApiUuidParam()
  @ApiOperation({
    summary: 'Submit a complete draft',
    description:
      'The time the gateway accepted the request counts against the programme’s deadline. The application is screened at once: eligible, or ineligible with every failed rule.',
  })
  @ApiAcceptedResponse({ type: ApplicationView, headers: withVersion })
  @ApiProblems(
    'not-found',
    'application.not-found',
    'application.not-draft',
    'application.changed-concurrently',
    'application.incomplete',
    'programme.unknown',
    'programme.not-open-yet',
    'programme.closed',
    'unavailable',
  )
  async submit(
    @Param('id') id: string,
    @Req() request: HttpRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ): Promise<ApplicationView> {
    assertUuid(id, 'application');
    return withEtag(response, await this.services.ask(request, 'applications.submit', id, {}));
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Roles('applicant')
  @ApiUuidParam()
  @ApiOperation({ summary: 'Withdraw an application (from draft, submitted, eligible or in discussion)' })
  @ApiOkResponse({ type: ApplicationView, headers: withVersion })
  @ApiProblems(
    'not-found',
    'application.not-found',
    'application.not-withdrawable',
    'application.changed-concurrently',
    'unavailable',
  )
  async withdraw(
    @Param('id') id: string,
    @Body() body: WithdrawApplicationDto,
    @Req() request: HttpRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ): Promise<ApplicationView> {
    assertUuid(id, 'application');
    return withEtag(response, await this.services.ask(request, 'applications.withdraw', id, body));
  }

  @Put(':id/consents')
  @Roles('applicant')
  @ApiUuidParam()
  @ApiOperation({
    summary: 'Grant or withdraw consent to be shown to investors',
    description:
      'The owner answers the consent notice (`noticeVersion`: the version shown). Withdrawing (`shareWithInvestors: false`) is accepted in every status; granting is refused once the application is final. Each answer is kept in the history. `If-Match` with the ETag is required.',
  })
  @ApiHeader({ name: 'If-Match', required: true })
  @ApiOkResponse({ type: ApplicationView, headers: withVersion })
  @ApiProblems(
    'not-found',
    'application.not-found',
    'request.if-match-required',
    'application.version-mismatch',
    'precondition-failed',
    'application.consent-not-grantable',
    'application.changed-concurrently',
    'unavailable',
  )
  async changeConsents(
    @Param('id') id: string,
    @Body() body: ConsentsDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Req() request: HttpRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ): Promise<ApplicationView> {
    assertUuid(id, 'application');
    const data = { ...body, expectedVersions: versionsFromIfMatch(ifMatch) };
    return withEtag(response, await this.services.ask(request, 'applications.change-consents', id, data));
  }

  @Post(':id/decision')
  @HttpCode(200)
  @Roles('operator')
  @ApiUuidParam()
  @ApiOperation({
    summary: 'Record the committee’s decision (operators), from eligible or in discussion',
    description:
      'A funded decision is paid by the programme (`fundedBy: programme`, the default) up to the amount requested (`amountCents`, default: the amount requested): the gateway first holds that amount on the programme’s budget, then records the decision, which spends the hold. `fundedBy: investor` names the accepted introduction it comes from (`matchId`; another is `422` `decision.investor-funding-unavailable`) and spends no budget. A funded decision makes the agreement of the instrument (`GET /v1/applications/{id}/documents`). A declined decision spends nothing.',
  })
  @ApiOkResponse({ type: ApplicationView, headers: withVersion })
  @ApiProblems(
    'not-found',
    'application.not-found',
    'application.not-decidable',
    'application.changed-concurrently',
    'programme.budget-exceeded',
    'decision.budget-hold-required',
    'decision.investor-funding-unavailable',
    'unavailable',
  )
  async decide(
    @Param('id') id: string,
    @Body() body: DecideApplicationDto,
    @Req() request: HttpRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ): Promise<ApplicationView> {
    assertUuid(id, 'application');
    const holdId = await this.holdFor(request, id, body);
    const decision = holdId ? { ...body, fundedBy: 'programme' as const, holdId } : body;
    return withEtag(response, await this.services.ask(request, 'applications.decide', id, decision));
  }

  /**
   * A decision the programme funds first holds the amount on the programme's budget, whose one
   * writer is keyed by the programme: so the application is read for its programme, then the hold
   * taken there. Should the gateway stop between the hold and the decision, the applications
   * service releases the hold once no decision has confirmed it within its lifetime.
   */
  private async holdFor(request: HttpRequest, id: string, body: DecideApplicationDto): Promise<string | undefined> {
    if (body.decision !== 'funded' || body.fundedBy === 'investor') return undefined;
    const application = await this.services.ask(request, 'applications.get', id, {});
    // One hold per application: asking again returns the live one, or takes a new one once it lapsed.
    const hold = await this.services.ask(
      request,
      'programmes.reserve-budget',
      application.programmeId,
      { applicationId: id, amountCents: body.amountCents },
      { fresh: true },
    );
    return hold.holdId;
  }
}
