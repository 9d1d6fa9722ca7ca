import { Injectable } from '@nestjs/common';

import { NotificationsConfig } from '../config/notifications.config';
import { SecretBox } from './transport/secret-box';

/** Seals webhook signing secrets with WEBHOOK_SECRETS_KEY before they are stored, and opens them to sign. */
@Injectable()
export class WebhookSecrets {
  private readonly box: SecretBox;

  constructor(config: NotificationsConfig) {
    this.box = new SecretBox(config.WEBHOOK_SECRETS_KEY);
  }

  seal(secret: string): string {
    return this.box.seal(secret);
  }

  open(sealed: string): string {
    return this.box.open(sealed);
  }
}
