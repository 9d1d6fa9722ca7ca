import { expectAccessible, screenshot } from '@pollen/testing';

import { type OpenPortal, openPortal } from './portal';

/**
 * The portal as a person first meets it: the gateway serves it from its own origin under `/`,
 * Chromium renders it in French under the gateway's Content-Security-Policy, and its first page
 * breaks no serious WCAG 2.1 AA rule.
 */
describe('the portal’s shell, served by the gateway', () => {
  let portal: OpenPortal;

  beforeAll(async () => {
    portal = await openPortal();
  });

  afterAll(() => portal?.close());

  it('renders its main content, in French', async () => {
    await portal.page.locator('main').waitFor();

    expect(await portal.page.locator('html').getAttribute('lang')).toBe('fr');
  });

  it('breaks no serious or critical WCAG 2.1 AA rule', async () => {
    await portal.page.locator('main').waitFor();

    await expectAccessible(portal.page, 'portal home');
    await screenshot(portal.page, 'portal-home');
  });

  it('runs with no uncaught error and nothing its Content-Security-Policy blocked', () => {
    expect(portal.problems).toEqual([]);
  });
});
