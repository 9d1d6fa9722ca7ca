import { setTimeout as sleep } from 'node:timers/promises';

import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DomainException, ErrorCode, Topics } from '@pollen/contracts';
import { ReadinessRegistry } from '@pollen/platform/health';
import { KafkaConnection, ReplicaFollower } from '@pollen/platform/kafka';

import type { Investor } from '../domain/investor';
import type { MatchableApplication, MatchableThesis } from '../domain/matcher/matchable';
import { ThesisIndex } from '../domain/matcher/thesis-index';
import { matchableThesisOf } from '../domain/pairing';
import { InvestorStore } from '../repositories/investor.store';
import { ThesisCandidates, type ThesisCounts } from '../repositories/thesis-candidates';

const PAGE = 1000;

/**
 * This replica's index of the approved, active theses (ADR 0013): loaded from the database at
 * start, then kept in step with every investor event in a consumer group of this replica's own,
 * so each replica sees every investor. The theses it holds propose nothing by themselves: the use
 * cases re-read the investors they propose to.
 */
@Injectable()
export class LiveThesisIndex extends ThesisCandidates implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(LiveThesisIndex.name);
  private index = new ThesisIndex();
  private readonly follower: ReplicaFollower;
  private ready = false;
  private stopped = false;

  constructor(
    connection: KafkaConnection,
    private readonly investors: InvestorStore,
    private readonly readiness: ReadinessRegistry,
  ) {
    super();
    this.follower = new ReplicaFollower(connection, {
      topic: Topics.investorEvents,
      purpose: 'thesis-index',
      load: () => this.load(),
      refresh: (investorId) => this.refresh(investorId),
    });
  }

  onApplicationBootstrap(): void {
    this.readiness.register('thesis-index', async () => this.ready);
    // Not awaited: a database down at start is waited out while the rest of the service starts.
    void this.startUntilDone().then(() => {
      this.ready = true;
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.follower.stop();
  }

  /** The theses that let `application` through every gate, as of every investor event published so far. */
  override async candidates(application: MatchableApplication): Promise<MatchableThesis[]> {
    // Not waited for here: the message is retried, with heartbeats, until the index is loaded.
    if (!this.ready) throw new DomainException(ErrorCode.Unavailable, 'the thesis index is still loading');
    await this.follower.caughtUp();
    return this.index.candidates(application);
  }

  override async counts(application: MatchableApplication): Promise<ThesisCounts> {
    const passing = (await this.candidates(application)).length;
    return { theses: this.index.size, passing, failing: this.index.gateFailures(application) };
  }

  get size(): number {
    return this.index.size;
  }

  /** Whether this replica holds the investor's thesis now (for readiness checks and tests). */
  holds(investorId: string): boolean {
    return this.index.get(investorId) !== undefined;
  }

  private async startUntilDone(): Promise<void> {
    for (let attempt = 0; !this.stopped; attempt++) {
      try {
        return await this.follower.start();
      } catch (error) {
        this.logger.warn({ attempt, error: (error as Error).message }, 'thesis index could not start; trying again');
        await this.follower.stop();
        await sleep(Math.min(5000, 200 * 2 ** attempt));
      }
    }
  }

  /** A new index, swapped in whole: a start that failed half-way leaves nothing stale behind. */
  private async load(): Promise<void> {
    const index = new ThesisIndex();
    let after: { createdAt: Date; id: string } | undefined;
    for (;;) {
      const page = await this.investors.list('approved', after, PAGE);
      for (const investor of page) put(index, investor);
      if (page.length < PAGE) break;
      after = page[page.length - 1];
    }
    this.index = index;
    this.logger.log({ theses: index.size }, 'thesis index loaded');
  }

  private async refresh(investorId: string): Promise<void> {
    const investor = await this.investors.findById(investorId);
    if (investor) put(this.index, investor);
    else this.index.remove(investorId);
  }
}

/** The investor's thesis in the index while they are approved and active; out of it otherwise. */
function put(index: ThesisIndex, investor: Investor): void {
  const thesis = matchableThesisOf(investor);
  if (thesis) index.upsert(thesis);
  else index.remove(investor.id);
}
