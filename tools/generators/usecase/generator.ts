import { join } from 'node:path';

import { formatFiles, generateFiles, type GeneratorCallback, names, type Tree } from '@nx/devkit';

import { article, assertKebabCase, assertUsableName, nameVariants, plural } from '../shared/names';
import { addImport, addNamedExport, appendToArray, editSource } from '../shared/source-edits';
import { assertServiceApp, Paths, sortImports, storesOf } from '../shared/workspace';

export interface UsecaseGeneratorOptions {
  service: string;
  name: string;
  aggregate?: string;
  skipFormat?: boolean;
}

/**
 * `nx g @pollen/tools:usecase --service <s> --name <verb-noun>`: the use case's folder (command,
 * use case, spec on the in-memory fake of its store) and its place in USE_CASES.
 */
export default async function usecaseGenerator(
  tree: Tree,
  options: UsecaseGeneratorOptions,
): Promise<GeneratorCallback> {
  assertServiceApp(tree, options.service);
  assertKebabCase(options.name, 'the use case name');
  if (!options.name.includes('-'))
    throw new Error(`a use case is named verb-noun (like list-programmes), not "${options.name}"`);
  const usecase = nameVariants(options.name);
  const folder = `${Paths.app(options.service)}/src/usecases/${usecase.fileName}`;
  if (tree.exists(folder)) throw new Error(`${folder} already exists`);

  const stores = storesOf(tree, options.service);
  const chosen = options.aggregate ? names(options.aggregate).fileName : stores.length === 1 ? stores[0] : undefined;
  if (chosen && !stores.includes(chosen)) {
    throw new Error(
      `${options.service} has no generated store for "${chosen}" (src/repositories/${chosen}.store.ts with findById)`,
    );
  }
  const aggregate = chosen ? nameVariants(chosen) : undefined;
  if (aggregate) assertUsableName(aggregate, 'the aggregate name');

  generateFiles(tree, join(__dirname, 'files', aggregate ? 'store' : 'plain'), Paths.app(options.service), {
    ...usecase,
    aggregate,
    storeProperty: aggregate ? plural(aggregate.propertyName) : '',
    factory: aggregate ? `${article(aggregate.className)}${aggregate.className}` : '',
  });

  editSource(
    tree,
    Paths.usecases(options.service),
    addImport([usecase.className], `./${usecase.fileName}/${usecase.fileName}.usecase`),
    addNamedExport(usecase.className),
    appendToArray({ variable: 'USE_CASES' }, usecase.className),
  );

  if (!options.skipFormat) await formatFiles(tree);
  return sortImports(tree);
}
