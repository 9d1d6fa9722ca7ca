import { GatewayConfig } from '../config/gateway.config';
import { PublicReadCache } from './public-read-cache';

const cacheFor = (ms: number) => new PublicReadCache(Object.assign(new GatewayConfig(), { PUBLIC_READ_CACHE_MS: ms }));

describe('PublicReadCache', () => {
  afterEach(() => jest.useRealTimers());

  it('answers a key from its last answer until PUBLIC_READ_CACHE_MS after that answer came', async () => {
    jest.useFakeTimers({ now: 0 });
    const sut = cacheFor(1000);
    let asked = 0;
    const ask = async () => ++asked;

    expect(await sut.read('list', ask)).toBe(1);
    jest.setSystemTime(999);
    expect(await sut.read('list', ask)).toBe(1);
    expect(await sut.read('other', ask)).toBe(2);
    jest.setSystemTime(1000);
    expect(await sut.read('list', ask)).toBe(3);
  });

  it('shares one request among concurrent reads, however long it takes', async () => {
    const sut = cacheFor(1000);
    let release: (value: string) => void = () => undefined;
    const ask = jest.fn(() => new Promise<string>((resolve) => (release = resolve)));

    const first = sut.read('list', ask);
    const second = sut.read('list', ask);
    release('page');

    await expect(Promise.all([first, second])).resolves.toEqual(['page', 'page']);
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('keeps no failure: the next read asks again', async () => {
    const sut = cacheFor(1000);
    const ask = jest.fn().mockRejectedValueOnce(new Error('unavailable')).mockResolvedValueOnce('page');

    await expect(sut.read('list', ask)).rejects.toThrow('unavailable');
    await expect(sut.read('list', ask)).resolves.toBe('page');
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('asks every time when PUBLIC_READ_CACHE_MS is 0', async () => {
    const sut = cacheFor(0);
    const ask = jest.fn(async () => 'page');

    await sut.read('list', ask);
    await sut.read('list', ask);
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('keeps at most 1000 keys, sweeping those past their time first', async () => {
    jest.useFakeTimers({ now: 0 });
    const sut = cacheFor(1000);
    for (let i = 0; i < 1000; i++) await sut.read(`page ${i}`, async () => i);
    const ask = jest.fn(async () => 'new');

    await sut.read('one more', ask);
    await sut.read('one more', ask);
    expect(ask).toHaveBeenCalledTimes(2); // full of live keys: not kept

    jest.setSystemTime(1000);
    await sut.read('one more', ask);
    await sut.read('one more', ask);
    expect(ask).toHaveBeenCalledTimes(3); // the expired ones swept: kept
  });
});
