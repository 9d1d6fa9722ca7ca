import { Injectable } from '@nestjs/common';

import type { Delivery } from '../domain/delivery';

type Channel = Delivery['channel'];

/**
 * Tells a channel's dispatcher that deliveries were added, so it sends them now rather than at its
 * next poll: what adds deliveries (Notify, the digests) need not know the dispatchers.
 */
@Injectable()
export class NewDeliveries {
  private readonly listeners = new Map<Channel, (() => void)[]>();

  onAdded(channel: Channel, listener: () => void): void {
    this.listeners.set(channel, [...(this.listeners.get(channel) ?? []), listener]);
  }

  added(channel: Channel): void {
    for (const listener of this.listeners.get(channel) ?? []) listener();
  }
}
