import { Controller, Get, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { LegalTemplateListView, NotificationListView } from '@pollen/contracts';
import type { HttpRequest } from '@pollen/platform/http';

import { actorOf } from '../auth/actor';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { ServiceClient } from './service-client';

/** What the notifications and legal-templates services offer every signed-in user today. */
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

  @Get('legal-templates')
  @ApiTags('legal-templates')
  @ApiOperation({ summary: 'Published legal templates (grant agreements, loan contracts, term sheets…)' })
  @ApiOkResponse({ type: LegalTemplateListView })
  @ApiProblems('unavailable')
  legalTemplates(@Req() request: HttpRequest): Promise<LegalTemplateListView> {
    return this.services.ask(request, 'legal-templates.list', actorOf(request).id, {});
  }
}
