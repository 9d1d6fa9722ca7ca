import { isIP } from 'node:net';

import dns2 from 'dns2';

const { Packet } = dns2;

/** A name as DNS compares it: case-insensitive, the root's dot left out. */
const canonical = (name: string) => name.toLowerCase().replace(/\.$/, '');

/** Hexadecimal groups only: dns2 cannot encode an embedded IPv4 (`::ffff:127.0.0.1`). */
const hexIPv6 = (address: string) => new URL(`http://[${address}]`).hostname.slice(1, -1);

/**
 * A name server of the test's own, on 127.0.0.1 (UDP): it answers A and AAAA from a table the
 * test controls, NXDOMAIN for a name it does not know. For code that resolves names itself,
 * given `address` as its DNS server.
 */
export class TestResolver {
  private readonly records = new Map<string, string[]>();
  private readonly server = dns2.createServer({
    udp: { type: 'udp4' },
    handle: (request, send) => void send(this.answer(request)),
  });

  private constructor(records: Record<string, string[]>) {
    for (const [name, addresses] of Object.entries(records)) this.set(name, addresses);
  }

  static async start(records: Record<string, string[]> = {}): Promise<TestResolver> {
    const resolver = new TestResolver(records);
    await resolver.server.listen({ udp: { port: 0, address: '127.0.0.1' } });
    return resolver;
  }

  /** `127.0.0.1:port`, as `dns.setServers` takes it. */
  get address(): string {
    const udp = this.server.addresses().udp;
    if (!udp) throw new Error('The test resolver is not listening');
    return `${udp.address}:${udp.port}`;
  }

  /** The name's A and AAAA records from now on, by the family of each address. */
  set(name: string, addresses: string[]): void {
    for (const address of addresses) {
      if (isIP(address) === 0) throw new Error(`${address} is not an IP address`);
    }
    this.records.set(canonical(name), addresses);
  }

  async stop(): Promise<void> {
    await this.server.close();
  }

  private answer(request: dns2.Packet): dns2.Packet {
    const response = Packet.createResponseFromRequest(request);
    for (const question of request.questions) {
      const addresses = this.records.get(canonical(question.name));
      if (!addresses) {
        response.header.rcode = Packet.RCODE.NXDOMAIN;
        continue;
      }
      const family = question.type === Packet.TYPE.A ? 4 : question.type === Packet.TYPE.AAAA ? 6 : 0;
      for (const address of addresses.filter((one) => isIP(one) === family)) {
        // A TTL of a second: a test that changes the records is not answered from a cache.
        const record = { ttl: 1, address: family === 6 ? hexIPv6(address) : address };
        response.answers.push(Packet.createResourceFromQuestion(question, record));
      }
    }
    return response;
  }
}
