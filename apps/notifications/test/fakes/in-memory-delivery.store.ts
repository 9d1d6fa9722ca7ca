import type { FailureStatus } from '@pollen/contracts';
import type { PageCursor } from '@pollen/platform/mongo';
import { InMemoryAggregateStore } from '@pollen/testing';

import type { Delivery } from '../../src/domain/delivery';
import type { DeliveryStore } from '../../src/repositories/delivery.store';

/** Deliveries and their claimed attempts in maps, with the repository's rules. */
export class InMemoryDeliveryStore extends InMemoryAggregateStore<Delivery> implements DeliveryStore {
  /** When each claimed attempt started, by `${deliveryId}#${attempt}`. */
  readonly attempts = new Map<string, Date>();

  protected conflictOf(delivery: Delivery, others: Delivery[], inserting: boolean): Error | undefined {
    return inserting && others.some((other) => other.id === delivery.id) ? new Error('exists') : undefined;
  }

  /** With Dates of this realm: structuredClone's fail Jest's equality. */
  override async findById(id: string): Promise<Delivery | null> {
    const found = await super.findById(id);
    if (!found) return null;
    const dates = ['nextAttemptAt', 'lastAttemptAt', 'sentAt', 'createdAt'] as const;
    for (const field of dates) if (found[field]) Object.assign(found, { [field]: new Date(found[field].getTime()) });
    return found;
  }

  async add(delivery: Delivery): Promise<boolean> {
    if (this.items.has(delivery.id)) return false;
    await this.insert(delivery, []);
    return true;
  }

  async deferUntil(id: string, version: number, until: Date): Promise<void> {
    const found = this.items.get(id);
    if (found && found.version === version) this.items.set(id, { ...found, nextAttemptAt: until });
  }

  async postpone(id: string, version: number, until: Date): Promise<void> {
    const found = this.items.get(id);
    if (found && found.version === version && found.status === 'pending' && found.attempts === 0)
      this.items.set(id, { ...found, nextAttemptAt: until });
  }

  async due(channel: Delivery['channel'], now: Date, limit: number, busy: string[] = []): Promise<Delivery[]> {
    return this.all()
      .filter((d) => d.channel === channel && !busy.includes(d.webhook?.endpointId ?? ''))
      .filter((d) => ['pending', 'failed'].includes(d.status) && d.nextAttemptAt && d.nextAttemptAt <= now)
      .sort((a, b) => (a.nextAttemptAt?.getTime() ?? 0) - (b.nextAttemptAt?.getTime() ?? 0))
      .slice(0, limit);
  }

  async failures({ status, after, limit }: { status?: FailureStatus; after?: PageCursor; limit: number }) {
    const at = (d: Delivery) => (d.lastAttemptAt ?? d.createdAt).getTime();
    return this.all()
      .filter((d) => (status ? d.status === status : d.status === 'failed' || d.status === 'dead'))
      .sort((a, b) => at(b) - at(a) || a.id.localeCompare(b.id))
      .filter((d) => !after || at(d) < after.at.getTime() || (at(d) === after.at.getTime() && d.id > after.id))
      .slice(0, limit);
  }

  async claimAttempt(deliveryId: string, attempt: number, at: Date): Promise<boolean> {
    const key = `${deliveryId}#${attempt}`;
    if (this.attempts.has(key)) return false;
    this.attempts.set(key, at);
    return true;
  }

  async attemptStartedAt(deliveryId: string, attempt: number): Promise<Date | null> {
    return this.attempts.get(`${deliveryId}#${attempt}`) ?? null;
  }

  async ofEvents(recipientId: string, eventIds: string[]): Promise<Delivery[]> {
    return this.all().filter((d) => d.recipientId === recipientId && eventIds.includes(d.sourceEventId));
  }

  async ofEndpoint(endpointId: string, after: PageCursor | undefined, limit: number): Promise<Delivery[]> {
    const at = (d: Delivery) => d.createdAt.getTime();
    return this.all()
      .filter((d) => d.channel === 'webhook' && d.webhook?.endpointId === endpointId)
      .sort((a, b) => at(b) - at(a) || a.id.localeCompare(b.id))
      .filter((d) => !after || at(d) < after.at.getTime() || (at(d) === after.at.getTime() && d.id > after.id))
      .slice(0, limit);
  }

  async ofRecipient(recipientId: string, limit: number): Promise<Delivery[]> {
    return this.all()
      .filter((d) => d.recipientId === recipientId)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
      .slice(0, limit);
  }

  async removeOf(recipientId: string): Promise<number> {
    return this.removeWhere((d) => d.recipientId === recipientId);
  }

  async matchesNamed(recipientId: string, applicationIds: string[]): Promise<string[]> {
    const named = this.all()
      .filter((d) => d.recipientId === recipientId || applicationIds.includes(d.applicationId ?? ''))
      .map((d) => (d.message.variables as { matchId?: string }).matchId);
    return [...new Set(named.filter((id): id is string => typeof id === 'string'))];
  }

  async naming(accountId: string, applicationIds: string[], matchIds: string[]): Promise<Delivery[]> {
    return this.all().filter(
      (d) =>
        d.recipientId !== accountId &&
        (d.mentions?.includes(accountId) ||
          applicationIds.includes(d.applicationId ?? '') ||
          matchIds.includes((d.message.variables as { matchId?: string }).matchId ?? '')),
    );
  }

  async removeEndedBefore(channel: Delivery['channel'], before: Date): Promise<number> {
    return this.removeWhere(
      (d) => d.channel === channel && ['sent', 'dead'].includes(d.status) && d.createdAt < before,
    );
  }

  async removeAttemptsBefore(before: Date): Promise<number> {
    const old = [...this.attempts].filter(([, startedAt]) => startedAt < before);
    for (const [key] of old) this.attempts.delete(key);
    return old.length;
  }

  private removeWhere(test: (delivery: Delivery) => boolean): number {
    const gone = this.all().filter(test);
    for (const delivery of gone) {
      this.items.delete(delivery.id);
      for (const key of [...this.attempts.keys()]) if (key.startsWith(`${delivery.id}#`)) this.attempts.delete(key);
    }
    return gone.length;
  }
}
