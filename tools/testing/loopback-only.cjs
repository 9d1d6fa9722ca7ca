// Preloaded into a Node process under test (`node --require tools/testing/loopback-only.cjs`, or
// through NODE_OPTIONS): any TCP connection or UDP datagram to an address outside this machine
// throws, naming the address. A test of outgoing calls (webhooks, an SSRF guard) then fails loudly
// instead of quietly reaching the network it ran on.
//
// An IP literal is checked before the socket is touched, and refused synchronously. A name is
// resolved by Node's own lookup first, so the lookup is wrapped and its answer checked; the
// connection then fails with the same message, as a socket error. Unix sockets stay allowed.
// Name resolution by c-ares (dns.resolve*) goes below these modules and is not checked.
'use strict';

const dgram = require('node:dgram');
const dns = require('node:dns');
const net = require('node:net');

function isLoopback(address) {
  if (net.isIPv4(address)) return address.startsWith('127.');
  if (!net.isIPv6(address)) return false;
  let canonical;
  try {
    // The WHATWG URL parser writes IPv6 one way only: `0:0::1` is `[::1]`, a mapped IPv4 is hex.
    canonical = new URL(`http://[${address}]`).hostname;
  } catch {
    return false; // a scoped address (fe80::1%eth0) is never loopback
  }
  return canonical === '[::1]' || /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(canonical);
}

function refusal(address, port) {
  const host = net.isIPv6(address) ? `[${address}]` : address;
  const where = port === undefined ? host : `${host}:${port}`;
  const error = new Error(
    `loopback-only: refused a connection to ${where}; this process may only reach 127.0.0.0/8 and ::1`,
  );
  error.code = 'ELOOPBACKONLY';
  return error;
}

function refuseUnlessLoopback(address, port) {
  if (net.isIP(address) !== 0 && !isLoopback(address)) throw refusal(address, port);
}

/** A lookup that answers only with loopback addresses, and fails with the refusal otherwise. */
function checkedLookup(lookup, port) {
  return function loopbackOnlyLookup(hostname, options, callback) {
    if (typeof options === 'function') return loopbackOnlyLookup(hostname, {}, options);
    // A literal was checked where it was given; dgram also looks up the 0.0.0.0 it binds to.
    if (net.isIP(hostname) !== 0) return lookup(hostname, options, callback);
    return lookup(hostname, options, (error, address, family) => {
      if (error) return callback(error, address, family);
      const addresses = Array.isArray(address) ? address.map((one) => one.address) : [address];
      const outside = addresses.find((one) => !isLoopback(one));
      if (outside !== undefined) return callback(refusal(outside, port));
      return callback(null, address, family);
    });
  };
}

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function loopbackOnlyConnect(...args) {
  // Node's own callers pass the arguments already normalised, as one array.
  const [options, callback] = Array.isArray(args[0]) ? args[0] : net._normalizeArgs(args);
  // As Node decides: any truthy path is a Unix socket or a pipe (an http request's options carry `path: null`).
  if (options.path) return connect.apply(this, args);
  const host = options.host ?? 'localhost';
  if (net.isIP(host) !== 0) {
    refuseUnlessLoopback(host, options.port);
    return connect.apply(this, args);
  }
  const lookup = checkedLookup(options.lookup ?? ((...lookupArgs) => dns.lookup(...lookupArgs)), options.port);
  return connect.call(this, { ...options, lookup }, callback);
};

const createSocket = dgram.createSocket;
dgram.createSocket = function loopbackOnlyCreateSocket(type, listener) {
  const options = typeof type === 'string' ? { type } : type;
  // dgram resolves a name with the socket's lookup, which is only given here.
  const lookup = checkedLookup(options.lookup ?? ((...lookupArgs) => dns.lookup(...lookupArgs)));
  return createSocket.call(this, { ...options, lookup }, listener);
};

const send = dgram.Socket.prototype.send;
dgram.Socket.prototype.send = function loopbackOnlySend(buffer, ...rest) {
  // As dgram reads them: (offset, length, port, address) when a port follows, else (port, address).
  const withOffset = Boolean(rest[3]) || (Boolean(rest[2]) && typeof rest[2] !== 'function');
  const [port, address] = withOffset ? [rest[2], rest[3]] : [rest[0], rest[1]];
  if (typeof address === 'string') refuseUnlessLoopback(address, port);
  return send.call(this, buffer, ...rest);
};

const dgramConnect = dgram.Socket.prototype.connect;
dgram.Socket.prototype.connect = function loopbackOnlyDgramConnect(port, address, callback) {
  if (typeof address === 'string') refuseUnlessLoopback(address, port);
  return dgramConnect.call(this, port, address, callback);
};
