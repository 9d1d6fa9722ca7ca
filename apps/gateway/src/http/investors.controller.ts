import { randomUUID } from 'node:crypto';

import {
  applyDecorators,
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  InvestorPageView,
  InvestorProfileDto,
  InvestorView,
  ListInvestorsQueryDto,
  type VettingAction,
  VettingReasonDto,
} from '@pollen/contracts';
import type { HttpReply, HttpRequest } from '@pollen/platform/http';

import { Roles } from '../auth/access.decorators';
import { actorOf } from '../auth/actor';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { headerRefs } from '../openapi/headers';
import { ApiMergePatch, ApiUuidParam } from '../openapi/request-schemas';
import { versionsFromIfMatch, withEtag } from './if-match';
import { assertUuid, mergePatchBody } from './request-guards';
import { ServiceClient } from './service-client';

/** Every answer about one investor carries its version as the ETag. */
const withVersion = headerRefs({ ETag: 'InvestorETag' });

/** `POST /v1/ops/investors/{id}/<action>`: an operator's vetting decision, answered with the investor. */
const VettingRoute = (action: VettingAction, summary: string) =>
  applyDecorators(
    Post(`ops/investors/:id/${action}`),
    HttpCode(200),
    Roles('operator'),
    ApiUuidParam(),
    ApiOperation({ summary }),
    ApiOkResponse({ type: InvestorView, headers: withVersion }),
    ApiProblems(
      'not-found',
      'investor.not-found',
      'investor.illegal-transition',
      'investor.changed-concurrently',
      'unavailable',
    ),
  );

/** Investors, asked of the matching service that owns them: vetting by operators, the profile by the investor. */
@ApiTags('investors')
@Controller('v1')
export class InvestorsController {
  constructor(private readonly services: ServiceClient) {}

  @Get('ops/investors')
  @Roles('operator')
  @ApiOperation({
    summary: 'Investors by vetting status, oldest first (operators)',
    description:
      '`status`: pending, approved, rejected or suspended; pages of `limit` (1–100, default 20), `nextCursor` gives the next.',
  })
  @ApiOkResponse({ type: InvestorPageView })
  @ApiProblems('validation-failed', 'unavailable')
  list(@Query() query: ListInvestorsQueryDto, @Req() request: HttpRequest): Promise<InvestorPageView> {
    return this.services.ask(request, 'investors.list', randomUUID(), query);
  }

  @Get('ops/investors/:id')
  @Roles('operator')
  @ApiUuidParam()
  @ApiOperation({ summary: 'One investor, with their profile and thesis (operators)' })
  @ApiOkResponse({ type: InvestorView, headers: withVersion })
  @ApiProblems('not-found', 'investor.not-found', 'unavailable')
  async get(
    @Param('id') id: string,
    @Req() request: HttpRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ): Promise<InvestorView> {
    assertUuid(id, 'investor');
    return withEtag(response, await this.services.ask(request, 'investors.get', id, {}));
  }

  @VettingRoute('approve', 'Approve a pending investor (operators)')
  async approve(
    @Param('id') id: string,
    @Req() request: HttpRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ): Promise<InvestorView> {
    assertUuid(id, 'investor');
    return withEtag(response, await this.services.ask(request, 'investors.approve', id, {}));
  }

  @VettingRoute('reject', 'Reject a pending investor, with a reason (operators)')
  async reject(
    @Param('id') id: string,
    @Body() body: VettingReasonDto,
    @Req() request: HttpRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ): Promise<InvestorView> {
    assertUuid(id, 'investor');
    return withEtag(response, await this.services.ask(request, 'investors.reject', id, body));
  }

  @VettingRoute('suspend', 'Suspend an approved investor, with a reason (operators)')
  async suspend(
    @Param('id') id: string,
    @Body() body: VettingReasonDto,
    @Req() request: HttpRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ): Promise<InvestorView> {
    assertUuid(id, 'investor');
    return withEtag(response, await this.services.ask(request, 'investors.suspend', id, body));
  }

  @VettingRoute('reinstate', 'Reinstate a suspended investor (operators)')
  async reinstate(
    @Param('id') id: string,
    @Req() request: HttpRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ): Promise<InvestorView> {
    assertUuid(id, 'investor');
    return withEtag(response, await this.services.ask(request, 'investors.reinstate', id, {}));
  }

  @Get('investors/me')
  @Roles('investor')
  @ApiOperation({
    summary: 'Your investor profile, thesis and vetting status',
    description: 'Before matching has seen your registration: an empty `pending` profile at version 0 (`ETag: "0"`).',
  })
  @ApiOkResponse({ type: InvestorView, headers: withVersion })
  @ApiProblems('unavailable')
  async me(@Req() request: HttpRequest, @Res({ passthrough: true }) response: HttpReply): Promise<InvestorView> {
    return withEtag(response, await this.services.ask(request, 'investors.get', actorOf(request).id, {}));
  }

  @Patch('investors/me')
  @Roles('investor')
  @ApiOperation({
    summary: 'Fill in or edit your profile and thesis',
    description:
      'A JSON merge patch (application/merge-patch+json or application/json); the result must be a whole, valid profile, and every invalid field is listed in one 400. `If-Match` with the ETag is required; `"0"` (the empty profile) creates it.',
  })
  @ApiHeader({ name: 'If-Match', required: true })
  @ApiMergePatch(InvestorProfileDto, 'InvestorProfilePatch', 'Any subset of the profile’s fields; null removes one')
  @ApiOkResponse({ type: InvestorView, headers: withVersion })
  @ApiProblems(
    'request.if-match-required',
    'investor.version-mismatch',
    'precondition-failed',
    'investor.changed-concurrently',
    'unavailable',
  )
  async update(
    @Body() body: unknown,
    @Headers('if-match') ifMatch: string | undefined,
    @Req() request: HttpRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ): Promise<InvestorView> {
    const data = { patch: mergePatchBody(body), expectedVersions: versionsFromIfMatch(ifMatch) };
    return withEtag(response, await this.services.ask(request, 'investors.update-profile', actorOf(request).id, data));
  }
}
