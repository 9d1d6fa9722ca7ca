import { Controller, Get, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { NotificationListView } from '@pollen/contracts';
import type { HttpRequest } from '@pollen/platform/http';

import { actorOf } from '../auth/actor';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { ServiceClient } from './service-client';

/** The signed-in user's inbox, asked of the notifications service. */
@Controller('v1')
export class InboxController {
  constructor(private readonly services: ServiceClient) {}

  @Get('me/notifications')
  @ApiTags('notifications')
  @ApiOperation({ summary: 'Your in-app notifications, newest first, in your language (Accept-Language)' })
  @ApiOkResponse({ type: NotificationListView })
  @ApiProblems('unavailable')
  notifications(@Req() request: HttpRequest): Promise<NotificationListView> {
    // Keyed by the caller: one person's requests are answered in order.
    return this.services.ask(request, 'notifications.list-mine', actorOf(request).id, {});
  }
}
