import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { renderAsyncApi } from './render-asyncapi';
import { renderErrors } from './render-errors';
import { renderEvents } from './render-events';
import { renderWebhooks } from './render-webhooks';

/** The workspace root: tools/catalogue/src is three levels below it. */
export const repoRoot = resolve(__dirname, '..', '..', '..');

export interface GeneratedDocument {
  /** From the workspace root. */
  path: string;
  content: string;
}

/** The version of the platform: the root package.json's. */
export const platformVersion = (): string =>
  (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

/** The documents generated from the catalogue, as they should be committed. */
export const renderDocuments = (): GeneratedDocument[] => [
  { path: 'docs/events.md', content: renderEvents() },
  { path: 'docs/asyncapi.yaml', content: renderAsyncApi(platformVersion()) },
  { path: 'docs/errors.md', content: renderErrors() },
  { path: 'docs/webhooks.md', content: renderWebhooks() },
];
