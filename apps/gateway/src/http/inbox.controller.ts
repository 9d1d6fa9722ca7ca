import { Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ListNotificationsQueryDto, NotificationListView } from '@pollen/contracts';
import type { HttpRequest } from '@pollen/platform/http';

import { actorOf } from '../auth/actor';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { ServiceClient } from './service-client';

/**
 * The signed-in user's inbox, asked of the notifications service. Every request is keyed by the
 * caller: one person's reads and marks are answered in order.
 */
@ApiTags('notifications')
@Controller('v1/me/notifications')
export class InboxController {
  constructor(private readonly services: ServiceClient) {}

  @Get()
  @ApiOperation({
    summary: 'Your in-app notifications, newest first, in your language (Accept-Language)',
    description:
      '`unread=true` keeps the unread ones; pages of `limit` (1–100, default 50), `nextCursor` gives the next. `unreadCount` counts the unread ones of the whole inbox, whatever the page or filter: a badge needs no second call. `delivery` says where the same notice stands by e-mail and webhook.',
  })
  @ApiOkResponse({ type: NotificationListView })
  @ApiProblems('validation-failed', 'unavailable')
  notifications(@Query() query: ListNotificationsQueryDto, @Req() request: HttpRequest): Promise<NotificationListView> {
    return this.services.ask(request, 'notifications.list-mine', actorOf(request).id, query);
  }

  @Post('read-all')
  @HttpCode(204)
  @ApiOperation({ summary: 'Mark every notification of your inbox read' })
  @ApiNoContentResponse({ description: 'Nothing is unread any more (also when nothing was).' })
  @ApiProblems('unavailable')
  async markAllRead(@Req() request: HttpRequest): Promise<void> {
    await this.services.ask(request, 'notifications.mark-all-read', actorOf(request).id, {});
  }

  @Post(':id/read')
  @HttpCode(204)
  // Not a UUID (a notification is one notice on one channel): its recipient's service says whether it exists.
  @ApiParam({ name: 'id', description: 'A notification’s `id`, as the inbox lists it.' })
  @ApiOperation({
    summary: 'Mark one of your notifications read',
    description: 'Marking it again changes nothing. Another person’s notification is `404`, as one that never was.',
  })
  @ApiNoContentResponse({ description: 'It is read.' })
  @ApiProblems('notification.not-found', 'unavailable')
  async markRead(@Param('id') id: string, @Req() request: HttpRequest): Promise<void> {
    await this.services.ask(request, 'notifications.mark-read', actorOf(request).id, { notificationId: id });
  }
}
