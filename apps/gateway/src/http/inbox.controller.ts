import { Controller, Get, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  LegalTemplateListView,
  LegalTemplateRequestTypes,
  NotificationListView,
  NotificationRequestTypes,
  type TopicDefinition,
  Topics,
} from '@pollen/contracts';
import { localeOf } from '@pollen/platform/http';
import { RequestReplyClient } from '@pollen/platform/kafka';
import type { Request } from 'express';
import { actorOf } from '../auth/actor';
import { ApiProblems } from '../openapi/api-problems.decorator';

/** What the notifications and legal-templates services offer every signed-in user today. */
@ApiBearerAuth()
@Controller('v1')
export class InboxController {
  constructor(private readonly requests: RequestReplyClient) {}

  private ask<T>(request: Request, topic: TopicDefinition, type: string): Promise<T> {
    const actor = actorOf(request);
    // Keyed by the caller: one person's requests are answered in order.
    return this.requests.request<T>({
      topic,
      type,
      subject: actor.id,
      data: {},
      actor,
      locale: localeOf(request.headers['accept-language']),
    });
  }

  @Get('me/notifications')
  @ApiTags('notifications')
  @ApiOperation({ summary: 'Your in-app notifications, newest first, in your language (Accept-Language)' })
  @ApiOkResponse({ type: NotificationListView })
  @ApiProblems(401, 503)
  notifications(@Req() request: Request): Promise<NotificationListView> {
    return this.ask(request, Topics.notificationRequests, NotificationRequestTypes.listMine);
  }

  @Get('legal-templates')
  @ApiTags('legal-templates')
  @ApiOperation({ summary: 'Published legal templates (grant agreements, loan contracts, term sheets…)' })
  @ApiOkResponse({ type: LegalTemplateListView })
  @ApiProblems(401, 503)
  legalTemplates(@Req() request: Request): Promise<LegalTemplateListView> {
    return this.ask(request, Topics.legalTemplateRequests, LegalTemplateRequestTypes.list);
  }
}
