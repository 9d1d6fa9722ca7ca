import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CreateProgrammeDto,
  ListProgrammesQueryDto,
  ProgrammePageView,
  ProgrammeRequestTypes,
  ProgrammeView,
  Topics,
} from '@pollen/contracts';
import { localeOf } from '@pollen/platform/http';
import { RequestReplyClient } from '@pollen/platform/kafka';
import type { Request, Response } from 'express';
import { Public, Roles } from '../auth/access.decorators';
import { actorOf, optionalActorOf } from '../auth/actor';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { assertUuid, mergePatchBody } from './request-guards';

const ANONYMOUS = { id: 'anonymous', roles: [] };

/** Programmes (calls for applications): anyone browses them, operators run them. */
@ApiTags('programmes')
@Controller('v1/programmes')
export class ProgrammesController {
  constructor(private readonly requests: RequestReplyClient) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'Browse programmes', description: 'Open ones by default, soonest deadline first.' })
  @ApiOkResponse({ type: ProgrammePageView })
  @ApiProblems(400, 503)
  list(@Query() query: ListProgrammesQueryDto, @Req() request: Request): Promise<ProgrammePageView> {
    return this.requests.request<ProgrammePageView>({
      topic: Topics.applicationRequests,
      type: ProgrammeRequestTypes.list,
      // Reads spread over partitions; they change nothing.
      subject: randomUUID(),
      data: { ...query },
      actor: optionalActorOf(request) ?? ANONYMOUS,
      locale: localeOf(request.headers['accept-language']),
    });
  }

  @Public()
  @Get(':id')
  @ApiOperation({ summary: 'One programme, with its eligibility rules' })
  @ApiOkResponse({ type: ProgrammeView })
  @ApiProblems(404, 503)
  get(@Param('id') id: string, @Req() request: Request): Promise<ProgrammeView> {
    assertUuid(id, 'programme');
    return this.requests.request<ProgrammeView>({
      topic: Topics.applicationRequests,
      type: ProgrammeRequestTypes.get,
      subject: id,
      data: {},
      actor: optionalActorOf(request) ?? ANONYMOUS,
      locale: localeOf(request.headers['accept-language']),
    });
  }

  @Post()
  @HttpCode(201)
  @ApiBearerAuth()
  @Roles('operator')
  @ApiOperation({ summary: 'Create a programme (operators)' })
  @ApiCreatedResponse({ type: ProgrammeView })
  @ApiProblems(400, 401, 403, 503)
  async create(
    @Body() body: CreateProgrammeDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ProgrammeView> {
    const programme = await this.requests.request<ProgrammeView>({
      topic: Topics.applicationRequests,
      type: ProgrammeRequestTypes.create,
      subject: randomUUID(),
      data: body,
      actor: actorOf(request),
      locale: localeOf(request.headers['accept-language']),
    });
    response.setHeader('Location', `/v1/programmes/${programme.id}`);
    return programme;
  }

  @Patch(':id')
  @ApiBearerAuth()
  @Roles('operator')
  @ApiOperation({
    summary: 'Change a programme (operators)',
    description:
      'A JSON merge patch (application/merge-patch+json or application/json); `null` removes an optional field.',
  })
  @ApiBody({ type: CreateProgrammeDto, description: 'Any subset of the programme’s fields' })
  @ApiOkResponse({ type: ProgrammeView })
  @ApiProblems(400, 401, 403, 404, 409, 503)
  update(@Param('id') id: string, @Body() body: unknown, @Req() request: Request): Promise<ProgrammeView> {
    assertUuid(id, 'programme');
    return this.requests.request<ProgrammeView>({
      topic: Topics.applicationRequests,
      type: ProgrammeRequestTypes.update,
      subject: id,
      data: { patch: mergePatchBody(body) },
      actor: actorOf(request),
      locale: localeOf(request.headers['accept-language']),
    });
  }
}
