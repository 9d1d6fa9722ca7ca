import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import path from 'node:path';

const preload = path.resolve(__dirname, '..', '..', '..', 'tools', 'testing', 'loopback-only.cjs');

/** Runs `script` in a Node process with the preload, as a service under test would run. */
function runWithPreload(script: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--require', preload, '-e', script], { timeout: 15_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

// Which of these addresses a synchronous connect refuses (a refused one throws before any I/O).
const refusedOf = (connect: string) => `
  const refused = [];
  for (const address of JSON.parse(process.argv[1])) {
    try {
      ${connect}
    } catch (error) {
      refused.push(address);
    }
  }
  console.log(JSON.stringify(refused));
`;

describe('tools/testing/loopback-only.cjs', () => {
  let server: Server;
  let port: number;

  beforeAll(async () => {
    server = createServer((socket) => socket.end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  });

  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('makes a connect to an address outside this machine throw, naming the address', async () => {
    const { code, stderr } = await runWithPreload(`require('net').connect(80, '10.1.2.3')`);

    expect(code).not.toBe(0);
    expect(stderr).toContain('loopback-only: refused a connection to 10.1.2.3:80');
  });

  it('refuses HTTP on the way to such an address, through the default agent and through fetch', async () => {
    const { stdout } = await runWithPreload(`
      try { require('http').get('http://10.0.0.1/'); } catch (error) { console.log('http:', error.message); }
      fetch('https://169.254.169.254/latest/').catch((error) => console.log('fetch:', error.cause.message));
    `);

    expect(stdout).toContain('http: loopback-only: refused a connection to 10.0.0.1:80');
    expect(stdout).toContain('fetch: loopback-only: refused a connection to 169.254.169.254:443');
  });

  it('lets a connect to 127.0.0.1 through', async () => {
    const { code, stdout } = await runWithPreload(`
      const socket = require('net').connect(${port}, '127.0.0.1', () => {
        console.log('connected');
        socket.destroy();
      });
    `);

    expect(code).toBe(0);
    expect(stdout.trim()).toBe('connected');
  });

  it('refuses every address but loopback, IPv4-mapped loopback included', async () => {
    const addresses = [
      ['10.1.2.3', '169.254.169.254', '100.64.0.1', '8.8.8.8', '::2', '::ffff:10.0.0.1', 'fe80::1%lo'],
      ['127.0.0.1', '127.9.9.9', '::1', '0:0:0:0:0:0:0:1', '::ffff:127.0.0.1'],
    ];
    const connect = `require('net').connect({ port: 9, host: address }).on('error', () => {}).destroy();`;

    const { stdout } = await runWithPreload(`process.argv[1] = ${JSON.stringify(JSON.stringify(addresses.flat()))};
      ${refusedOf(connect)}`);

    expect(JSON.parse(stdout)).toEqual(addresses[0]);
  });

  it('checks what a name resolves to, and fails the connection with the same message', async () => {
    const { stdout } = await runWithPreload(`
      const net = require('net');
      const lookupTo = (address) => (_name, options, callback) =>
        options.all ? callback(null, [{ address, family: 4 }]) : callback(null, address, 4);
      net.connect({ port: 80, host: 'hooks.partner.example', lookup: lookupTo('10.1.2.3') })
        .on('error', (error) => console.log('outside:', error.message));
      const inside = net.connect({ port: ${port}, host: 'receiver.test', lookup: lookupTo('127.0.0.1') }, () => {
        console.log('inside: connected');
        inside.destroy();
      });
    `);

    expect(stdout).toContain('outside: loopback-only: refused a connection to 10.1.2.3:80');
    expect(stdout).toContain('inside: connected');
  });

  it('refuses a datagram or a UDP connect to an address outside this machine', async () => {
    const { stdout } = await runWithPreload(`
      const dgram = require('dgram');
      const socket = dgram.createSocket('udp4');
      for (const attempt of [
        () => socket.send('x', 53, '10.1.2.3'),
        () => socket.send(Buffer.from('x'), 0, 1, 53, '192.168.1.1'),
        () => dgram.createSocket('udp4').connect(53, '8.8.8.8'),
      ]) {
        try { attempt(); console.log('sent'); } catch (error) { console.log(error.message); }
      }
      socket.send('x', ${port}, '127.0.0.1', () => { console.log('loopback sent'); socket.close(); process.exit(0); });
    `);

    expect(stdout.trim().split('\n')).toEqual([
      expect.stringContaining('refused a connection to 10.1.2.3:53'),
      expect.stringContaining('refused a connection to 192.168.1.1:53'),
      expect.stringContaining('refused a connection to 8.8.8.8:53'),
      'loopback sent',
    ]);
  });
});
