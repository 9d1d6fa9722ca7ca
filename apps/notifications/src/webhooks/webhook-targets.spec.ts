import { ErrorCode } from '@pollen/contracts';

import { NotificationsConfig } from '../config/notifications.config';
import { WebhookTargetRefused } from './transport/address-guard';
import { WebhookTargets } from './webhook-targets';

// Literal addresses only: the guard decides them without asking any DNS.
const PUBLIC = '93.184.216.34';

const targetsIn = (NODE_ENV: NotificationsConfig['NODE_ENV'], allowed: string[] = []) =>
  new WebhookTargets(
    Object.assign(new NotificationsConfig(), { NODE_ENV, WEBHOOK_ALLOWED_TARGETS: allowed, WEBHOOK_DNS_SERVERS: [] }),
  );

const failureOf = (attempt: Promise<unknown>): Promise<unknown> =>
  attempt.then(
    () => undefined,
    (error: unknown) => error,
  );

describe('WebhookTargets', () => {
  describe('check', () => {
    it('accepts an https URL of a public address', async () => {
      await expect(targetsIn('production').check(`https://${PUBLIC}/hooks`)).resolves.toBeUndefined();
    });

    it('refuses plain http in production (400 webhook.https-required), not in development or a test', async () => {
      await expect(targetsIn('production').check(`http://${PUBLIC}/hooks`)).rejects.toMatchObject({
        code: ErrorCode.ValidationFailed,
        reason: 'webhook.https-required',
      });
      await expect(targetsIn('development').check(`http://${PUBLIC}/hooks`)).resolves.toBeUndefined();
      await expect(targetsIn('test').check(`http://${PUBLIC}/hooks`)).resolves.toBeUndefined();
    });

    it('answers the guard’s refusal as 400 webhook.url-refused, with its reason as the detail', async () => {
      await expect(targetsIn('production').check('https://10.0.0.5/hooks')).rejects.toMatchObject({
        code: ErrorCode.ValidationFailed,
        reason: 'webhook.url-refused',
        message: expect.stringContaining('10.0.0.5 is a private or reserved address'),
      });
    });

    it('lets through the targets the configuration allows, whatever their address', async () => {
      await expect(targetsIn('test', ['127.0.0.1:8080']).check('http://127.0.0.1:8080/hooks')).resolves.toBeUndefined();
      await expect(targetsIn('test', ['127.0.0.1:8080']).check('http://127.0.0.1:9090/hooks')).rejects.toMatchObject({
        reason: 'webhook.url-refused',
      });
    });
  });

  describe('resolve', () => {
    it('gives the dispatcher the address to connect to', async () => {
      await expect(targetsIn('production').resolve(`https://${PUBLIC}:8443/hooks`)).resolves.toEqual({
        hostname: PUBLIC,
        port: 8443,
        address: PUBLIC,
        family: 4,
      });
    });

    it('throws the guard’s refusal as it is, and refuses plain http in production', async () => {
      const metadata = await failureOf(targetsIn('production').resolve('https://169.254.169.254/latest'));
      const plain = await failureOf(targetsIn('production').resolve(`http://${PUBLIC}/hooks`));

      expect(metadata).toBeInstanceOf(WebhookTargetRefused);
      expect(metadata).toMatchObject({ reason: 'private-address' });
      expect(plain).toBeInstanceOf(WebhookTargetRefused);
      expect(plain).toMatchObject({ reason: 'scheme' });
    });
  });
});
