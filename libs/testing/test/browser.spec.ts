import fs from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { expectAccessible, launchBrowser, screenshot, type TestBrowser } from '../src';

// Debian's real Chromium against a page of the test's own, served with the gateway's script policy.
const PAGES: Record<string, string> = {
  '/accessible': `<main><h1>Bonjour</h1><img src="/logo.svg" alt="Pollen"><button type="button">Envoyer</button></main>`,
  '/inaccessible': `<main><h1>Bonjour</h1><img src="/logo.svg"><button type="button"></button></main>`,
};
const LOGO = `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><circle cx="20" cy="20" r="18" fill="#2a6f3f"/></svg>`;

const html = (body: string) =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Essai</title></head>` +
  // An inline script, which the policy must block: axe-core goes in all the same.
  `<body>${body}<script>window.inlineRan = true;</script></body></html>`;

describe('the browser kit, on Debian’s Chromium', () => {
  let server: Server;
  let origin: string;
  let browser: TestBrowser;

  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/logo.svg')
        return void response.writeHead(200, { 'Content-Type': 'image/svg+xml' }).end(LOGO);
      const body = PAGES[request.url ?? ''];
      if (!body) return void response.writeHead(404).end();
      response
        .writeHead(200, {
          'Content-Type': 'text/html; charset=utf-8',
          'Content-Security-Policy': "default-src 'self'; script-src 'self'",
        })
        .end(html(body));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('browses in French, in Paris time, on a profile of its own', async () => {
    await browser.page.goto(`${origin}/accessible`);

    const settings = await browser.page.evaluate(() => [
      navigator.language,
      Intl.DateTimeFormat().resolvedOptions().timeZone,
    ]);

    expect(settings).toEqual(['fr-FR', 'Europe/Paris']);
    expect(fs.existsSync(browser.userDataDir)).toBe(true);
  });

  it('keeps the page’s script policy, and passes a page that breaks no rule', async () => {
    await browser.page.goto(`${origin}/accessible`);

    await expectAccessible(browser.page, 'accessible page');
    expect(await browser.page.evaluate(() => (globalThis as { inlineRan?: boolean }).inlineRan)).toBeUndefined();
  });

  it('fails a page with an image without text and a button without a name, saying which and where', async () => {
    await browser.page.goto(`${origin}/inaccessible`);

    const failure = await expectAccessible(browser.page, 'inaccessible page').then(
      () => undefined,
      (error: Error) => error.message,
    );

    expect(failure).toMatch(/^inaccessible page: 2 serious or critical violations/);
    expect(failure).toMatch(/- button-name \(critical\): .*\n\s+at button/);
    expect(failure).toMatch(/- image-alt \(critical\): .*\n\s+at img/);
  });

  it('saves a full-page screenshot under reports/screenshots/', async () => {
    await browser.page.goto(`${origin}/accessible`);

    const file = await screenshot(browser.page, 'browser-kit-accessible');

    expect(file).toMatch(/reports\/screenshots\/browser-kit-accessible\.png$/);
    expect(fs.readFileSync(file).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  });

  it('removes its profile when it closes', async () => {
    const another = await launchBrowser();

    await another.close();
    await another.close(); // twice is fine

    expect(fs.existsSync(another.userDataDir)).toBe(false);
  });
});
