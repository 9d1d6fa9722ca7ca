import { Controller, Get, Param, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { TimelinePageView, TimelineQueryDto } from '@pollen/contracts';
import type { HttpRequest } from '@pollen/platform/http';

import { Roles } from '../auth/access.decorators';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { ApiUuidParam } from '../openapi/request-schemas';
import { assertUuid } from './request-guards';
import { ServiceClient } from './service-client';

/** One application's story across every service, for the operators who follow it up: operations answers. */
@ApiTags('operations')
@ApiBearerAuth()
@Roles('operator')
@Controller('v1/ops/applications')
export class OpsTimelineController {
  constructor(private readonly services: ServiceClient) {}

  @Get(':id/timeline')
  @ApiUuidParam()
  @ApiOperation({
    summary: 'An application’s timeline (operators)',
    description:
      'Every event about the application from every service — its own, its budget hold’s, its matches’, its documents’ and its notifications’ deliveries — oldest first, with the service that emitted it, correlation, cause and trace ids and where it is on Kafka; never the events’ data. `nextCursor` gives the next page.',
  })
  @ApiOkResponse({ type: TimelinePageView })
  @ApiProblems('not-found', 'validation-failed', 'timeline.not-found', 'unavailable')
  timeline(
    @Param('id') id: string,
    @Query() query: TimelineQueryDto,
    @Req() request: HttpRequest,
  ): Promise<TimelinePageView> {
    assertUuid(id, 'application');
    return this.services.ask(request, 'operations.application-timeline', id, query);
  }
}
