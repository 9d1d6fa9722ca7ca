import { KeyedMutex } from './keyed-mutex';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('KeyedMutex', () => {
  it('runs work for one key one at a time, in order', async () => {
    const sut = new KeyedMutex();
    const log: string[] = [];
    const job = (name: string) => async () => {
      log.push(`${name}:start`);
      await tick();
      log.push(`${name}:end`);
    };
    await Promise.all([sut.run('a', job('1')), sut.run('a', job('2'))]);
    expect(log).toEqual(['1:start', '1:end', '2:start', '2:end']);
  });

  it('lets different keys run side by side and survives a failure', async () => {
    const sut = new KeyedMutex();
    const log: string[] = [];
    const failing = sut.run('a', async () => {
      throw new Error('boom');
    });
    await expect(failing).rejects.toThrow('boom');
    await Promise.all([sut.run('a', async () => void log.push('a')), sut.run('b', async () => void log.push('b'))]);
    expect(log.sort()).toEqual(['a', 'b']);
  });
});
