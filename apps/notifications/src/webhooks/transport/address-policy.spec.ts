import { isPublicAddress } from './address-policy';

describe('isPublicAddress', () => {
  it.each([
    ['a public IPv4', '93.184.215.14'],
    ['a public DNS resolver', '8.8.8.8'],
    ['a public IPv6', '2606:4700:4700::1111'],
    ['another public IPv6', '2a00:1450:4007:80e::200e'],
  ])('accepts %s (%s)', (_, ip) => {
    expect(isPublicAddress(ip)).toBe(true);
  });

  it.each([
    ['private 10/8', '10.0.0.1'],
    ['private 172.16/12', '172.16.0.1'],
    ['private 172.16/12, its end', '172.31.255.254'],
    ['private 192.168/16', '192.168.1.1'],
    ['loopback 127/8', '127.0.0.1'],
    ['loopback 127/8, elsewhere', '127.5.6.7'],
    ['IPv6 loopback', '::1'],
    ['link-local', '169.254.10.20'],
    ['the cloud metadata endpoint', '169.254.169.254'],
    ['IPv6 link-local', 'fe80::1'],
    ['IPv6 link-local with a zone', 'fe80::1%eth0'],
    ['carrier-grade NAT 100.64/10', '100.64.0.1'],
    ['carrier-grade NAT, its end', '100.127.255.254'],
    ['IPv4 multicast', '224.0.0.1'],
    ['IPv6 multicast', 'ff02::1'],
    ['IPv4 unspecified', '0.0.0.0'],
    ['this network 0/8', '0.1.2.3'],
    ['IPv6 unspecified', '::'],
    ['broadcast', '255.255.255.255'],
    ['reserved 240/4', '240.0.0.1'],
    ['documentation TEST-NET-1', '192.0.2.1'],
    ['IETF protocol assignments', '192.0.0.9'],
    ['benchmarking 198.18/15', '198.18.0.1'],
    ['IPv6 documentation', '2001:db8::1'],
    ['unique-local fc00::/7', 'fc00::1'],
    ['unique-local fd00::/8', 'fd12:3456:789a::1'],
    ['deprecated site-local', 'fec0::1'],
    ['IPv4-mapped loopback', '::ffff:127.0.0.1'],
    ['IPv4-mapped private', '::ffff:10.0.0.1'],
    ['IPv4-mapped metadata endpoint', '::ffff:169.254.169.254'],
    ['IPv4-mapped public (refused all the same)', '::ffff:8.8.8.8'],
    ['IPv4-mapped, in hexadecimal', '::ffff:7f00:1'],
    ['IPv4-compatible (deprecated)', '::10.0.0.1'],
    ['NAT64', '64:ff9b::a00:1'],
    ['6to4', '2002:a00:1::1'],
    ['Teredo', '2001::1'],
    ['unallocated IPv6 outside 2000::/3', '4000::1'],
    ['discard-only IPv6', '100::1'],
  ])('refuses %s (%s)', (_, ip) => {
    expect(isPublicAddress(ip)).toBe(false);
  });

  it.each([
    ['a name', 'example.org'],
    ['a short IPv4 form', '127.1'],
    ['an octal IPv4 form', '0177.0.0.1'],
    ['an integer IPv4 form', '2130706433'],
    ['a hexadecimal IPv4 form', '0x7f000001'],
    ['a bracketed IPv6', '[::1]'],
    ['nothing', ''],
  ])('refuses what is not a canonical address: %s (%s)', (_, ip) => {
    expect(isPublicAddress(ip)).toBe(false);
  });
});
