import { randomUUID } from 'node:crypto';

import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DomainException, ErasurePageView, ErasureView, ListErasuresQueryDto } from '@pollen/contracts';
import type { HttpReply, HttpRequest } from '@pollen/platform/http';

import { Public, Roles } from '../auth/access.decorators';
import { receiptHashOf } from '../domain/account';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { ApiReceiptAuth } from '../openapi/api-receipt.decorator';
import { headerRefs } from '../openapi/headers';
import { ApiUuidParam } from '../openapi/request-schemas';
import { isUuid } from './request-guards';
import { ServiceClient } from './service-client';

/** A receipt is 32 random bytes in base64url: 43 characters. */
const RECEIPT = /^Receipt ([A-Za-z0-9_-]{43})$/;

/** The receipt's hash, all the operations service ever sees of it. */
function receiptOf(request: HttpRequest): string {
  const receipt = RECEIPT.exec(request.headers.authorization ?? '')?.[1];
  if (!receipt) throw new DomainException('erasure.receipt-required');
  return receiptHashOf(receipt);
}

/** Erasures' progress, which the operations service keeps: for the holder of a receipt, and for operators. */
@ApiTags('personal data')
@Controller('v1')
export class ErasuresController {
  constructor(private readonly services: ServiceClient) {}

  @Get('erasures/:erasureId')
  @Public()
  @ApiReceiptAuth()
  @ApiUuidParam('erasureId')
  @ApiOperation({
    summary: 'How far the erasure of your account has gone, with its receipt',
    description:
      'Send the `receiptToken` the erasure answered with, as `Authorization: Receipt <receiptToken>`: without it, or garbled, `401`; with another erasure’s, `404`. Each service says when it has erased what it held and what the law makes it keep, why and until when. In the first moments after the erasure was asked, before the operations service has read the request, it is `404` too: ask again a second later.',
  })
  @ApiOkResponse({ type: ErasureView, headers: headerRefs({ 'Cache-Control': 'NoStore' }) })
  @ApiProblems('erasure.receipt-required', 'erasure.not-found', 'unavailable')
  get(
    @Param('erasureId') erasureId: string,
    @Req() request: HttpRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ): Promise<ErasureView> {
    const receiptHash = receiptOf(request);
    if (!isUuid(erasureId)) throw new DomainException('erasure.not-found');
    // Read with a secret: a shared cache must not answer the next caller with it.
    response.header('Cache-Control', 'no-store');
    return this.services.ask(request, 'operations.get-erasure', erasureId, { receiptHash });
  }

  @Get('ops/erasures')
  @Roles('operator')
  @ApiOperation({
    summary: 'List erasures (operators)',
    description:
      'Newest first, optionally by status; `nextCursor` gives the next page. Ids and counts, never the person.',
  })
  @ApiOkResponse({ type: ErasurePageView })
  @ApiProblems('validation-failed', 'unavailable')
  list(@Query() query: ListErasuresQueryDto, @Req() request: HttpRequest): Promise<ErasurePageView> {
    return this.services.ask(request, 'operations.list-erasures', randomUUID(), query);
  }
}
