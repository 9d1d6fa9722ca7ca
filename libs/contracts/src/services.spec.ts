import { SERVICE_NAMES, type ServiceName, servicePort, SERVICES } from './messaging/envelope';

describe('the list of services', () => {
  it('names each service once, each on its own port', () => {
    expect(new Set(SERVICE_NAMES).size).toBe(SERVICES.length);
    expect(new Set(SERVICES.map((service) => service.port)).size).toBe(SERVICES.length);
  });

  it('ends with the gateway, which npm start starts last', () => {
    expect(SERVICES.at(-1)?.name).toBe('gateway');
  });

  it('gives each service its port, and ServiceName only the names it lists', () => {
    const gateway: ServiceName = 'gateway';
    // @ts-expect-error: not a service of the list
    const unknown: ServiceName = 'billing';

    expect(servicePort(gateway)).toBe(3000);
    expect(() => servicePort(unknown)).toThrow(/unknown service "billing"/);
  });
});
