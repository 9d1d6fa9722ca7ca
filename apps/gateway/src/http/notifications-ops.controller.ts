import { randomUUID } from 'node:crypto';

import { Controller, Get, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DeliveryFailurePageView, ListDeliveryFailuresQueryDto } from '@pollen/contracts';
import type { HttpRequest } from '@pollen/platform/http';

import { Roles } from '../auth/access.decorators';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { ServiceClient } from './service-client';

/** Operators' view of the notifications sent outside the platform, asked of the notifications service. */
@ApiTags('operations')
@Controller('v1/ops/notifications')
export class NotificationsOpsController {
  constructor(private readonly services: ServiceClient) {}

  @Get('failures')
  @Roles('operator')
  @ApiOperation({
    summary: 'Notifications not delivered: still retried or given up (operators)',
    description:
      'The last failure first; filter `status` (`failed`: retried later, `dead`: no more attempts); `nextCursor` gives the next page. Neither addresses nor texts: who, what kind, and what went wrong.',
  })
  @ApiOkResponse({ type: DeliveryFailurePageView })
  @ApiProblems('validation-failed', 'unavailable')
  failures(
    @Query() query: ListDeliveryFailuresQueryDto,
    @Req() request: HttpRequest,
  ): Promise<DeliveryFailurePageView> {
    return this.services.ask(request, 'notifications.list-failures', randomUUID(), query);
  }
}
