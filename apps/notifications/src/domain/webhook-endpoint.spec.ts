import {
  afterFailure,
  afterSuccess,
  newEndpoint,
  rotated,
  signingSecrets,
  toWebhookView,
  type WebhookEndpoint,
  webhookIdOf,
} from './webhook-endpoint';

const hour = 60 * 60 * 1000;
const at = (hours: number) => new Date(Date.UTC(2026, 0, 1, 9) + hours * hour);

const anEndpoint = (): WebhookEndpoint =>
  newEndpoint(
    {
      id: 'wh-1',
      ownerId: 'acc-ines',
      ownerRole: 'investor',
      url: 'https://hooks.example.com/pollen',
      events: ['deal-flow.match-proposed'],
    },
    'sealed-1',
    at(0),
  );

describe('WebhookEndpoint', () => {
  it('starts active, signing with its one secret', () => {
    const sut = anEndpoint();

    expect(sut).toMatchObject({ status: 'active', failingSince: null, disabledAt: null, version: 0 });
    expect(signingSecrets(sut, at(0))).toEqual(['sealed-1']);
    expect(toWebhookView(sut, at(0))).toEqual({
      id: 'wh-1',
      url: 'https://hooks.example.com/pollen',
      events: ['deal-flow.match-proposed'],
      status: 'active',
      failingSince: null,
      disabledAt: null,
      previousSecretExpiresAt: null,
      createdAt: at(0).toISOString(),
    });
  });

  describe('rotated', () => {
    it('signs with both secrets during the overlap, then with the new one only', () => {
      const sut = rotated(anEndpoint(), 'sealed-2', at(1), 24 * hour);

      expect(signingSecrets(sut, at(1))).toEqual(['sealed-2', 'sealed-1']);
      expect(signingSecrets(sut, at(25) /* the overlap's end */)).toEqual(['sealed-2']);
      expect(toWebhookView(sut, at(2)).previousSecretExpiresAt).toBe(at(25).toISOString());
      expect(toWebhookView(sut, at(26)).previousSecretExpiresAt).toBeNull();
    });

    it('keeps no more than the secret before: a second rotation drops the oldest', () => {
      const sut = rotated(rotated(anEndpoint(), 'sealed-2', at(1), 24 * hour), 'sealed-3', at(2), 24 * hour);

      expect(sut.secrets.map((secret) => secret.sealed)).toEqual(['sealed-3', 'sealed-2']);
      expect(signingSecrets(sut, at(2))).toEqual(['sealed-3', 'sealed-2']);
    });

    it('drops the secret before at once when there is no overlap', () => {
      const sut = rotated(anEndpoint(), 'sealed-2', at(1), 0);

      expect(sut.secrets.map((secret) => secret.sealed)).toEqual(['sealed-2']);
    });
  });

  describe('afterFailure', () => {
    const day = 24 * hour;

    /** Failures at each of these hours, one after the other. */
    const failedAt = (hours: number[], from = anEndpoint()) =>
      hours.reduce((endpoint, hours) => afterFailure(endpoint, at(hours), day).endpoint, from);

    it('remembers when the failures began, and disables the endpoint once they have lasted a day', () => {
      const first = afterFailure(anEndpoint(), at(1), day);
      expect(first).toMatchObject({ disabledNow: false, endpoint: { status: 'active', failingSince: at(1) } });

      const later = afterFailure(failedAt([7, 13, 19], first.endpoint), at(24), day);
      expect(later).toMatchObject({ disabledNow: false, endpoint: { failingSince: at(1) } });

      const last = afterFailure(later.endpoint, at(25), day);
      expect(last).toMatchObject({
        disabledNow: true,
        endpoint: { status: 'disabled', failingSince: at(1), disabledAt: at(25) },
      });
    });

    it('says it disabled the endpoint only once', () => {
      const disabled = failedAt([0, 6, 12, 18, 24]);
      expect(disabled.status).toBe('disabled');

      const again = afterFailure(disabled, at(30), day);

      expect(again.disabledNow).toBe(false);
      expect(again.endpoint.disabledAt).toEqual(at(24));
    });

    it('starts a new streak after a failure more than half a day after the one before: no call failed between', () => {
      const rarelyCalled = failedAt([0, 6]);

      const muchLater = afterFailure(rarelyCalled, at(30), day);

      expect(muchLater).toMatchObject({ disabledNow: false, endpoint: { status: 'active', failingSince: at(30) } });
    });

    it('starts counting again after a success', () => {
      const failing = afterFailure(anEndpoint(), at(0), day).endpoint;

      const answered = afterSuccess(failing);
      const failedAgain = afterFailure(answered, at(24), day);

      expect(answered.failingSince).toBeNull();
      expect(failedAgain).toMatchObject({ disabledNow: false, endpoint: { failingSince: at(24) } });
    });
  });

  it('gives every call of one delivery the same webhook-id, and another delivery another', () => {
    const sut = webhookIdOf('event-1:wh-1:webhook');

    expect(sut).toMatch(/^msg_[0-9a-f]{32}$/);
    expect(webhookIdOf('event-1:wh-1:webhook')).toBe(sut);
    expect(webhookIdOf('event-2:wh-1:webhook')).not.toBe(sut);
  });
});
