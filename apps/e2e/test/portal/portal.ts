import fs from 'node:fs';
import path from 'node:path';

import { expectAccessible, launchBrowser, screenshot, type TestBrowser } from '@pollen/testing';
import type { Page } from 'playwright-core';

import { Platform } from '../platform';

/** What `nx build portal` leaves, and the gateway serves under `/` (PORTAL_DIR's default). */
const PORTAL_INDEX = path.resolve(__dirname, '..', '..', '..', '..', 'dist', 'apps', 'portal', 'index.html');

/** The services the portal's pages reach through the gateway, besides applications (operations: the operator's status, timeline and replays). */
export const PORTAL_SERVICES = ['notifications', 'legal-templates', 'matching', 'operations'];

/** The whole platform, and a browser on the portal the gateway serves. */
export interface OpenPortal {
  platform: Platform;
  browser: TestBrowser;
  /** The browser's page, opened at the portal. */
  page: Page;
  /** The portal's address for `path` (the gateway's origin: the portal and the API share it). */
  url(path?: string): string;
  /**
   * What went wrong in the page so far: uncaught exceptions, and what the Content-Security-Policy
   * blocked. Failed requests (a 401 before logging in) are not counted.
   */
  problems: string[];
  /** Checks the page in view for serious accessibility faults, and saves its picture as `name`. */
  look(name: string): Promise<void>;
  /** Logs in through the login page, and waits to be sent on (to the role's first page). */
  logInAs(email: string, password: string): Promise<void>;
  /** Logs out with the menu's button, and waits for the login page to say so. */
  logOut(): Promise<void>;
  /** Closes the browser, then stops the services. */
  close(): Promise<void>;
}

/**
 * Starts the gateway, applications, notifications, legal-templates, matching and operations (libs/testing's
 * ServiceProcess: the built services, as processes), launches Chromium (launchBrowser: French,
 * Paris time, a fresh profile) and opens the portal at `path` (`/` by default).
 */
export async function openPortal(
  options: { path?: string; env?: Record<string, Record<string, string>> } = {},
): Promise<OpenPortal> {
  if (!fs.existsSync(PORTAL_INDEX)) {
    throw new Error(`${PORTAL_INDEX} is missing: build the portal first (npx nx build portal; nx test e2e does)`);
  }
  const [platform, browser] = await Promise.allSettled([Platform.start(PORTAL_SERVICES, options.env), launchBrowser()]);
  if (platform.status === 'rejected' || browser.status === 'rejected') {
    await Promise.allSettled([
      platform.status === 'fulfilled' && platform.value.stop(),
      browser.status === 'fulfilled' && browser.value.close(),
    ]);
    throw platform.status === 'rejected' ? platform.reason : (browser as PromiseRejectedResult).reason;
  }
  const opened = portalOn(platform.value, browser.value);
  try {
    const response = await opened.page.goto(opened.url(options.path));
    const type = response?.headers()['content-type'] ?? 'no content type';
    if (!response?.ok() || !type.startsWith('text/html')) {
      throw new Error(
        `GET ${options.path ?? '/'} → ${response?.status() ?? 'no answer'} (${type}): the gateway did not serve the portal`,
      );
    }
  } catch (error) {
    await opened.close();
    throw error;
  }
  return opened;
}

function portalOn(platform: Platform, browser: TestBrowser): OpenPortal {
  const problems: string[] = [];
  const { page } = browser;
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
      problems.push(`blocked: ${message.text()} at ${JSON.stringify(message.location())}`);
    }
  });
  const url = (path = '/') => `${platform.gateway.url}${path}`;
  return {
    platform,
    browser,
    page,
    problems,
    url,
    look: async (name) => {
      await expectAccessible(page, name);
      await screenshot(page, name);
    },
    logInAs: async (email, password) => {
      await page.goto(url('/login'));
      await page.getByLabel('Adresse e-mail').waitFor();
      await expectAccessible(page, 'login');
      await page.getByLabel('Adresse e-mail').fill(email);
      await page.getByLabel('Mot de passe').fill(password);
      await page.getByRole('button', { name: 'Se connecter' }).click();
      await page.waitForURL((address) => address.pathname !== '/login');
    },
    logOut: async () => {
      await page.getByRole('button', { name: 'Se déconnecter' }).click();
      await page.getByText('Vous êtes déconnecté·e.').waitFor();
    },
    close: async () => {
      try {
        await browser.close();
      } finally {
        await platform.stop();
      }
    },
  };
}
