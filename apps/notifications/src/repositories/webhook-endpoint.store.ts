import type { WebhookEventType } from '@pollen/contracts';

import type { WebhookEndpoint } from '../domain/webhook-endpoint';

/** The port use cases read and write webhook endpoints through; WebhookEndpointRepository is the MongoDB adapter. */
export abstract class WebhookEndpointStore {
  /** Stores a new endpoint. @returns false when one with its id is there already (a retried request). */
  abstract add(endpoint: WebhookEndpoint): Promise<boolean>;
  abstract findById(id: string): Promise<WebhookEndpoint | null>;
  /** The owner's endpoints, the oldest first. */
  abstract listOwned(ownerId: string): Promise<WebhookEndpoint[]>;
  abstract countOwned(ownerId: string): Promise<number>;
  abstract remove(id: string): Promise<void>;
  /**
   * Replaces the endpoint if it is still at `expectedVersion`, and moves it to the next version
   * (whatever `endpoint.version` says). @returns false when another write came first.
   */
  abstract update(endpoint: WebhookEndpoint, expectedVersion: number): Promise<boolean>;
  /**
   * The active endpoints that subscribed to `type` and hear about what `recipientId` is told: the
   * recipient's own, and every operator's (operators receive each such event of the platform).
   */
  abstract forEvent(type: WebhookEventType, recipientId: string): Promise<WebhookEndpoint[]>;
}
