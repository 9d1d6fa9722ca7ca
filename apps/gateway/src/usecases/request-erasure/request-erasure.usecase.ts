import { randomBytes, randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import type { Actor, ErasureAcceptedView } from '@pollen/contracts';

import { PasswordHasher } from '../../auth/password-hasher';
import { GatewayConfig } from '../../config/gateway.config';
import { erasureOf, receiptHashOf } from '../../domain/account';
import { AccountChangedConcurrently, AccountGone } from '../../errors';
import { AccessDenialStore } from '../../repositories/access-denial.store';
import { AccountStore, SessionStore } from '../../repositories/account.store';

export interface RequestErasureCommand {
  actor: Actor;
  password: string;
}

/** Another write between the read and the compare-and-set (a change of name): tried again on what is stored. */
const ATTEMPTS = 3;
/** Replicas' clocks differ a little: the denial outlasts the last token by this much. */
const CLOCK_SKEW_MS = 60_000;

/**
 * `POST /v1/me/erasure` (RGPD art. 17): the holder gives their password again, then, in this
 * order, their access tokens are refused on every replica, their sessions end, and the account
 * becomes a stub in the one write that announces the erasure to every service and tombstones its
 * contact. What else the gateway holds goes when it reads its own announcement
 * (EraseGatewayData), so a crash after this answer loses nothing.
 */
@Injectable()
export class RequestErasure {
  constructor(
    private readonly accounts: AccountStore,
    private readonly passwords: PasswordHasher,
    private readonly denials: AccessDenialStore,
    private readonly sessions: SessionStore,
    private readonly config: GatewayConfig,
  ) {}

  async execute({ actor, password }: RequestErasureCommand): Promise<ErasureAcceptedView> {
    await this.passwords.holderOf(await this.accounts.findById(actor.id), password);
    const at = new Date();
    // Before anything else: a token stolen with the password must not act while the erasure runs.
    await this.denials.deny(
      actor.id,
      new Date(at.getTime() + this.config.ACCESS_TOKEN_TTL_SECONDS * 1000 + CLOCK_SKEW_MS),
    );
    await this.sessions.revokeAccount(actor.id, at);
    const erasureId = randomUUID();
    const receiptToken = randomBytes(32).toString('base64url');
    const receiptHash = receiptHashOf(receiptToken);
    try {
      await this.erase(actor.id, { erasureId, receiptHash, at });
    } catch (error) {
      // Not erased (a conflict, the database gone): the account lives on and may sign in again to
      // retry. A crash right here leaves the denial to expire with the tokens it refuses.
      if (!(error instanceof AccountGone)) await this.denials.lift(actor.id);
      throw error;
    }
    return { erasureId, receiptToken };
  }

  private async erase(accountId: string, erasure: Parameters<typeof erasureOf>[1]): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      const current = await this.accounts.findById(accountId);
      if (!current) throw new AccountGone();
      const { stub, events } = erasureOf(current, erasure);
      if (await this.accounts.erase(stub, current.version, events)) return;
      if (attempt === ATTEMPTS) throw new AccountChangedConcurrently();
    }
  }
}
