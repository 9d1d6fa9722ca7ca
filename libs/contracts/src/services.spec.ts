import { managementPort, SERVICE_NAMES, type ServiceName, servicePort, SERVICES } from './messaging/envelope';

describe('the list of services', () => {
  it('names each service once, each on ports of its own', () => {
    expect(new Set(SERVICE_NAMES).size).toBe(SERVICES.length);
    const ports = SERVICES.flatMap((service) => [service.port, service.managementPort]);
    expect(new Set(ports).size).toBe(2 * SERVICES.length);
  });

  it('ends with the gateway, which npm start starts last', () => {
    expect(SERVICES.at(-1)?.name).toBe('gateway');
  });

  it('gives each service its port, and ServiceName only the names it lists', () => {
    const gateway: ServiceName = 'gateway';
    // @ts-expect-error: not a service of the list
    const unknown: ServiceName = 'billing';

    expect(servicePort(gateway)).toBe(3000);
    expect(managementPort(gateway)).toBe(9000);
    expect(() => servicePort(unknown)).toThrow(/unknown service "billing"/);
  });
});
