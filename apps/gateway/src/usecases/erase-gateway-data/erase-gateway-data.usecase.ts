import { Injectable } from '@nestjs/common';
import type { ErasedRecords, ErasureRequestedData } from '@pollen/contracts';
import { ErasureLog } from '@pollen/platform/mongo';

import { accountScopeOf } from '../../http/idempotency';
import { accountKeyOf } from '../../http/rate-limits';
import { SessionStore } from '../../repositories/account.store';
import { ExportStore } from '../../repositories/export.store';
import { IdempotencyStore } from '../../repositories/idempotency.store';
import { InvestorVettingStore } from '../../repositories/investor-vetting.store';
import { RateLimitStore } from '../../repositories/rate-limit.store';

/**
 * On the gateway's own `account.erasure-requested`: what it holds about the account besides the
 * account (already a stub) goes: sessions (again: the request only revoked them), kept answers to
 * its Idempotency-Keys (they may hold its data), its vetting status, its request counters and its
 * exports. Then the erasure log confirms it, once. A second run finds nothing and confirms nothing.
 * @returns false when this erasure was confirmed already.
 */
@Injectable()
export class EraseGatewayData {
  constructor(
    private readonly sessions: SessionStore,
    private readonly idempotency: IdempotencyStore,
    private readonly vetting: InvestorVettingStore,
    private readonly rateLimits: RateLimitStore,
    private readonly exports: ExportStore,
    private readonly log: ErasureLog,
  ) {}

  async execute({ data, eventId }: { data: ErasureRequestedData; eventId: string }): Promise<boolean> {
    const { accountId, erasureId } = data;
    const { sessions, uses } = await this.sessions.eraseAccount(accountId);
    const counts: [string, number][] = [
      ['refresh sessions', sessions],
      ['refresh token uses', uses],
      ['idempotent answers', await this.idempotency.forgetScope(accountScopeOf(accountId))],
      ['investor vetting status', await this.vetting.forget(accountId)],
      ['rate-limit counters', await this.rateLimits.forget(accountKeyOf(accountId))],
      ['personal data exports', await this.exports.eraseAccount(accountId)],
    ];
    const erased: ErasedRecords[] = [
      // The POST made it a stub: its id, role and the erasure's receipt hash name no one.
      { what: 'account', count: 1, how: 'anonymised' },
      ...counts.map(([what, count]): ErasedRecords => ({ what, count, how: 'deleted' })),
    ];
    return this.log.completed({ erasureId, service: 'gateway', erased, kept: [] }, { accountId, causationId: eventId });
  }
}
