import type { Actor, RegisterWebhookDto } from '@pollen/contracts';

export interface RegisterWebhookCommand {
  /**
   * The request's id: the gateway derives it from an Idempotency-Key, so that a retry after a lost
   * answer names the same endpoint. A new random id when absent.
   */
  webhookId?: string;
  actor: Actor;
  webhook: RegisterWebhookDto;
  /** The asking gateway process's public key: the secret crosses Kafka sealed to it. */
  replyKey: string;
}
