import { randomUUID } from 'node:crypto';

import { Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DeadLetterPageView, DeadLetterView, DomainException, ListDeadLettersQueryDto } from '@pollen/contracts';
import type { HttpRequest } from '@pollen/platform/http';

import { Roles } from '../auth/access.decorators';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { ServiceClient } from './service-client';

/** `<dead-letter topic>:<partition>:<offset>`. */
const DEAD_LETTER_ID = /^[A-Za-z0-9._-]{1,249}:\d{1,10}:\d{1,20}$/;

function assertDeadLetterId(id: string): void {
  if (!DEAD_LETTER_ID.test(id)) throw new DomainException('dead-letter.not-found');
}

/** Dead letters, for the operators who run the platform (ADR 0012). */
@ApiTags('operations')
@ApiBearerAuth()
@Roles('operator')
@Controller('v1/ops/dead-letters')
export class OpsController {
  constructor(private readonly services: ServiceClient) {}

  @Get()
  @ApiOperation({
    summary: 'List dead letters (operators)',
    description: 'Newest first; filter by original topic, envelope type and state; `nextCursor` gives the next page.',
  })
  @ApiOkResponse({ type: DeadLetterPageView })
  @ApiProblems('validation-failed', 'unavailable')
  list(@Query() query: ListDeadLettersQueryDto, @Req() request: HttpRequest): Promise<DeadLetterPageView> {
    return this.services.ask(request, 'operations.list-dead-letters', randomUUID(), query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One dead letter, with its original message and replays (operators)' })
  @ApiOkResponse({ type: DeadLetterView })
  @ApiProblems('dead-letter.not-found', 'unavailable')
  get(@Param('id') id: string, @Req() request: HttpRequest): Promise<DeadLetterView> {
    assertDeadLetterId(id);
    return this.services.ask(request, 'operations.get-dead-letter', id, {});
  }

  @Post(':id/replay')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Replay an event dead letter (operators)',
    description:
      'The service that dead-lettered the event runs it again, with the same envelope id; the outcome (`applied`, `duplicate`, `superseded` or `failed`) is recorded on the dead letter a moment later. Request dead letters are never replayed.',
  })
  @ApiAcceptedResponse({ type: DeadLetterView, description: 'The dead letter, now `replaying`.' })
  @ApiProblems('dead-letter.not-found', 'dead-letter.not-replayable', 'dead-letter.changed-concurrently', 'unavailable')
  replay(@Param('id') id: string, @Req() request: HttpRequest): Promise<DeadLetterView> {
    assertDeadLetterId(id);
    return this.services.ask(request, 'operations.replay-dead-letter', id, {});
  }
}
