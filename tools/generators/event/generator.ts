import { join } from 'node:path';

import { formatFiles, generateFiles, type GeneratorCallback, runTasksInSerial, type Tree } from '@nx/devkit';

import { assertKebabCase, nameVariants } from '../shared/names';
import {
  addImport,
  addLineAfterLast,
  addToObject,
  editSource,
  insertBeforeVariable,
  readText,
  textAt,
} from '../shared/source-edits';
import { Paths, readServices, regenerateCatalogueDocs, renderSnippet, sortImports } from '../shared/workspace';

export interface EventGeneratorOptions {
  domain: string;
  name: string;
  owner?: string;
  description?: string;
  skipFormat?: boolean;
}

const snippet = (file: string, values: Record<string, string>) =>
  renderSnippet(join(__dirname, 'snippets', `${file}.template`), values);

/**
 * `nx g @pollen/tools:event --domain <d> --name <aggregate.fact>`: the event's data class and its
 * `defineEvent` entry. The first event of an aggregate creates its events file, registers it in
 * catalogue/events.ts and the contracts' index, and declares its topic if there is none.
 */
export default async function eventGenerator(tree: Tree, options: EventGeneratorOptions): Promise<GeneratorCallback> {
  assertKebabCase(options.domain, 'the domain');
  const match = /^([a-z][a-z0-9-]*)\.([a-z][a-z0-9-]*)$/.exec(options.name);
  if (!match)
    throw new Error(`an event type is <aggregate>.<fact> in kebab-case (like grant.disbursed), not "${options.name}"`);
  const [, aggregateName, fact] = match;
  assertKebabCase(aggregateName, 'the aggregate');
  const aggregate = nameVariants(aggregateName);
  const type = options.name;
  const dataClass = `${nameVariants(`${aggregateName}-${fact}`).className}Data`;
  const file = `${Paths.contracts}/${options.domain}/${aggregate.fileName}-events.ts`;

  if (!tree.exists(file)) createEventsFile(tree, options, aggregate);

  const text = readText(tree, file);
  if (text.includes(`'${type}':`)) throw new Error(`${file} already declares ${type}`);
  const eventsObject = /export const (\w+Events) = \{/.exec(text)?.[1];
  const aggregateConst = /export const (\w+Aggregate): AggregateDefinition/.exec(text)?.[1];
  const idField = /idField: '(\w+)'/.exec(text)?.[1];
  const topicKey = /topic: Topics\.(\w+)/.exec(text)?.[1];
  if (!eventsObject || !aggregateConst || !idField || !topicKey) {
    throw new Error(`${file} is not in the usual shape (XEvents, XAggregate with idField, a Topics.x topic)`);
  }
  const on = /const on = \{/.test(text) ? '...on' : `topic: Topics.${topicKey}, aggregate: ${aggregateConst}`;
  const description = (options.description ?? `${type}: say here what happened, in one sentence.`).replace(/'/g, '’');

  editSource(
    tree,
    file,
    addImport(['IsNotEmpty', 'IsString'], 'class-validator'),
    insertBeforeVariable(eventsObject, snippet('data-class.ts', { type, dataClass, idField })),
    addToObject(
      { variable: eventsObject },
      `'${type}'`,
      `defineEvent({ ${on}, data: ${dataClass}, emittedBy: [], description: '${description}' })`,
    ),
  );

  if (!options.skipFormat) await formatFiles(tree);
  return runTasksInSerial(sortImports(tree), regenerateCatalogueDocs(tree));
}

function createEventsFile(
  tree: Tree,
  options: EventGeneratorOptions,
  aggregate: ReturnType<typeof nameVariants>,
): void {
  const topicKey = `${aggregate.propertyName}Events`;
  const topics = readText(tree, Paths.topics);
  const declaredOwner = textAt(topics, { variable: 'Topics', key: topicKey, property: 'owner' });
  const services = readServices(tree).map((service) => service.name);
  const owner =
    declaredOwner?.replace(/^'(.*)'$/, '$1') ??
    options.owner ??
    (services.includes(options.domain) ? options.domain : undefined);
  if (!owner)
    throw new Error(`no topic Topics.${topicKey} yet: say which service owns ${aggregate.className} with --owner`);
  if (!services.includes(owner)) throw new Error(`"${owner}" is not a service of ${Paths.services}`);

  generateFiles(tree, join(__dirname, 'files'), Paths.contracts, {
    ...aggregate,
    domain: options.domain,
    owner,
    topicKey,
  });
  if (!declaredOwner) {
    editSource(
      tree,
      Paths.topics,
      addToObject({ variable: 'Topics' }, topicKey, snippet('events-topic.ts', { ...aggregate, owner }).trim()),
    );
  }
  editSource(
    tree,
    Paths.events,
    addImport([`${aggregate.className}Events`], `../${options.domain}/${aggregate.fileName}-events`),
    addToObject({ variable: 'Events' }, `...${aggregate.className}Events`, ''),
  );
  editSource(
    tree,
    Paths.contractsIndex,
    addLineAfterLast(
      `export * from './${options.domain}/${aggregate.fileName}-events';`,
      /^export \* from '\.\/(?!catalogue)/,
    ),
  );
}
