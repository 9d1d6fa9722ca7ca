import { TestResolver } from '@pollen/testing';

import { AddressGuard, WebhookTargetRefused } from './address-guard';

describe('AddressGuard', () => {
  let dns: TestResolver;
  let sut: AddressGuard;

  beforeAll(async () => {
    dns = await TestResolver.start({
      'hooks.partner.example': ['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'],
      'inside.partner.example': ['10.1.2.3'],
      'mixed.partner.example': ['93.184.215.14', '192.168.1.10'],
      'mapped.partner.example': ['::ffff:127.0.0.1'],
      'empty.partner.example': [],
      'receiver.test': ['127.0.0.1'],
    });
    sut = new AddressGuard({ dnsServers: [dns.address], allowedTargets: ['127.0.0.1:4318', 'Receiver.test:8080'] });
  });

  afterAll(() => dns.stop());

  const refusal = async (url: string): Promise<WebhookTargetRefused> => {
    const error = await sut.resolve(new URL(url)).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    if (!(error instanceof WebhookTargetRefused)) throw new Error(`${url} was not refused: ${String(error)}`);
    return error;
  };

  it('pins a public name to its IPv4 address, keeping the name for Host and SNI', async () => {
    await expect(sut.resolve(new URL('https://hooks.partner.example/pollen'))).resolves.toEqual({
      hostname: 'hooks.partner.example',
      port: 443,
      address: '93.184.215.14',
      family: 4,
    });
  });

  it('uses a public address literal as it is', async () => {
    await expect(sut.resolve(new URL('http://93.184.215.14:8080/'))).resolves.toEqual({
      hostname: '93.184.215.14',
      port: 8080,
      address: '93.184.215.14',
      family: 4,
    });
    await expect(sut.resolve(new URL('https://[2606:4700:4700::1111]/'))).resolves.toEqual({
      hostname: '2606:4700:4700::1111',
      port: 443,
      address: '2606:4700:4700::1111',
      family: 6,
    });
  });

  it.each([
    ['the cloud metadata endpoint', 'http://169.254.169.254/latest/meta-data/'],
    ['a private address', 'http://10.0.0.1/'],
    ['loopback not allowed on this port', 'http://127.0.0.1:9999/'],
    ['loopback in another spelling', 'http://2130706433/'],
    ['carrier-grade NAT', 'https://100.64.0.1/'],
    ['IPv4-mapped loopback', 'http://[::ffff:127.0.0.1]:4318/'],
    ['IPv6 loopback', 'http://[::1]/'],
  ])('refuses %s (%s)', async (_, url) => {
    const error = await refusal(url);

    expect(error.reason).toBe('private-address');
    expect(error.message).toMatch(/is a private or reserved address: webhooks are only sent to public internet/);
  });

  it('refuses a name that resolves to a private address, without telling which', async () => {
    const error = await refusal('https://inside.partner.example/hook');

    expect(error.reason).toBe('private-address');
    expect(error.message).toBe(
      'The name inside.partner.example points to a private or reserved address: webhooks are only sent to public internet addresses.',
    );
    expect(error.message).not.toContain('10.1.2.3');
    expect(error.addresses).toEqual(['10.1.2.3']);
  });

  it('refuses a name with public and private addresses', async () => {
    const error = await refusal('https://mixed.partner.example/hook');

    expect(error.reason).toBe('private-address');
    expect(error.addresses).toEqual(['93.184.215.14', '192.168.1.10']);
  });

  it('refuses a name whose only address is IPv4-mapped loopback', async () => {
    expect((await refusal('https://mapped.partner.example/')).reason).toBe('private-address');
  });

  it('refuses a name that does not exist, or has no address', async () => {
    const unknown = await refusal('https://nowhere.partner.example/');
    const empty = await refusal('https://empty.partner.example/');

    expect(unknown.reason).toBe('unresolvable');
    expect(unknown.message).toBe('The name nowhere.partner.example has no internet address.');
    expect(empty.reason).toBe('unresolvable');
  });

  it('follows the records as they change', async () => {
    dns.set('moving.partner.example', ['93.184.215.14']);
    await expect(sut.resolve(new URL('https://moving.partner.example/'))).resolves.toMatchObject({
      address: '93.184.215.14',
    });

    dns.set('moving.partner.example', ['127.0.0.1']);
    expect((await refusal('https://moving.partner.example/')).reason).toBe('private-address');
  });

  it('lets an allowed host:port through, loopback included, still resolving its name', async () => {
    await expect(sut.resolve(new URL('http://127.0.0.1:4318/hooks'))).resolves.toEqual({
      hostname: '127.0.0.1',
      port: 4318,
      address: '127.0.0.1',
      family: 4,
    });
    await expect(sut.resolve(new URL('http://receiver.test:8080/'))).resolves.toEqual({
      hostname: 'receiver.test',
      port: 8080,
      address: '127.0.0.1',
      family: 4,
    });
    expect((await refusal('http://receiver.test:8081/')).reason).toBe('private-address');
  });

  it.each([
    ['ftp://hooks.partner.example/', 'scheme'],
    ['file:///etc/passwd', 'scheme'],
    ['gopher://127.0.0.1:4318/', 'scheme'],
    ['https://user:secret@hooks.partner.example/', 'credentials'],
    ['https://user@hooks.partner.example/', 'credentials'],
  ])('refuses %s (%s)', async (url, reason) => {
    expect((await refusal(url)).reason).toBe(reason);
  });

  it('says so when the name server cannot be reached', async () => {
    const silent = await TestResolver.start();
    const address = silent.address;
    await silent.stop();
    const guard = new AddressGuard({ dnsServers: [address], allowedTargets: [] });

    const error = await guard.resolve(new URL('https://hooks.partner.example/')).catch((thrown: unknown) => thrown);

    expect(error).toBeInstanceOf(WebhookTargetRefused);
    expect(error).toMatchObject({ reason: 'unresolvable' });
    expect((error as Error).message).toMatch(/^The name hooks.partner.example could not be resolved just now \(E/);
  }, 20_000);

  it('refuses an allowed target written without a port', () => {
    expect(() => new AddressGuard({ dnsServers: [], allowedTargets: ['localhost'] })).toThrow('must be host:port');
  });
});
