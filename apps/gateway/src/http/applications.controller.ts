import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApplicationRequestTypes,
  ApplicationView,
  CreateApplicationDraftDto,
  DomainException,
  ErrorCode,
  Topics,
} from '@pollen/contracts';
import { localeOf } from '@pollen/platform/http';
import { RequestReplyClient } from '@pollen/platform/kafka';
import type { Request, Response } from 'express';
import { Roles } from '../auth/access.decorators';
import { actorOf } from '../auth/actor';
import { ApiProblems } from '../openapi/api-problems.decorator';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** Funding requests, asked of the applications service that owns them. */
@ApiTags('applications')
@ApiBearerAuth()
@Roles('applicant', 'operator')
@Controller('v1/applications')
export class ApplicationsController {
  constructor(private readonly requests: RequestReplyClient) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Start a draft application',
    description: 'Only the programme, the organisation name and its SIREN are needed; the rest may come later.',
  })
  @ApiCreatedResponse({
    type: ApplicationView,
    description: 'The draft; `Location` points to it, `ETag` is its version.',
  })
  @ApiProblems(400, 401, 403, 409, 503)
  async create(
    @Body() body: CreateApplicationDraftDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ApplicationView> {
    const view = await this.requests.request<ApplicationView>({
      topic: Topics.applicationRequests,
      type: ApplicationRequestTypes.createDraft,
      subject: randomUUID(),
      data: body,
      actor: actorOf(request),
      locale: localeOf(request.headers['accept-language']),
    });
    response.setHeader('Location', `/v1/applications/${view.id}`);
    response.setHeader('ETag', `"${view.version}"`);
    return view;
  }

  @Get(':id')
  @ApiOperation({ summary: 'One application, with its status history' })
  @ApiOkResponse({ type: ApplicationView })
  @ApiProblems(401, 403, 404, 503)
  async get(
    @Param('id') id: string,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ApplicationView> {
    if (!UUID.test(id)) throw new DomainException(ErrorCode.NotFound, `No application ${id}`);
    const view = await this.requests.request<ApplicationView>({
      topic: Topics.applicationRequests,
      type: ApplicationRequestTypes.get,
      subject: id,
      data: {},
      actor: actorOf(request),
      locale: localeOf(request.headers['accept-language']),
    });
    response.setHeader('ETag', `"${view.version}"`);
    return view;
  }
}
