import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { renderAsyncApi } from './render-asyncapi';
import { renderErrors } from './render-errors';
import { renderEvents } from './render-events';
import { renderKafkaTopics, renderKafkaUsers } from './render-strimzi';
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

/** The documents (and Strimzi resources) generated from the catalogue, as they should be committed. */
export const renderDocuments = (): GeneratedDocument[] => [
  { path: 'docs/events.md', content: renderEvents() },
  { path: 'docs/asyncapi.yaml', content: renderAsyncApi(platformVersion()) },
  { path: 'docs/errors.md', content: renderErrors() },
  { path: 'docs/webhooks.md', content: renderWebhooks() },
  { path: 'k8s/base/kafka/topics.yaml', content: renderKafkaTopics() },
  { path: 'k8s/base/kafka/users.yaml', content: renderKafkaUsers() },
];
