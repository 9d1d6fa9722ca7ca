import { applyDecorators, Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AcceptIntroductionDto,
  ApplicationMatchesView,
  ApplicationMatchView,
  DeclineMatchDto,
  MatchingInsightsView,
} from '@pollen/contracts';
import type { HttpRequest } from '@pollen/platform/http';

import { Roles } from '../auth/access.decorators';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { ApiUuidParam } from '../openapi/request-schemas';
import { assertUuid } from './request-guards';
import { ServiceClient } from './service-client';

/** `POST /v1/applications/{id}/matches/{matchId}/<answer>`: the applicant answers an interested investor. */
const AnswerRoute = (answer: 'accept' | 'decline', summary: string, description: string) =>
  applyDecorators(
    Post(`:id/matches/:matchId/${answer}`),
    HttpCode(200),
    Roles('applicant'),
    ApiUuidParam(),
    ApiUuidParam('matchId'),
    ApiOperation({ summary, description }),
    ApiOkResponse({ type: ApplicationMatchView }),
    ApiProblems(
      'validation-failed',
      'not-found',
      'application.not-found',
      'match.not-found',
      'match.illegal-transition',
      ...(answer === 'accept' ? (['match.no-longer-qualifies', 'match.application-outdated'] as const) : []),
      'match.changed-concurrently',
      'unavailable',
    ),
  );

/**
 * The applicant's side of matching, asked of the matching service: its own role rule, the owning
 * applicant and operators read, only the applicant answers (an investor gets 403; someone else's
 * application is 404).
 */
@ApiTags('applications')
@Controller('v1/applications')
export class ApplicationMatchesController {
  constructor(private readonly services: ServiceClient) {}

  @Get(':id/matches')
  @Roles('applicant', 'operator')
  @ApiUuidParam()
  @ApiOperation({
    summary: 'The investors interested in your application',
    description:
      'Each with their organisation, kind, the amount they mean to put in and their message, the latest first; once you accepted one, `introduction` gives their contact and SIREN (operators see it too), and a declined one shows your `decline`. Investors who were only proposed it, or who passed, are not listed.',
  })
  @ApiOkResponse({ type: ApplicationMatchesView })
  @ApiProblems('not-found', 'application.not-found', 'unavailable')
  matches(@Param('id') id: string, @Req() request: HttpRequest): Promise<ApplicationMatchesView> {
    assertUuid(id, 'application');
    return this.services.ask(request, 'matching.application-matches', id, {});
  }

  @Get(':id/matching-insights')
  @Roles('applicant', 'operator')
  @ApiUuidParam()
  @ApiOperation({
    summary: 'How your application stands against the investors’ theses',
    description:
      'How many approved, active theses it passes every gate of, and for each gate how many theses it alone refuses, the most first. A count of 1 or 2 is `null`, so that no investor can be identified; a draft without its instrument, amount, region or legal form gets nulls and no gates.',
  })
  @ApiOkResponse({ type: MatchingInsightsView })
  @ApiProblems('not-found', 'application.not-found', 'unavailable')
  insights(@Param('id') id: string, @Req() request: HttpRequest): Promise<MatchingInsightsView> {
    assertUuid(id, 'application');
    return this.services.ask(request, 'matching.insights', id, {});
  }

  @AnswerRoute(
    'accept',
    'Accept an interested investor and meet them',
    'You give a contact; the investor gets it with your organisation’s SIREN, and you get theirs in the answer. Your application moves to `in-discussion` moments later (its history says with whom); you may still accept others. Only an `interested` match can be accepted, and only while your application and the investor still qualify (`409` otherwise).',
  )
  accept(
    @Param('id') id: string,
    @Param('matchId') matchId: string,
    @Body() body: AcceptIntroductionDto,
    @Req() request: HttpRequest,
  ): Promise<ApplicationMatchView> {
    assertUuid(id, 'application');
    assertUuid(matchId, 'match');
    return this.services.ask(request, 'matches.accept', matchId, { ...body, applicationId: id });
  }

  @AnswerRoute(
    'decline',
    'Decline an interested investor',
    'The investor sees that you declined, and your reason if you give one; nobody’s contact is shared.',
  )
  decline(
    @Param('id') id: string,
    @Param('matchId') matchId: string,
    @Body() body: DeclineMatchDto,
    @Req() request: HttpRequest,
  ): Promise<ApplicationMatchView> {
    assertUuid(id, 'application');
    assertUuid(matchId, 'match');
    return this.services.ask(request, 'matches.decline', matchId, { ...body, applicationId: id });
  }
}
