import { randomUUID } from 'node:crypto';

import { dedupeKeyOf, type Notification } from '../../src/domain/notification';

/** A stored in-app notification about a draft. */
export function notification(overrides: Partial<Notification> & Pick<Notification, 'recipientId'>): Notification {
  const sourceEventId = overrides.sourceEventId ?? randomUUID();
  return {
    id: dedupeKeyOf(sourceEventId, overrides.recipientId, 'in-app'),
    channel: 'in-app',
    category: 'application',
    critical: false,
    title: { fr: 'Brouillon enregistré', en: 'Draft saved' },
    body: { fr: 'Votre candidature est enregistrée en brouillon.', en: 'Your application is saved as a draft.' },
    status: 'unread',
    subject: randomUUID(),
    sourceEventId,
    createdAt: new Date('2026-01-01T00:00:00Z'),
    ...overrides,
  };
}
