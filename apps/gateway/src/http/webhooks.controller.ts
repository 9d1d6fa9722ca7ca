import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  MAX_WEBHOOKS_PER_ACCOUNT,
  RegisterWebhookDto,
  WebhookDeliveriesQueryDto,
  WebhookDeliveryPageView,
  WebhookListView,
  type WebhookWithSealedSecretView,
  WebhookWithSecretView,
} from '@pollen/contracts';
import type { HttpReply, HttpRequest } from '@pollen/platform/http';
import { ReplyKeys } from '@pollen/platform/kafka';

import { Roles } from '../auth/access.decorators';
import { actorOf } from '../auth/actor';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { headerRefs } from '../openapi/headers';
import { ApiUuidParam } from '../openapi/request-schemas';
import { WEBHOOK_PROTOCOL } from '../openapi/webhook-protocol';
import { assertUuid } from './request-guards';
import { ServiceClient } from './service-client';

/** A secret is shown once: no cache on the way (a proxy, the browser) may keep a copy of it. */
function withNoStore<T>(response: HttpReply, view: T): T {
  response.header('Cache-Control', 'no-store');
  return view;
}

/**
 * The secret crosses Kafka sealed to this process (the request's `replyKey`): only here, for the
 * HTTP answer, is it in clear.
 */
function opened(keys: ReplyKeys, { sealedSecret, ...view }: WebhookWithSealedSecretView): WebhookWithSecretView {
  return { ...view, secret: keys.open(sealedSecret) };
}

const withSecret = { type: WebhookWithSecretView, headers: headerRefs({ 'Cache-Control': 'NoStore' }) };

/**
 * The caller's webhook endpoints, asked of the notifications service that signs and sends the calls;
 * keyed by the caller, who alone finds their endpoints. Investors and operators only: applicants
 * have no public events to receive.
 */
@ApiTags('webhooks')
@Roles('investor', 'operator')
@Controller('v1/webhooks')
export class WebhooksController {
  constructor(
    private readonly services: ServiceClient,
    private readonly replyKeys: ReplyKeys,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Register an endpoint for the events you choose; its secret is shown this once',
    description: WEBHOOK_PROTOCOL,
  })
  @ApiCreatedResponse({
    ...withSecret,
    description: `The endpoint, \`active\`, with its \`secret\`: keep it, it is never shown again (\`rotate-secret\` gives a new one). At most ${MAX_WEBHOOKS_PER_ACCOUNT} endpoints per account.`,
  })
  @ApiProblems('validation-failed', 'webhook.https-required', 'webhook.url-refused', 'webhook.too-many', 'unavailable')
  async register(
    @Body() body: RegisterWebhookDto,
    @Req() request: HttpRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ): Promise<WebhookWithSecretView> {
    const registered = await this.services.ask(request, 'webhooks.register', actorOf(request).id, {
      ...body,
      replyKey: this.replyKeys.publicKey,
    });
    return withNoStore(response, opened(this.replyKeys, registered));
  }

  @Get()
  @ApiOperation({
    summary: 'Your webhook endpoints, the oldest first, without their secrets',
    description:
      '`status` is `disabled` once an endpoint failed every call for a day; `failingSince` says since when calls fail, while it is still `active`.',
  })
  @ApiOkResponse({ type: WebhookListView })
  @ApiProblems('unavailable')
  list(@Req() request: HttpRequest): Promise<WebhookListView> {
    return this.services.ask(request, 'webhooks.list', actorOf(request).id, {});
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiUuidParam()
  @ApiOperation({ summary: 'Delete one of your endpoints: nothing more is sent to it' })
  @ApiNoContentResponse({ description: 'It is gone, with the calls still to make.' })
  @ApiProblems('not-found', 'webhook.not-found', 'unavailable')
  async delete(@Param('id') id: string, @Req() request: HttpRequest): Promise<void> {
    assertUuid(id, 'webhook');
    await this.services.ask(request, 'webhooks.delete', actorOf(request).id, { webhookId: id });
  }

  @Post(':id/rotate-secret')
  @HttpCode(200)
  @ApiUuidParam()
  @ApiOperation({
    summary: 'Give one of your endpoints a new secret, shown this once',
    description:
      'Calls are signed with both secrets for the next 24 hours (`previousSecretExpiresAt`): deploy the new one to your receiver meanwhile, then only it signs.',
  })
  @ApiOkResponse({
    ...withSecret,
    description: 'The endpoint with its new `secret`: keep it, it is never shown again.',
  })
  @ApiProblems('not-found', 'webhook.not-found', 'unavailable')
  async rotateSecret(
    @Param('id') id: string,
    @Req() request: HttpRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ): Promise<WebhookWithSecretView> {
    assertUuid(id, 'webhook');
    const rotated = await this.services.ask(request, 'webhooks.rotate-secret', actorOf(request).id, {
      webhookId: id,
      replyKey: this.replyKeys.publicKey,
    });
    return withNoStore(response, opened(this.replyKeys, rotated));
  }

  @Get(':id/deliveries')
  @ApiUuidParam()
  @ApiOperation({
    summary: 'The calls of one of your endpoints, the newest first, and how each went',
    description:
      '`status`: `pending` before its first attempt, `sent` once answered `2xx`, `failed` while it is tried again (`nextAttemptAt`), `dead` when no attempt is left. `lastError` says what went wrong last. Pages of `limit` (1–100, default 20); `nextCursor` gives the next.',
  })
  @ApiOkResponse({ type: WebhookDeliveryPageView })
  @ApiProblems('validation-failed', 'not-found', 'webhook.not-found', 'unavailable')
  deliveries(
    @Param('id') id: string,
    @Query() query: WebhookDeliveriesQueryDto,
    @Req() request: HttpRequest,
  ): Promise<WebhookDeliveryPageView> {
    assertUuid(id, 'webhook');
    return this.services.ask(request, 'webhooks.list-deliveries', actorOf(request).id, { ...query, webhookId: id });
  }
}
