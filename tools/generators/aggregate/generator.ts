import { join } from 'node:path';

import { formatFiles, generateFiles, type GeneratorCallback, names, type Tree } from '@nx/devkit';

import { article, assertKebabCase, assertUsableName, nameVariants, plural } from '../shared/names';
import { addImport, appendToArray, editSource } from '../shared/source-edits';
import { assertServiceApp, Paths, sortImports } from '../shared/workspace';

export interface AggregateGeneratorOptions {
  service: string;
  name: string;
  skipFormat?: boolean;
}

/**
 * `nx g @pollen/tools:aggregate --service <s> --name <Name>`: the aggregate's type, its mongoose
 * schema with the outbox, its store port and repository, its in-memory fake and factory, and the
 * model and the store registered in the service's AppModule.
 */
export default async function aggregateGenerator(
  tree: Tree,
  options: AggregateGeneratorOptions,
): Promise<GeneratorCallback> {
  assertServiceApp(tree, options.service);
  const aggregate = nameVariants(names(options.name).fileName);
  assertKebabCase(aggregate.fileName, 'the aggregate name');
  assertUsableName(aggregate, 'the aggregate name');
  const app = Paths.app(options.service);
  if (tree.exists(`${app}/src/domain/${aggregate.fileName}.ts`)) {
    throw new Error(`${options.service} already has an aggregate ${aggregate.className}`);
  }

  generateFiles(tree, join(__dirname, 'files'), app, {
    ...aggregate,
    collection: plural(aggregate.fileName),
    pluralName: plural(aggregate.fileName),
    pluralProperty: plural(aggregate.propertyName),
    factory: `${article(aggregate.className)}${aggregate.className}`,
  });

  const { className, constantName, propertyName, fileName } = aggregate;
  editSource(
    tree,
    Paths.appModule(options.service),
    addImport(['MongooseModule'], '@nestjs/mongoose'),
    addImport([`${constantName}_MODEL`, `${propertyName}Schema`], `./schemas/${fileName}.schema`),
    addImport([`${className}Repository`], `./repositories/${fileName}.repository`),
    addImport([`${className}Store`], `./repositories/${fileName}.store`),
    (text) =>
      text.includes('MongooseModule.forFeature(')
        ? text
        : appendToArray({ property: 'imports' }, 'MongooseModule.forFeature([])')(text),
    appendToArray(
      { callee: 'MongooseModule.forFeature' },
      `{ name: ${constantName}_MODEL, schema: ${propertyName}Schema }`,
    ),
    appendToArray({ property: 'providers' }, `{ provide: ${className}Store, useClass: ${className}Repository }`),
  );

  if (!options.skipFormat) await formatFiles(tree);
  return sortImports(tree);
}
