import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { AxeResults, ImpactValue, Result } from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';

// Browser tests drive Debian's Chromium (tools/infra/chromium.mjs installs it; `npm test` calls it)
// through playwright-core, which brings no browser of its own. playwright-core and axe-core are
// loaded when a test first uses them, not when a test imports @pollen/testing: every test file
// does, and playwright-core alone takes 0.4 s to load.

const repoRoot = path.resolve(__dirname, '..', '..', '..');

/** Where Debian's chromium package puts the browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * What Chromium is started with: headless, no sandbox (tests run as root in CI, where Chromium's
 * sandbox refuses to start), no GPU, and nothing that reaches out on its own (updates, sync,
 * background requests), since the machines reach no network but the package registries. French
 * as its own language too, so that a date field reads day first as a French user's does.
 */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
  '--lang=fr-FR',
] as const;

/** A Chromium of its own, with a fresh profile: one context and the page it opened with. */
export interface TestBrowser {
  readonly context: BrowserContext;
  /** The page the browser opened with (about:blank); `context.newPage()` opens more. */
  readonly page: Page;
  /** The profile: a temporary directory, removed by `close`. */
  readonly userDataDir: string;
  /** Closes the browser and removes its profile; safe to call more than once. */
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** `fr-FR` unless told otherwise: navigator.language and the Accept-Language header. */
  locale?: string;
  /** `Europe/Paris` unless told otherwise. */
  timezoneId?: string;
  viewport?: { width: number; height: number };
}

/**
 * Starts Debian's Chromium on a fresh profile, in French and Paris time, as a person in France
 * would see the portal.
 *
 * The profile is a temporary directory of ours, so no run sees another's cookies or storage.
 * Playwright refuses `--user-data-dir` among `launch`'s arguments (it manages the flag itself): a
 * profile directory is given to `launchPersistentContext` instead, whose browser is that one
 * context. Playwright does not remove a directory it was given, so `close` does.
 *
 * The page's Content-Security-Policy stays in force (no `bypassCSP`): the gateway serves the portal
 * with `script-src 'self'`, and a test that switched it off would not see a page the policy breaks.
 * expectAccessible still injects axe-core, through `page.evaluate`, which the CSP does not govern.
 */
export async function launchBrowser(options: LaunchOptions = {}): Promise<TestBrowser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM_PATH}: run \`node tools/infra/chromium.mjs\` (npm test does) to install Debian's package`,
    );
  }
  const { chromium } = await import('playwright-core');
  const userDataDir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'pollen-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [...CHROMIUM_FLAGS],
      locale: options.locale ?? 'fr-FR',
      timezoneId: options.timezoneId ?? 'Europe/Paris',
      viewport: options.viewport ?? { width: 1280, height: 800 },
    });
  } catch (error) {
    await fs.promises.rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
  // A missing element fails the test with Playwright's account of what it waited for, before
  // Jest's own timeout (60 s) would cut it short with none.
  context.setDefaultTimeout(20_000);
  const page = context.pages()[0] ?? (await context.newPage());
  let closing: Promise<void> | undefined;
  return {
    context,
    page,
    userDataDir,
    close: () =>
      (closing ??= (async () => {
        try {
          await context.close();
        } finally {
          await fs.promises.rm(userDataDir, { recursive: true, force: true });
        }
      })()),
  };
}

// ---------------------------------------------------------------- accessibility

/** The WCAG 2.1 levels A and AA rules that axe-core checks. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'] as const;

/** The impacts that fail a test; `minor` and `moderate` ones are left to review. */
export const BLOCKING_IMPACTS: readonly ImpactValue[] = ['serious', 'critical'];

/** Of axe-core's violations, those whose impact fails a test. */
export function blockingViolations(violations: readonly Result[]): Result[] {
  return violations.filter((violation) => violation.impact && BLOCKING_IMPACTS.includes(violation.impact));
}

/** How many elements of one rule a report names, before "… and N more". */
const NODES_SHOWN = 5;

/**
 * A report a person can act on: one line per rule (its id, impact, what it asks for and where it is
 * explained), then the elements that break it, by their CSS selector.
 */
export function formatViolations(label: string, violations: readonly Result[]): string {
  const rules = violations.map((violation) => {
    const nodes = violation.nodes.slice(0, NODES_SHOWN).map((node) => `    at ${selectorOf(node.target)}`);
    const more = violation.nodes.length - NODES_SHOWN;
    return [
      `  - ${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help} [${violation.helpUrl}]`,
      ...nodes,
      ...(more > 0 ? [`    … and ${more} more`] : []),
    ].join('\n');
  });
  const count =
    violations.length === 1 ? '1 serious or critical violation' : `${violations.length} serious or critical violations`;
  return `${label}: ${count} of WCAG 2.1 AA (axe-core)\n${rules.join('\n')}`;
}

/** An element's selector: frames and shadow roots on the way to it joined with " >>> ". */
function selectorOf(target: Result['nodes'][number]['target']): string {
  return target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : String(part))).join(' >>> ');
}

/**
 * Runs axe-core's WCAG 2.1 A and AA rules on the page as it is now. axe-core is injected with
 * `page.evaluate`: a `<script>` tag (`page.addScriptTag`) is inline script, which the portal's
 * `script-src 'self'` blocks.
 */
export async function axeViolations(page: Page): Promise<Result[]> {
  const { source } = await import('axe-core');
  await page.evaluate(source);
  const results = await page.evaluate(
    (tags) =>
      (globalThis as unknown as { axe: { run(options: object): Promise<AxeResults> } }).axe.run({
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    [...AXE_TAGS],
  );
  return results.violations;
}

/**
 * Fails, with the list of what is wrong, when the page breaks a WCAG 2.1 A or AA rule with a
 * serious or critical impact. `label` says which page or state was checked.
 */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const blocking = blockingViolations(await axeViolations(page));
  if (blocking.length) throw new Error(formatViolations(label, blocking));
}

// ---------------------------------------------------------------- screenshots

/** Where screenshots go (reports/ is git-ignored). */
export const SCREENSHOTS_DIR = path.join(repoRoot, 'reports', 'screenshots');

/** Saves the whole page as reports/screenshots/<name>.png and returns the file's path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  if (!/^[\w.-]+$/.test(name)) throw new Error(`screenshot "${name}": use letters, digits, ".", "-" and "_" only`);
  await fs.promises.mkdir(SCREENSHOTS_DIR, { recursive: true });
  const file = path.join(SCREENSHOTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
