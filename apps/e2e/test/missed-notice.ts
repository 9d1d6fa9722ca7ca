import { Topics } from '@pollen/contracts';
import { applicationDrafted, type KafkaProbe } from '@pollen/testing';

import { json, type Platform } from './platform';

/**
 * A new applicant whose notice of a drafted application notifications gave up on: the dead letter
 * written as notifications writes it, on `application-events`. Replayed, the notice reaches the
 * applicant's inbox (`token`).
 */
export async function aMissedNotice(platform: Platform, probe: KafkaProbe, error = 'the inbox was briefly broken') {
  const token = await platform.signUp();
  const me = await json<{ id: string }>(await platform.call('/v1/me', { token }));
  const event = applicationDrafted({ data: { ownerId: me.id } });
  await probe.sendDeadLetter(Topics.applicationEvents, 'notifications', {
    key: event.subject,
    value: JSON.stringify(event),
    type: event.type,
    reason: 'retries-exhausted',
    error,
    attempts: 4,
  });
  return { token, event };
}
