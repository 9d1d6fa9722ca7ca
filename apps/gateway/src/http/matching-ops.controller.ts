import { randomUUID } from 'node:crypto';

import { Controller, Get, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MatchingStatsView } from '@pollen/contracts';
import type { HttpRequest } from '@pollen/platform/http';

import { Roles } from '../auth/access.decorators';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { ServiceClient } from './service-client';

/** Operators' view of matching, asked of the matching service. */
@ApiTags('operations')
@Controller('v1/ops/matching')
export class MatchingOpsController {
  constructor(private readonly services: ServiceClient) {}

  @Get('stats')
  @Roles('operator')
  @ApiOperation({
    summary: 'Matching’s figures: matches by status, passes by reason, time to an investor’s first answer',
    description: 'Over every match, and per programme; the median counts the matches an investor has answered.',
  })
  @ApiOkResponse({ type: MatchingStatsView })
  @ApiProblems('unavailable')
  stats(@Req() request: HttpRequest): Promise<MatchingStatsView> {
    return this.services.ask(request, 'matching.stats', randomUUID(), {});
  }
}
