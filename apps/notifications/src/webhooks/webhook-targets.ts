import { Injectable } from '@nestjs/common';
import { isLocalEnvironment } from '@pollen/platform/config';

import { NotificationsConfig } from '../config/notifications.config';
import { WebhookHttpsRequired, WebhookUrlRefused } from '../errors';
import { AddressGuard, type PinnedTarget, WebhookTargetRefused } from './transport/address-guard';

/**
 * Which URLs webhooks may go to, with the address guard built from the configuration in this one
 * place: checked when an endpoint is registered, and again at every call, since a name may point
 * elsewhere by then.
 */
@Injectable()
export class WebhookTargets {
  private readonly guard: AddressGuard;
  /** Plain http only on a laptop or in a test run: in production a secret-signed body is never sent in clear. */
  private readonly plainHttpAllowed: boolean;

  constructor(config: NotificationsConfig) {
    this.guard = new AddressGuard({
      dnsServers: config.WEBHOOK_DNS_SERVERS,
      allowedTargets: config.WEBHOOK_ALLOWED_TARGETS,
    });
    this.plainHttpAllowed = isLocalEnvironment(config.NODE_ENV);
  }

  /** Refuses, as the caller's error, a URL no webhook may be sent to. */
  async check(url: string): Promise<void> {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new WebhookUrlRefused('This is not a URL.');
    }
    if (parsed.protocol === 'http:' && !this.plainHttpAllowed) throw new WebhookHttpsRequired();
    try {
      await this.guard.resolve(parsed);
    } catch (error) {
      if (error instanceof WebhookTargetRefused) throw new WebhookUrlRefused(error.message);
      throw error;
    }
  }

  /**
   * Where one call connects: the only address the dispatcher may use for it.
   * @throws WebhookTargetRefused when the URL may not be called (any more).
   */
  async resolve(url: string): Promise<PinnedTarget> {
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' && !this.plainHttpAllowed) {
      throw new WebhookTargetRefused('scheme', 'A webhook URL must use https.');
    }
    return this.guard.resolve(parsed);
  }
}
