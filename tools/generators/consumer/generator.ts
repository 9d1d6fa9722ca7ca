import { join } from 'node:path';

import { formatFiles, generateFiles, type GeneratorCallback, runTasksInSerial, type Tree } from '@nx/devkit';

import { assertCamelCase, nameVariants } from '../shared/names';
import { addImport, addToObject, appendToArray, editSource, readText, textAt } from '../shared/source-edits';
import { assertServiceApp, Paths, regenerateCatalogueDocs, renderSnippet, sortImports } from '../shared/workspace';

export interface ConsumerGeneratorOptions {
  service: string;
  topic: string;
  kind: 'requests' | 'events';
  skipFormat?: boolean;
}

const unquote = (text: string | undefined) => text?.replace(/^'(.*)'$/, '$1');

/**
 * `nx g @pollen/tools:consumer --service <s> --topic <topicKey> --kind requests|events`: a thin
 * Kafka adapter in src/messaging/, registered in the AppModule's controllers. The catalogue is
 * kept true: a requests topic is declared for its service if missing, and an events topic lists
 * the service among its consumers (EventConsumer refuses to compile otherwise).
 */
export default async function consumerGenerator(
  tree: Tree,
  options: ConsumerGeneratorOptions,
): Promise<GeneratorCallback> {
  const { service, topic: topicKey, kind } = options;
  assertServiceApp(tree, service);
  assertCamelCase(topicKey, 'the topic key');
  if (kind !== 'requests' && kind !== 'events') throw new Error(`--kind is requests or events, not "${kind}"`);

  const topic = (property: string) =>
    textAt(readText(tree, Paths.topics), { variable: 'Topics', key: topicKey, property });
  if (topic('kind') === undefined) {
    if (kind === 'events')
      throw new Error(`Topics has no ${topicKey}: declare the events first (nx g @pollen/tools:event)`);
    editSource(
      tree,
      Paths.topics,
      addToObject(
        { variable: 'Topics' },
        topicKey,
        renderSnippet(join(__dirname, 'snippets', 'requests-topic.ts.template'), { service }).trim(),
        {
          before: 'gatewayReplies',
        },
      ),
    );
  }
  const declaredKind = unquote(topic('kind'));
  if (declaredKind !== kind) throw new Error(`Topics.${topicKey} carries ${declaredKind}, not ${kind}`);
  if (kind === 'requests' && unquote(topic('owner')) !== service) {
    throw new Error(`Topics.${topicKey} is answered by ${unquote(topic('owner'))}, not ${service}`);
  }
  editSource(
    tree,
    Paths.topics,
    appendToArray({ variable: 'Topics', key: topicKey, property: 'consumers' }, `'${service}'`),
  );

  const consumer = nameVariants(topicKey);
  const file = `${Paths.app(service)}/src/messaging/${consumer.fileName}.consumer.ts`;
  if (tree.exists(file)) throw new Error(`${file} already exists`);
  generateFiles(tree, join(__dirname, 'files', kind), Paths.app(service), {
    ...consumer,
    service,
    topicKey,
    topicName: unquote(topic('name')),
    requestTypes: kind === 'requests' ? requestTypesOn(tree, topicKey) : [],
  });

  editSource(
    tree,
    Paths.appModule(service),
    addImport([`${consumer.className}Consumer`], `./messaging/${consumer.fileName}.consumer`),
    appendToArray({ property: 'controllers' }, `${consumer.className}Consumer`),
  );

  if (!options.skipFormat) await formatFiles(tree);
  return runTasksInSerial(sortImports(tree), regenerateCatalogueDocs(tree));
}

/** The request types the catalogue declares on the topic: `'type': defineRequest({ topic: Topics.key`. */
function requestTypesOn(tree: Tree, topicKey: string): string[] {
  const types: string[] = [];
  const visit = (folder: string) => {
    for (const child of tree.children(folder)) {
      const path = `${folder}/${child}`;
      if (tree.isFile(path)) {
        if (!path.endsWith('-requests.ts')) continue;
        const pattern = new RegExp(`'([^']+)':\\s*defineRequest\\(\\{\\s*topic:\\s*Topics\\.${topicKey}\\b`, 'g');
        types.push(...[...readText(tree, path).matchAll(pattern)].map(([, type]) => type));
      } else {
        visit(path);
      }
    }
  };
  visit(Paths.contracts);
  return types;
}
