import { applyDecorators, Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  DealFlowItemView,
  DealFlowPageView,
  DealFlowQueryDto,
  ExpressInterestDto,
  PassMatchDto,
} from '@pollen/contracts';
import type { HttpReply, HttpRequest } from '@pollen/platform/http';

import { Roles } from '../auth/access.decorators';
import { actorOf } from '../auth/actor';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { headerRefs } from '../openapi/headers';
import { ApiUuidParam } from '../openapi/request-schemas';
import { withEtag } from './if-match';
import { assertUuid } from './request-guards';
import { ServiceClient } from './service-client';

/** `POST /v1/deal-flow/{id}/<action>`: an investor's answer to one of their matches. */
const MatchActionRoute = (action: string, summary: string) =>
  applyDecorators(
    Post(`deal-flow/:id/${action}`),
    HttpCode(200),
    Roles('investor'),
    ApiUuidParam(),
    ApiOperation({ summary }),
    ApiOkResponse({ type: DealFlowItemView, headers: headerRefs({ ETag: 'MatchETag' }) }),
    ApiProblems(
      'validation-failed',
      'investor.not-approved',
      'not-found',
      'match.not-found',
      'match.illegal-transition',
      'match.changed-concurrently',
      'unavailable',
    ),
  );

/**
 * An investor's deal-flow, asked of the matching service that owns the matches. Its own role rule:
 * investors only, and approved ones (the matching service answers 403 `investor.not-approved`).
 */
@ApiTags('deal-flow')
@Controller('v1')
export class DealFlowController {
  constructor(private readonly services: ServiceClient) {}

  @Get('deal-flow')
  @Roles('investor')
  @ApiOperation({
    summary: 'Your matched projects, best score first, then the most recent (approved investors)',
    description:
      'Each item: the project without its SIREN or anyone’s contact, the score and its explanation in French and English; once the applicant accepts your interest, `introduction` gives their contact and the SIREN. `status` filters; pages of `limit` (1–100, default 20), `nextCursor` gives the next.',
  })
  @ApiOkResponse({ type: DealFlowPageView })
  @ApiProblems('validation-failed', 'investor.not-approved', 'unavailable')
  list(@Query() query: DealFlowQueryDto, @Req() request: HttpRequest): Promise<DealFlowPageView> {
    return this.services.ask(request, 'deal-flow.list', actorOf(request).id, query);
  }

  @MatchActionRoute('interest', 'Say you are interested in a proposed project, with a word to the applicant')
  async interest(
    @Param('id') id: string,
    @Body() body: ExpressInterestDto,
    @Req() request: HttpRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ): Promise<DealFlowItemView> {
    assertUuid(id, 'match');
    return withEtag(response, await this.services.ask(request, 'deal-flow.express-interest', id, body));
  }

  @MatchActionRoute('pass', 'Pass on a proposed or interesting project, with a reason')
  async pass(
    @Param('id') id: string,
    @Body() body: PassMatchDto,
    @Req() request: HttpRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ): Promise<DealFlowItemView> {
    assertUuid(id, 'match');
    return withEtag(response, await this.services.ask(request, 'deal-flow.pass', id, body));
  }
}
