import { copied, WEBHOOK_EVENTS } from './webhooks';

describe('a webhook’s secret, copied', () => {
  it('says it is copied once the clipboard took it', async () => {
    const taken: string[] = [];
    await expect(copied('whsec_abc', { writeText: async (text) => void taken.push(text) })).resolves.toBe(true);
    expect(taken).toEqual(['whsec_abc']);
  });

  it('says it is not when the browser refuses or has no clipboard', async () => {
    const refusing = { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) };
    await expect(copied('whsec_abc', refusing)).resolves.toBe(false);
    await expect(copied('whsec_abc', undefined)).resolves.toBe(false);
  });

  it('offers every event an endpoint may receive', () => {
    expect(WEBHOOK_EVENTS).toHaveLength(4);
  });
});
