import { Injectable, Logger } from '@nestjs/common';
import { type Actor, DomainException, ErrorCode, type Locale, type PersonalDataSectionsView } from '@pollen/contracts';

import type { Account } from '../../domain/account';
import type { ExportJob } from '../../domain/export';
import {
  EXPORT_REQUEST_TYPES,
  type ExportRequestType,
  ownerOf,
  PersonalDataSources,
} from '../../http/personal-data-sources';
import { AccountStore, SessionStore } from '../../repositories/account.store';
import { type ExportOutcome, ExportStore } from '../../repositories/export.store';
import { GetMyAccount } from '../get-my-account/get-my-account.usecase';

/** Tries per service: a restart or a rebalance of its consumers may leave one request unanswered. */
export const ASKS_PER_SERVICE = 3;
const PAUSE_BETWEEN_ASKS_MS = 1000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A service that did not answer, whose name the failed export gives. */
class NoAnswer extends Error {}

/**
 * Runs an export: asks every service that holds personal data, at once, as the account, adds what
 * the gateway holds, and keeps the archive; or records which service did not answer. It never
 * throws: it runs in the background of the request that asked for it, or of the loop that resumes it.
 */
@Injectable()
export class RunExport {
  private readonly logger = new Logger(RunExport.name);

  constructor(
    private readonly exports: ExportStore,
    private readonly sources: PersonalDataSources,
    private readonly accounts: AccountStore,
    private readonly sessions: SessionStore,
    private readonly me: GetMyAccount,
  ) {}

  async execute(job: ExportJob): Promise<ExportJob['status']> {
    let outcome: ExportOutcome;
    try {
      outcome = await this.archive(job);
    } catch (error) {
      if (!(error instanceof NoAnswer)) {
        // The job stays pending: the loop takes it over once its run is stale.
        this.logger.warn({ exportId: job.id, err: (error as Error).message }, 'export interrupted');
        return 'pending';
      }
      outcome = { status: 'failed', error: error.message };
    }
    try {
      await this.exports.finish(job.id, outcome);
    } catch (error) {
      this.logger.warn({ exportId: job.id, err: (error as Error).message }, 'export not recorded; resumed later');
      return 'pending';
    }
    this.logger.log({ exportId: job.id, status: outcome.status }, 'export ended');
    return outcome.status;
  }

  private async archive(job: ExportJob): Promise<ExportOutcome> {
    const actor: Actor = { id: job.accountId, roles: [job.role] };
    const account = await this.accounts.findById(job.accountId);
    if (!account) throw new NoAnswer('the account was erased');
    // Each service words its part (labels, statuses) in the account's language.
    const [own, ...theirs] = await Promise.all([
      this.gatewayPart(account),
      ...EXPORT_REQUEST_TYPES.map((type) => this.askWithRetries(type, actor, account.locale)),
    ]);
    const readyAt = new Date();
    return {
      status: 'ready',
      readyAt,
      archive: { accountId: job.accountId, generatedAt: readyAt.toISOString(), services: [own, ...theirs] },
    };
  }

  private async askWithRetries(
    type: ExportRequestType,
    actor: Actor,
    locale: Locale,
  ): Promise<PersonalDataSectionsView> {
    for (let ask = 1; ; ask += 1) {
      try {
        return await this.sources.ask(type, actor, locale);
      } catch (error) {
        const unanswered = error instanceof DomainException && error.code === ErrorCode.Unavailable;
        if (!unanswered || ask === ASKS_PER_SERVICE) {
          throw new NoAnswer(`${ownerOf(type)} did not give its part of the export (${(error as Error).message})`);
        }
        await sleep(PAUSE_BETWEEN_ASKS_MS);
      }
    }
  }

  /** What the gateway holds: the account, its sessions' times (never a token's hash), its vetting status. */
  private async gatewayPart(account: Account): Promise<PersonalDataSectionsView> {
    const accountId = account.id;
    const tokens = await this.sessions.ofAccount(accountId);
    const sessions = new Map<
      string,
      { startedAt?: string; lastRefreshedAt?: string; endsAt: string; endedAt?: string }
    >();
    // Oldest first: a session's first token is its log-in, its last one its latest refresh.
    for (const token of tokens) {
      const session = sessions.get(token.familyId) ?? { endsAt: token.sessionEndsAt.toISOString() };
      const issuedAt = token.createdAt?.toISOString();
      if (issuedAt) {
        session.startedAt ??= issuedAt;
        session.lastRefreshedAt = issuedAt;
      }
      if (token.revokedAt) session.endedAt ??= token.revokedAt.toISOString();
      sessions.set(token.familyId, session);
    }
    return {
      service: 'gateway',
      sections: { account: await this.me.viewOf(account), sessions: [...sessions.values()] },
    };
  }
}
