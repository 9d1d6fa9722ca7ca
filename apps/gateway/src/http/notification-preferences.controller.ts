import { Body, Controller, Get, Put, Req } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CategoryPreferenceView,
  CRITICAL_CATEGORIES,
  NotificationPreferencesDto,
  NotificationPreferencesView,
} from '@pollen/contracts';
import type { HttpRequest } from '@pollen/platform/http';

import { actorOf } from '../auth/actor';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { ServiceClient } from './service-client';

const critical = CRITICAL_CATEGORIES.map((category) => `\`${category}\``).join(', ');

/** What the signed-in user is told, and how: asked of the notifications service, keyed by the caller. */
@ApiTags('notifications')
// The view's categories are a Record, which the plugin cannot follow: ./openapi/response-schemas.ts points to this.
@ApiExtraModels(CategoryPreferenceView)
@Controller('v1/me/notification-preferences')
export class NotificationPreferencesController {
  constructor(private readonly services: ServiceClient) {}

  @Get()
  @ApiOperation({
    summary: 'Your notification preferences: per category and channel, and how deal-flow alerts come',
    description: `Every category is there, with its defaults until you change them; \`updatedAt\` is null until then. A \`critical\` category (${critical}) goes out on every channel whatever its choices say.`,
  })
  @ApiOkResponse({ type: NotificationPreferencesView })
  @ApiProblems('unavailable')
  get(@Req() request: HttpRequest): Promise<NotificationPreferencesView> {
    return this.services.ask(request, 'notifications.get-preferences', actorOf(request).id, {});
  }

  @Put()
  @ApiOperation({
    summary: 'Replace your notification preferences',
    description: `The whole set: a category left out takes every channel again; each category given says \`true\` or \`false\` for each of \`e-mail\`, \`in-app\` and \`webhook\`. \`dealFlowAlerts\`: new matches by e-mail each at once (\`immediate\`) or in one digest a day (\`daily\`, at \`digestTime\`, Paris time). Choices for a critical category (${critical}) are kept but do not hold: it goes out on every channel.`,
  })
  @ApiOkResponse({ type: NotificationPreferencesView, description: 'The preferences as they now are.' })
  @ApiProblems('validation-failed', 'unavailable')
  set(@Body() body: NotificationPreferencesDto, @Req() request: HttpRequest): Promise<NotificationPreferencesView> {
    return this.services.ask(request, 'notifications.set-preferences', actorOf(request).id, body);
  }
}
