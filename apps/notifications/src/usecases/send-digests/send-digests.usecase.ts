import { Injectable } from '@nestjs/common';

import { NotificationsConfig } from '../../config/notifications.config';
import { NewDeliveries } from '../../delivery/new-deliveries';
import { newEmail } from '../../domain/delivery';
import { DIGEST_MAX_MATCHES, type DigestEntry, digestIdOf, dueDigest } from '../../domain/digest';
import { parisLongDay } from '../../messages/paris-dates';
import { DeliveryStore } from '../../repositories/delivery.store';
import { DigestStore } from '../../repositories/digest.store';

/** Investors handled in one pass; the rest come at once in the next. */
const BATCH = 50;

/**
 * Sends each investor who chose daily deal-flow alerts one e-mail listing the matches recorded
 * before the day's digest time. The e-mail's delivery id names the investor and the day, so it is
 * added once however many passes, restarts or replicas try: the dispatcher then sends it like any
 * other mail. Entries are marked listed after; a crash in between is repaired by the next pass.
 */
@Injectable()
export class SendDigests {
  constructor(
    private readonly digests: DigestStore,
    private readonly deliveries: DeliveryStore,
    private readonly added: NewDeliveries,
    private readonly config: NotificationsConfig,
  ) {}

  /** @returns whether more investors may be waiting at once. */
  async runDue(now = new Date()): Promise<boolean> {
    const { day, cutoff } = dueDigest(now, this.config.DIGEST_AT);
    const waiting = await this.digests.waitingBefore(cutoff, BATCH);
    let added = 0;
    for (const recipientId of waiting) {
      if (await this.digestOf(recipientId, day, cutoff, now)) added += 1;
    }
    if (added > 0) this.added.added('e-mail');
    return waiting.length === BATCH;
  }

  /**
   * @returns whether the digest was added now. When the day's digest exists already (a restart, a
   * replica, a crash before its entries were marked), the entries it lists are marked, and any it
   * does not list (recorded late, or by a replica whose clock lags) wait for the next day's.
   */
  private async digestOf(recipientId: string, day: string, cutoff: Date, now: Date): Promise<boolean> {
    const entries = await this.digests.entriesBefore(recipientId, cutoff);
    if (entries.length === 0) return false;
    const id = digestIdOf(recipientId, day);
    const existing = await this.deliveries.findById(id);
    if (existing?.message.kind === 'deal-flow-digest') {
      const listed = new Set(existing.message.variables.matches.map((match) => match.matchId));
      const [inIt, late] = partition(entries, (entry) => listed.has(entry.match.matchId));
      await this.digests.markDigested(ids(inIt), id);
      await this.digests.carryOver(ids(late), now);
      return false;
    }
    const matches = entries.slice(-DIGEST_MAX_MATCHES).map((entry) => entry.match);
    const mentions = [...new Set(entries.flatMap((entry) => entry.mentions ?? []))];
    const digest = newEmail(
      { eventId: id, recipientId, mentions },
      { kind: 'deal-flow-digest', variables: { day: parisLongDay(day), matches } },
      now,
    );
    const added = await this.deliveries.add({ ...digest, id });
    // Added by another replica meanwhile: the next pass sorts its entries out as above.
    if (added) await this.digests.markDigested(ids(entries), id);
    return added;
  }
}

const ids = (entries: DigestEntry[]) => entries.map((entry) => entry.id);

function partition<T>(items: T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}
