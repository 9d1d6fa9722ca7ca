import type { Tree } from '@nx/devkit';
import * as ts from 'typescript';

/**
 * Small, targeted edits of TypeScript sources: each finds one node with the compiler's parser and
 * splices text in next to it, leaving the rest of the file as it was (formatFiles tidies up after).
 * Each edit is idempotent: running a generator twice adds nothing the second time.
 */

export function readText(tree: Tree, path: string): string {
  const text = tree.read(path, 'utf-8');
  if (text === null) throw new Error(`${path} does not exist`);
  return text;
}

/** Applies `edits` in turn to the file at `path`. */
export function editSource(tree: Tree, path: string, ...edits: ((text: string) => string)[]): void {
  tree.write(
    path,
    edits.reduce((text, edit) => edit(text), readText(tree, path)),
  );
}

const parse = (text: string): ts.SourceFile => ts.createSourceFile('file.ts', text, ts.ScriptTarget.Latest, true);

const splice = (text: string, at: number, insert: string): string => text.slice(0, at) + insert + text.slice(at);

function find<T extends ts.Node>(node: ts.Node, test: (node: ts.Node) => node is T): T | undefined {
  if (test(node)) return node;
  return ts.forEachChild(node, (child) => find(child, test));
}

/** `x as const satisfies T`, `(x)` … down to x. */
function unwrap(node: ts.Expression): ts.Expression {
  while (ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isParenthesizedExpression(node)) {
    node = node.expression;
  }
  return node;
}

/** The initialiser of `const name = …`, unwrapped. */
function variableInitializer(source: ts.SourceFile, name: string): ts.Expression | undefined {
  const declaration = find(
    source,
    (node): node is ts.VariableDeclaration =>
      ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === name,
  );
  return declaration?.initializer && unwrap(declaration.initializer);
}

/** Where to find an array or object literal in a file. */
export type Locator =
  /** `const NAME = [...]` or `const NAME = {...}` */
  | { variable: string }
  /** `{ ..., PROPERTY: [...] }`, the first such property in the file */
  | { property: string }
  /** the first argument of `CALL(...)`, e.g. `MongooseModule.forFeature` */
  | { callee: string }
  /** `PROPERTY: [...]` inside the object passed to the call at `const NAME = { KEY: call({...}) }` */
  | { variable: string; key: string; property: string };

function locate(source: ts.SourceFile, locator: Locator): ts.Expression | undefined {
  if ('key' in locator) {
    const object = variableInitializer(source, locator.variable);
    if (!object || !ts.isObjectLiteralExpression(object)) return undefined;
    const entry = propertyNamed(object, locator.key);
    const call = entry && ts.isPropertyAssignment(entry) ? unwrap(entry.initializer) : undefined;
    const argument = call && ts.isCallExpression(call) ? call.arguments[0] : undefined;
    if (!argument || !ts.isObjectLiteralExpression(argument)) return undefined;
    const property = propertyNamed(argument, locator.property);
    return property && ts.isPropertyAssignment(property) ? unwrap(property.initializer) : undefined;
  }
  if ('variable' in locator) return variableInitializer(source, locator.variable);
  if ('property' in locator) {
    const property = find(
      source,
      (node): node is ts.PropertyAssignment =>
        ts.isPropertyAssignment(node) && propertyNameOf(node) === locator.property,
    );
    return property && unwrap(property.initializer);
  }
  const call = find(
    source,
    (node): node is ts.CallExpression =>
      ts.isCallExpression(node) && node.expression.getText(source) === locator.callee,
  );
  return call?.arguments[0] && unwrap(call.arguments[0]);
}

const describeLocator = (locator: Locator): string =>
  'key' in locator
    ? `${locator.variable}.${locator.key}.${locator.property}`
    : 'variable' in locator
      ? `const ${locator.variable}`
      : 'property' in locator
        ? `${locator.property}: [...]`
        : `${locator.callee}(...)`;

function propertyNameOf(node: ts.ObjectLiteralElementLike): string | undefined {
  if (!node.name) return undefined;
  if (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) return node.name.text;
  return undefined;
}

function propertyNamed(object: ts.ObjectLiteralExpression, name: string): ts.ObjectLiteralElementLike | undefined {
  return object.properties.find((property) => propertyNameOf(property) === name);
}

/** Appends `element` (source text) to an array literal, unless an element with that text is there. */
export function appendToArray(locator: Locator, element: string) {
  return (text: string): string => {
    const source = parse(text);
    const array = locate(source, locator);
    if (!array || !ts.isArrayLiteralExpression(array))
      throw new Error(`no array literal at ${describeLocator(locator)}`);
    const squash = (value: string) => value.replace(/\s+/g, '');
    if (array.elements.some((existing) => squash(existing.getText(source)) === squash(element))) return text;
    const last = array.elements.at(-1);
    return last ? splice(text, last.end, `, ${element}`) : splice(text, array.getStart(source) + 1, element);
  };
}

