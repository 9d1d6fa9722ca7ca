import { isIP } from 'node:net';

import ipaddr from 'ipaddr.js';

// The only IPv6 block IANA hands out for global unicast: ipaddr.js calls anything it has no name
// for `unicast`, including unallocated space.
const globalUnicastV6 = ipaddr.parseCIDR('2000::/3');

/**
 * Whether a webhook may be sent to this address: only globally routable unicast. Everything
 * ipaddr.js names (private, loopback, link-local with the cloud metadata endpoint, carrier-grade
 * NAT, multicast, broadcast, reserved, unique-local...) stays inside someone's network. IPv4-mapped
 * IPv6 is refused even for a public IPv4, and so are NAT64, 6to4 and Teredo: each can reach an
 * IPv4 network by a path this check would not see.
 */
export function isPublicAddress(ip: string): boolean {
  // Only canonical literals: `127.1` or `0x7f000001` would be read differently by other parsers.
  if (isIP(ip) === 0) return false;
  const address = ipaddr.parse(ip);
  if (address.range() !== 'unicast') return false;
  return address.kind() === 'ipv4' || address.match(globalUnicastV6);
}
