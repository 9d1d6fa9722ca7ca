import { Resolver } from 'node:dns/promises';
import { isIP } from 'node:net';

import { isPublicAddress } from './address-policy';

/** Where one attempt connects: the URL's name for Host and SNI, the checked address for the socket. */
export interface PinnedTarget {
  hostname: string;
  port: number;
  address: string;
  family: 4 | 6;
}

export type RefusalReason = 'scheme' | 'credentials' | 'private-address' | 'unresolvable';

/** The endpoint's URL may not be called; the message can be shown to whoever registered it. */
export class WebhookTargetRefused extends Error {
  constructor(
    readonly reason: RefusalReason,
    message: string,
    /** For the logs only: telling the user would turn the guard into an oracle of the internal DNS. */
    readonly addresses: string[] = [],
  ) {
    super(message);
    this.name = 'WebhookTargetRefused';
  }
}

export interface AddressGuardOptions {
  /** `ip` or `ip:port` of the name servers to ask; empty for the system's. */
  dnsServers: string[];
  /** `host:port` endpoints reachable whatever their address (a receiver on this machine in tests). */
  allowedTargets: string[];
}

const defaultPorts: Record<string, number> = { 'http:': 80, 'https:': 443 };

// A silent name server must not hold a delivery for long: two tries of two seconds each.
const resolverOptions = { timeout: 2_000, tries: 2 };

// The DNS answers a name without such records: no address of that family, not a failure.
const noRecords = new Set(['ENODATA', 'ENOTFOUND']);

/**
 * Decides where a webhook may go, against SSRF: it resolves the name itself and refuses it if ANY
 * of its addresses is not public, so that a name pointing both outside and inside is refused
 * rather than decided by luck. The caller connects to the address returned, and only to it: a
 * second resolution could answer otherwise (DNS rebinding).
 */
export class AddressGuard {
  private readonly resolver = new Resolver(resolverOptions);
  private readonly allowed: Set<string>;

  constructor({ dnsServers, allowedTargets }: AddressGuardOptions) {
    if (dnsServers.length > 0) this.resolver.setServers(dnsServers);
    this.allowed = new Set(allowedTargets.map(allowedTargetKey));
  }

  async resolve(url: URL): Promise<PinnedTarget> {
    const defaultPort = defaultPorts[url.protocol];
    if (defaultPort === undefined) {
      throw new WebhookTargetRefused('scheme', 'A webhook URL must start with http:// or https://.');
    }
    if (url.username || url.password) {
      throw new WebhookTargetRefused('credentials', 'A webhook URL must not contain a user name or password.');
    }
    const port = url.port ? Number(url.port) : defaultPort;
    const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
    const literal = isIP(hostname) !== 0;
    const addresses = literal ? [hostname] : await this.addressesOf(hostname);
    if (!this.allowed.has(`${url.hostname}:${port}`) && !addresses.every(isPublicAddress)) {
      const what = literal ? `${hostname} is` : `The name ${hostname} points to`;
      throw new WebhookTargetRefused(
        'private-address',
        `${what} a private or reserved address: webhooks are only sent to public internet addresses.`,
        addresses,
      );
    }
    const [address] = addresses;
    return { hostname, port, address, family: isIP(address) === 6 ? 6 : 4 };
  }

  /** IPv4 first: a server without an IPv6 route still reaches a host that has both. */
  private async addressesOf(hostname: string): Promise<string[]> {
    const answers = await Promise.allSettled([this.resolver.resolve4(hostname), this.resolver.resolve6(hostname)]);
    const addresses = answers.flatMap((answer) => (answer.status === 'fulfilled' ? answer.value : []));
    if (addresses.length > 0) return addresses;
    const codes = answers.flatMap((answer) =>
      answer.status === 'rejected' ? [(answer.reason as NodeJS.ErrnoException).code ?? 'EUNKNOWN'] : [],
    );
    const failure = codes.find((code) => !noRecords.has(code));
    throw new WebhookTargetRefused(
      'unresolvable',
      failure
        ? `The name ${hostname} could not be resolved just now (${failure}).`
        : `The name ${hostname} has no internet address.`,
    );
  }
}

/** `host:port` as a URL spells its host, so that `LocalHost:80` or `[0::1]:80` match the URL's. */
function allowedTargetKey(entry: string): string {
  const port = /:(\d+)$/.exec(entry)?.[1];
  if (!port) throw new Error(`Allowed webhook target ${entry} must be host:port`);
  return `${new URL(`http://${entry}`).hostname}:${Number(port)}`;
}
