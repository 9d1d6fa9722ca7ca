import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { DiagnosticSeverity, type ParseOutput, Parser } from '@asyncapi/parser';
import {
  allTopics,
  Events,
  isRequestType,
  PERSONAL_DATA_MAX_RETENTION_MS,
  Requests,
  type TopicDefinition,
  topicNamed,
} from '@pollen/contracts';

import { renderDocuments, repoRoot } from '../src/documents';
import { HTTP_ROUTE, writersOf } from '../src/model';

/** Where a committed document first differs from what the catalogue gives, for the failure message. */
function staleness(path: string, committed: string | undefined, generated: string): string {
  const advice = `${path} does not match the catalogue: run \`npm run docs:catalogue\` and commit the result.`;
  if (committed === undefined) return `${advice}\n(${path} does not exist)`;
  const have = committed.split('\n');
  const want = generated.split('\n');
  const line = want.findIndex((text, index) => have[index] !== text);
  const at = line === -1 ? want.length : line;
  return `${advice}\nFirst difference at line ${at + 1}:\n  committed: ${have[at] ?? '(end of file)'}\n  generated: ${want[at] ?? '(end of file)'}`;
}

describe('the documents generated from the catalogue', () => {
  it.each(renderDocuments().map((document) => [document.path, document]))('%s is up to date', (_, document) => {
    const file = join(repoRoot, document.path);
    const committed = existsSync(file) ? readFileSync(file, 'utf8') : undefined;

    if (committed !== document.content) throw new Error(staleness(document.path, committed, document.content));
  });
});

describe('docs/asyncapi.yaml', () => {
  let parsed: ParseOutput;

  beforeAll(async () => {
    parsed = await new Parser().parse(readFileSync(join(repoRoot, 'docs/asyncapi.yaml'), 'utf8'));
  }, 30_000);

  it('is a valid AsyncAPI 3.0.0 document', () => {
    const errors = parsed.diagnostics
      .filter((diagnostic) => diagnostic.severity === DiagnosticSeverity.Error)
      .map((diagnostic) => `${diagnostic.path.join('/')}: ${diagnostic.message}`);

    expect(errors).toEqual([]);
    expect(parsed.document?.version()).toBe('3.0.0');
  });

  it('has one channel per topic, dead-letter topics included, and a message per event and request type', () => {
    const document = parsed.document;
    const addresses = document
      ?.channels()
      .all()
      .map((channel) => channel.address());
    const messageIds = document
      ?.components()
      .messages()
      .all()
      .map((message) => message.id());

    expect(addresses?.sort()).toEqual(
      allTopics()
        .map((topic) => topic.name)
        .sort(),
    );
    expect(messageIds).toEqual(expect.arrayContaining([...Object.keys(Events), ...Object.keys(Requests)]));
  });

  it('has each topic written by its producers and read by each consumer', () => {
    const operationIds = new Set(
      parsed.document
        ?.operations()
        .all()
        .map((operation) => operation.id()),
    );
    const expected = (topic: TopicDefinition) => [
      ...writersOf(topic).map((service) => `${service}.send.${topic.name}`),
      ...topic.consumers.map((service) => `${service}.receive.${topic.name}`),
    ];
    const missing = allTopics()
      .flatMap(expected)
      .filter((id) => !operationIds.has(id));

    expect(missing).toEqual([]);
  });
});

describe('the catalogue', () => {
  const events = Object.entries(Events);
  const requests = Object.entries(Requests);

  it('says which request (or HTTP route) emits each event, and names only real ones', () => {
    const unknown = events.flatMap(([type, event]) =>
      event.emittedBy
        .filter((source) => !isRequestType(source) && !HTTP_ROUTE.test(source))
        .map((source) => `${type}: ${source}`),
    );

    expect(unknown).toEqual([]);
  });

  it('keeps personal data only on compacted topics or ones that forget it soon enough', () => {
    const retained = allTopics()
      .filter((topic) => topic.personalData && topic.cleanup.policy !== 'compact')
      .filter((topic) => topic.retentionMs < 0 || topic.retentionMs > PERSONAL_DATA_MAX_RETENTION_MS)
      .map((topic) => `${topic.name} keeps messages for ${topic.retentionMs} ms`);

    expect(retained).toEqual([]);
  });

  it('puts events on events topics and requests on requests topics, all declared in Topics', () => {
    const misplaced = [
      ...events
        .filter(([, event]) => event.topic.kind !== 'events')
        .map(([type, event]) => `${type} on ${event.topic.name}`),
      ...requests
        .filter(([, request]) => request.topic.kind !== 'requests')
        .map(([type, request]) => `${type} on ${request.topic.name}`),
    ];
    const undeclared = [...events, ...requests]
      .filter(([, definition]) => topicNamed(definition.topic.name) !== definition.topic)
      .map(([type]) => type);

    expect(misplaced).toEqual([]);
    expect(undeclared).toEqual([]);
  });
});
