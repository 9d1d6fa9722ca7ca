import { DomainException, ErrorCode } from '@pollen/contracts';

/** Not there, or not the asker's: nobody can tell another's notification from none. */
export class NotificationNotFound extends DomainException {
  constructor(id: string) {
    super('notification.not-found', `No notification ${id} in this inbox`);
  }
}

/** Not there, or not the asker's: nobody can tell another's endpoint from none. */
export class WebhookNotFound extends DomainException {
  constructor(id: string) {
    super('webhook.not-found', `No webhook endpoint ${id} among yours`);
  }
}

export class WebhookInvestorsAndOperatorsOnly extends DomainException {
  constructor() {
    super('webhook.investors-and-operators-only');
  }
}

export class TooManyWebhooks extends DomainException {
  constructor() {
    super('webhook.too-many');
  }
}

export class WebhookHttpsRequired extends DomainException {
  constructor() {
    super('webhook.https-required');
  }
}

/** The URL cannot receive webhooks; `why` says what was wrong with it. */
export class WebhookUrlRefused extends DomainException {
  constructor(why: string) {
    super('webhook.url-refused', `Webhook URL refused: ${why}`);
  }
}

/** A registration's id is someone else's endpoint: a retried request cannot be theirs. */
export class WebhookIdTaken extends DomainException {
  constructor() {
    super(ErrorCode.Conflict, 'This webhook id is taken; register with another');
  }
}

export class WebhookChangedConcurrently extends DomainException {
  constructor() {
    super(ErrorCode.Conflict, 'The webhook endpoint changed meanwhile; read it again');
  }
}
