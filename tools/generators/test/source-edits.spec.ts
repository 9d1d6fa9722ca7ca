import {
  addImport,
  addLineAfterLast,
  addNamedExport,
  addToObject,
  appendToArray,
  insertBeforeVariable,
  textAt,
} from '../shared/source-edits';

describe('source edits', () => {
  const module = [
    "import { Module } from '@nestjs/common';",
    "import { USE_CASES } from './usecases';",
    '',
    'export const config = {',
    '  imports: [A, MongooseModule.forFeature([])],',
    '  controllers: [],',
    '  providers: [...USE_CASES],',
    '};',
  ].join('\n');

  it('appends to the array a property, a call or a variable holds, once', () => {
    const sut = [
      appendToArray({ property: 'controllers' }, 'FirstConsumer'),
      appendToArray({ property: 'controllers' }, 'SecondConsumer'),
      appendToArray({ callee: 'MongooseModule.forFeature' }, '{ name: X, schema: x }'),
      appendToArray({ property: 'providers' }, '{ provide: XStore, useClass: XRepository }'),
      appendToArray({ property: 'providers' }, '{ provide: XStore,   useClass: XRepository }'),
    ].reduce((text, edit) => edit(text), module);

    expect(sut).toContain('controllers: [FirstConsumer, SecondConsumer],');
    expect(sut).toContain('MongooseModule.forFeature([{ name: X, schema: x }])');
    expect(sut).toContain('providers: [...USE_CASES, { provide: XStore, useClass: XRepository }],');
  });

  it('merges an import with one from the same module, or adds one after the others', () => {
    const merged = addImport(['Controller', 'Module'], '@nestjs/common')(module);
    const added = addImport(['XStore'], './repositories/x.store')(merged);
    const typeOnly = addImport(['X'], './domain/x', { typeOnly: true })(added);

    expect(typeOnly.split('\n').slice(0, 4)).toEqual([
      "import { Module, Controller } from '@nestjs/common';",
      "import { USE_CASES } from './usecases';",
      "import { XStore } from './repositories/x.store';",
      "import type { X } from './domain/x';",
    ]);
    expect(addImport(['Module'], '@nestjs/common')(module)).toBe(module);
  });

  it('adds to an `as const satisfies` object before a named property, and a spread once', () => {
    const topics =
      "export const Topics = {\n  a: define({ owner: 'x', consumers: ['x'] }),\n  z: 1,\n} as const satisfies T;";

    const sut = [
      addToObject({ variable: 'Topics' }, 'b', "define({ owner: 'y' })", { before: 'z' }),
      addToObject({ variable: 'Topics' }, '...More', ''),
      addToObject({ variable: 'Topics' }, '...More', ''),
      appendToArray({ variable: 'Topics', key: 'a', property: 'consumers' }, "'y'"),
    ].reduce((text, edit) => edit(text), topics);

    expect(sut.replace(/\s+/g, ' ')).toBe(
      "export const Topics = { a: define({ owner: 'x', consumers: ['x', 'y'] }), b: define({ owner: 'y' }), z: 1, ...More, } as const satisfies T;",
    );
    expect(textAt(sut, { variable: 'Topics', key: 'b', property: 'owner' })).toBe("'y'");
    expect(textAt(sut, { variable: 'Topics', key: 'c', property: 'owner' })).toBeUndefined();
  });

  it('adds to the named exports, an export line after its kind, a block before a const', () => {
    const index = "import { A } from './a';\n\nexport {};\n\nexport const USE_CASES = [];\n";

    const sut = [
      addNamedExport('A'),
      addNamedExport('B'),
      addNamedExport('B'),
      insertBeforeVariable('USE_CASES', '/** The list. */'),
      addLineAfterLast("export * from './b';", /^import /),
    ].reduce((text, edit) => edit(text), index);

    expect(sut).toBe(
      "import { A } from './a';\nexport * from './b';\n\nexport { A, B };\n\n/** The list. */\n\nexport const USE_CASES = [];\n",
    );
  });
});
