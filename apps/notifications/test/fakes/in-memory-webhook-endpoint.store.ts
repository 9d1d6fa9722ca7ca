import type { WebhookEventType } from '@pollen/contracts';

import type { WebhookEndpoint } from '../../src/domain/webhook-endpoint';
import { WebhookEndpointStore } from '../../src/repositories/webhook-endpoint.store';

/** Webhook endpoints in a map keyed by id, with the repository's rules. */
export class InMemoryWebhookEndpointStore extends WebhookEndpointStore {
  readonly endpoints = new Map<string, WebhookEndpoint>();

  async add(endpoint: WebhookEndpoint): Promise<boolean> {
    if (this.endpoints.has(endpoint.id)) return false;
    this.endpoints.set(endpoint.id, copyOf(endpoint));
    return true;
  }

  async findById(id: string): Promise<WebhookEndpoint | null> {
    const found = this.endpoints.get(id);
    return found ? copyOf(found) : null;
  }

  async listOwned(ownerId: string): Promise<WebhookEndpoint[]> {
    return this.oldestFirst().filter((endpoint) => endpoint.ownerId === ownerId);
  }

  async countOwned(ownerId: string): Promise<number> {
    return (await this.listOwned(ownerId)).length;
  }

  async remove(id: string): Promise<void> {
    this.endpoints.delete(id);
  }

  async update(endpoint: WebhookEndpoint, expectedVersion: number): Promise<boolean> {
    if (this.endpoints.get(endpoint.id)?.version !== expectedVersion) return false;
    this.endpoints.set(endpoint.id, copyOf({ ...endpoint, version: expectedVersion + 1 }));
    return true;
  }

  async forEvent(type: WebhookEventType, recipientId: string): Promise<WebhookEndpoint[]> {
    return this.oldestFirst().filter(
      (endpoint) =>
        endpoint.status === 'active' &&
        endpoint.events.includes(type) &&
        (endpoint.ownerId === recipientId || endpoint.ownerRole === 'operator'),
    );
  }

  private oldestFirst(): WebhookEndpoint[] {
    return [...this.endpoints.values()]
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id))
      .map(copyOf);
  }
}

// Not structuredClone: its Dates come from another realm than Jest's, and fail `expect.any(Date)`.
const copyDate = (date: Date | null) => date && new Date(date.getTime());
const copyOf = (endpoint: WebhookEndpoint): WebhookEndpoint => ({
  ...endpoint,
  events: [...endpoint.events],
  secrets: endpoint.secrets.map((secret) => ({
    ...secret,
    createdAt: new Date(secret.createdAt.getTime()),
    expiresAt: copyDate(secret.expiresAt),
  })),
  failingSince: copyDate(endpoint.failingSince),
  disabledAt: copyDate(endpoint.disabledAt),
  createdAt: new Date(endpoint.createdAt.getTime()),
});
