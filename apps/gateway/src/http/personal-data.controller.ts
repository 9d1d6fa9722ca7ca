import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  DomainException,
  ErasureAcceptedView,
  ExportAcceptedView,
  ExportView,
  RequestErasureDto,
} from '@pollen/contracts';
import type { HttpReply, HttpRequest } from '@pollen/platform/http';

import { actorOf } from '../auth/actor';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { headerRefs } from '../openapi/headers';
import { ApiUuidParam } from '../openapi/request-schemas';
import { GetExport, RequestErasure, RequestExport } from '../usecases';
import { RateLimit } from './rate-limits';
import { isUuid } from './request-guards';

/** A person's data (RGPD art. 15, 17 and 20): every signed-in account may export it, or erase it. */
@ApiTags('personal data')
@Controller('v1/me')
export class PersonalDataController {
  constructor(
    private readonly requestErasure: RequestErasure,
    private readonly requestExport: RequestExport,
    private readonly getExport: GetExport,
  ) {}

  @Post('erasure')
  @HttpCode(202)
  @RateLimit('reauthentication')
  @ApiOperation({
    summary: 'Erase your account and everything Pollen holds about you',
    description:
      'Give your password again: a wrong one is `401`, counted with log-ins. Your tokens stop working at once and your sessions end; the account is erased, and every service erases or anonymises what it holds about you, keeping only what the law makes it keep (each says what, why and until when). The answer’s `receiptToken` is shown this once: with `Authorization: Receipt <receiptToken>`, `GET /v1/erasures/{erasureId}` shows the progress. It is not kept for a retry: a retry after a lost answer is `401` (`account.gone`), the account being erased already.',
  })
  @ApiAcceptedResponse({ type: ErasureAcceptedView, headers: headerRefs({ 'Cache-Control': 'NoStore' }) })
  @ApiProblems('auth.invalid-credentials', 'account.changed-concurrently', 'unavailable')
  async erase(
    @Body() body: RequestErasureDto,
    @Req() request: HttpRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ): Promise<ErasureAcceptedView> {
    const accepted = await this.requestErasure.execute({ actor: actorOf(request), password: body.password });
    // The receipt is a secret shown once: no cache keeps it, nor does the idempotency store.
    response.header('Cache-Control', 'no-store');
    return accepted;
  }

  @Post('exports')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Export everything Pollen holds about you',
    description:
      'Every service is asked for what it holds about you; poll `GET /v1/me/exports/{exportId}` (the `Location`) until it is `ready` (usually seconds) or `failed` (a service did not answer: ask again later). An export is kept 7 days.',
  })
  @ApiAcceptedResponse({
    type: ExportAcceptedView,
    description: '`Location` points to the export.',
    headers: headerRefs({ Location: 'Location' }),
  })
  @ApiProblems('unavailable')
  async export(
    @Req() request: HttpRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ): Promise<ExportAcceptedView> {
    const accepted = await this.requestExport.execute({ actor: actorOf(request) });
    response.header('Location', `/v1/me/exports/${accepted.exportId}`);
    return accepted;
  }

  @Get('exports/:exportId')
  @ApiUuidParam('exportId')
  @ApiOperation({
    summary: 'One of your exports: pending, ready with its archive, or failed',
    description: 'Only yours, for 7 days: anyone else’s, or an expired one, is `404`.',
  })
  @ApiOkResponse({ type: ExportView, headers: headerRefs({ 'Cache-Control': 'NoStore' }) })
  @ApiProblems('export.not-found', 'unavailable')
  exportOf(
    @Param('exportId') exportId: string,
    @Req() request: HttpRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ): Promise<ExportView> {
    if (!isUuid(exportId)) throw new DomainException('export.not-found');
    // Everything Pollen holds about someone: no cache on the way may keep a copy.
    response.header('Cache-Control', 'no-store');
    return this.getExport.execute({ actor: actorOf(request), exportId });
  }
}