/**
 * Adds a property (`key: value`, or a spread when `key` starts with `...`) to an object literal,
 * before the property named `before` when there is one, else at the end. A key already there is kept.
 */
export function addToObject(locator: Locator, key: string, value: string, options: { before?: string } = {}) {
  return (text: string): string => {
    const source = parse(text);
    const object = locate(source, locator);
    if (!object || !ts.isObjectLiteralExpression(object)) {
      throw new Error(`no object literal at ${describeLocator(locator)}`);
    }
    const spread = key.startsWith('...');
    const exists = object.properties.some((property) =>
      spread
        ? ts.isSpreadAssignment(property) && `...${property.expression.getText(source)}` === key
        : propertyNameOf(property) === key.replace(/^'(.*)'$/, '$1'),
    );
    if (exists) return text;
    const entry = spread ? key : `${key}: ${value}`;
    const anchor = options.before ? propertyNamed(object, options.before) : undefined;
    if (anchor) return splice(text, anchor.getFullStart(), `\n${entry},`);
    const last = object.properties.at(-1);
    return last ? splice(text, last.end, `,\n${entry}`) : splice(text, object.getStart(source) + 1, `\n${entry}\n`);
  };
}

/** Adds `import { names } from 'from'`, merging with an existing import from there. */
export function addImport(names: string[], from: string, options: { typeOnly?: boolean } = {}) {
  return (text: string): string => {
    const source = parse(text);
    const imports = source.statements.filter(ts.isImportDeclaration);
    const existing = imports.find(
      (declaration) =>
        ts.isStringLiteral(declaration.moduleSpecifier) &&
        declaration.moduleSpecifier.text === from &&
        Boolean(declaration.importClause?.isTypeOnly) === Boolean(options.typeOnly) &&
        declaration.importClause?.namedBindings &&
        ts.isNamedImports(declaration.importClause.namedBindings),
    );
    if (existing) {
      const bindings = existing.importClause?.namedBindings as ts.NamedImports;
      const have = new Set(bindings.elements.map((element) => element.name.text));
      const missing = names.filter((name) => !have.has(name));
      if (missing.length === 0) return text;
      const last = bindings.elements.at(-1);
      return last
        ? splice(text, last.end, `, ${missing.join(', ')}`)
        : splice(text, bindings.getStart(source) + 1, ` ${missing.join(', ')} `);
    }
    const statement = `import ${options.typeOnly ? 'type ' : ''}{ ${names.join(', ')} } from '${from}';`;
    const last = imports.at(-1);
    return last ? splice(text, last.end, `\n${statement}`) : `${statement}\n\n${text.trimStart()}`;
  };
}

/** Adds `name` to the file's `export { … };` statement, or adds one after the imports. */
export function addNamedExport(name: string) {
  return (text: string): string => {
    const source = parse(text);
    const statement = source.statements.find(
      (node): node is ts.ExportDeclaration =>
        ts.isExportDeclaration(node) &&
        !node.moduleSpecifier &&
        !!node.exportClause &&
        ts.isNamedExports(node.exportClause),
    );
    if (!statement) {
      const last = source.statements.filter(ts.isImportDeclaration).at(-1);
      return splice(text, last ? last.end : 0, `\n\nexport { ${name} };`);
    }
    const elements = (statement.exportClause as ts.NamedExports).elements;
    if (elements.some((element) => element.name.text === name)) return text;
    const last = elements.at(-1);
    return last
      ? splice(text, last.end, `, ${name}`)
      : splice(text, (statement.exportClause as ts.NamedExports).getStart(source) + 1, ` ${name} `);
  };
}

/** Adds `statement` (a line such as `export * from './x';`) after the last line like it, unless present. */
export function addLineAfterLast(statement: string, like: RegExp) {
  return (text: string): string => {
    const lines = text.split('\n');
    if (lines.includes(statement)) return text;
    const index = lines.map((line) => like.test(line)).lastIndexOf(true);
    lines.splice(index + 1, 0, statement);
    return lines.join('\n');
  };
}

/** Inserts `block` before the top-level statement that declares `const name`. */
export function insertBeforeVariable(name: string, block: string) {
  return (text: string): string => {
    const source = parse(text);
    const statement = source.statements.find(
      (node) =>
        ts.isVariableStatement(node) &&
        node.declarationList.declarations.some(
          (declaration) => ts.isIdentifier(declaration.name) && declaration.name.text === name,
        ),
    );
    if (!statement) throw new Error(`no top-level const ${name}`);
    return splice(text, statement.getStart(source, true), `${block.trim()}\n\n`);
  };
}

/** The source text of what `locator` finds (e.g. a topic's owner), if anything. */
export function textAt(text: string, locator: Locator): string | undefined {
  const source = parse(text);
  return locate(source, locator)?.getText(source);
}

/** The names of the properties of the object literal that `locator` finds. */
export function propertyNames(text: string, locator: Locator): string[] {
  const object = locate(parse(text), locator);
  if (!object || !ts.isObjectLiteralExpression(object)) return [];
  return object.properties.flatMap((property) => propertyNameOf(property) ?? []);
}
