import { randomUUID } from 'node:crypto';

import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CreateProgrammeDto, ListProgrammesQueryDto, ProgrammePageView, ProgrammeView } from '@pollen/contracts';
import { type HttpReply, type HttpRequest, localeOf } from '@pollen/platform/http';

import { Public, Roles } from '../auth/access.decorators';
import { optionalActorOf } from '../auth/actor';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { headerRefs } from '../openapi/headers';
import { ApiMergePatch, ApiUuidParam } from '../openapi/request-schemas';
import { PublicReadCache } from './public-read-cache';
import { assertUuid, mergePatchBody } from './request-guards';
import { ServiceClient } from './service-client';

/** Programmes (calls for applications): anyone browses them, operators run them. */
@ApiTags('programmes')
@Controller('v1/programmes')
export class ProgrammesController {
  constructor(
    private readonly services: ServiceClient,
    private readonly publicReads: PublicReadCache,
  ) {}

  /**
   * Everyone but operators sees the same catalogue: from the cache (ADR 0020). Operators see
   * budgets and deadline reviews, and the change they just made.
   */
  private read<T>(request: HttpRequest, key: string, ask: () => Promise<T>): Promise<T> {
    if (optionalActorOf(request)?.roles.includes('operator')) return ask();
    return this.publicReads.read(`${localeOf(request.headers['accept-language'])} ${key}`, ask);
  }

  @Public()
  @Get()
  @ApiOperation({
    summary: 'Browse programmes',
    description:
      'Open ones by default, soonest deadline first. Operators see each one as on its own: with its budget (`committedCents`, `heldCents`, `remainingCents`) and `deadlineReview`.',
  })
  @ApiOkResponse({ type: ProgrammePageView })
  @ApiProblems('validation-failed', 'unavailable')
  list(@Query() query: ListProgrammesQueryDto, @Req() request: HttpRequest): Promise<ProgrammePageView> {
    // Reads spread over partitions; they change nothing.
    return this.read(request, `list ${JSON.stringify(query)}`, () =>
      this.services.ask(request, 'programmes.list', randomUUID(), query),
    );
  }

  @Public()
  @Get(':id')
  @ApiUuidParam()
  @ApiOperation({
    summary: 'One programme, with its eligibility rules',
    description:
      'Operators also see its budget: `committedCents`, `heldCents` and `remainingCents`, and `deadlineReview: true` while a deadline stored at 00:00 UTC awaits their review.',
  })
  @ApiOkResponse({ type: ProgrammeView })
  @ApiProblems('not-found', 'programme.not-found', 'unavailable')
  get(@Param('id') id: string, @Req() request: HttpRequest): Promise<ProgrammeView> {
    assertUuid(id, 'programme');
    return this.read(request, `get ${id}`, () => this.services.ask(request, 'programmes.get', id, {}));
  }

  @Post()
  @HttpCode(201)
  @Roles('operator')
  @ApiOperation({
    summary: 'Create a programme (operators)',
    description:
      'Deadlines are instants with their offset, or days in Paris time: a bare date (`2026-06-30`) is 00:00 that day for `opensAt` and 23:59:59.999 for `closesAt`; a date-time without an offset is refused (`offsetRequired`). `closesAt` must be after `opensAt`, and `eligibility.maxAmountCents` not below `minAmountCents`.',
  })
  @ApiCreatedResponse({
    type: ProgrammeView,
    description: '`Location` points to the programme.',
    headers: headerRefs({ Location: 'Location' }),
  })
  @ApiProblems('unavailable')
  async create(
    @Body() body: CreateProgrammeDto,
    @Req() request: HttpRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ): Promise<ProgrammeView> {
    const programme = await this.services.ask(request, 'programmes.create', this.services.newId(request), body);
    response.header('Location', `/v1/programmes/${programme.id}`);
    return programme;
  }

  @Patch(':id')
  @Roles('operator')
  @ApiUuidParam()
  @ApiOperation({
    summary: 'Change a programme (operators)',
    description:
      'A JSON merge patch (application/merge-patch+json or application/json); `null` removes an optional field. No `If-Match`: two patches both apply, one after the other. Deadlines read as on creation; naming `opensAt` or `closesAt`, even with its current value, confirms that deadline: `deadlineReview` goes once every deadline under review is confirmed or corrected. The result must still have `closesAt` after `opensAt`, and `eligibility.maxAmountCents` not below `minAmountCents`.',
  })
  @ApiMergePatch(CreateProgrammeDto, 'ProgrammePatch', 'Any subset of the programme’s fields')
  @ApiOkResponse({ type: ProgrammeView })
  @ApiProblems(
    'not-found',
    'programme.not-found',
    'programme.changed-concurrently',
    'programme.budget-below-committed',
    'unavailable',
  )
  update(@Param('id') id: string, @Body() body: unknown, @Req() request: HttpRequest): Promise<ProgrammeView> {
    assertUuid(id, 'programme');
    return this.services.ask(request, 'programmes.update', id, { patch: mergePatchBody(body) });
  }
}
