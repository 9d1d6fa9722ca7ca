import type { Result } from 'axe-core';

import { blockingViolations, formatViolations, screenshot } from './browser';

/** A violation as axe-core reports it, with only what the kit reads filled in. */
function aViolation(id: string, impact: Result['impact'], targets: Result['nodes'][number]['target'][]): Result {
  return {
    id,
    impact,
    help: `help for ${id}`,
    helpUrl: `https://dequeuniversity.com/rules/axe/4.14/${id}`,
    description: '',
    tags: ['wcag2a'],
    nodes: targets.map((target) => ({ target, html: '', impact, any: [], all: [], none: [] })),
  };
}

describe('blockingViolations', () => {
  it('keeps the serious and critical violations and leaves the minor and moderate ones', () => {
    const violations = [
      aViolation('image-alt', 'critical', [['img']]),
      aViolation('color-contrast', 'serious', [['p']]),
      aViolation('region', 'moderate', [['div']]),
      aViolation('meta-viewport-large', 'minor', [['meta']]),
      aViolation('unknown', null, [['span']]),
    ];

    expect(blockingViolations(violations).map((violation) => violation.id)).toEqual(['image-alt', 'color-contrast']);
  });

  it('finds nothing to block in a clean report', () => {
    expect(blockingViolations([])).toEqual([]);
  });
});

describe('formatViolations', () => {
  it('names each rule, its impact, what it asks for and the elements that break it', () => {
    const text = formatViolations('portal home', [
      aViolation('image-alt', 'critical', [['main > img:nth-child(2)']]),
      aViolation('button-name', 'critical', [['#send'], [['#widget', 'button']]]),
    ]);

    expect(text.split('\n')).toEqual([
      'portal home: 2 serious or critical violations of WCAG 2.1 AA (axe-core)',
      '  - image-alt (critical): help for image-alt [https://dequeuniversity.com/rules/axe/4.14/image-alt]',
      '    at main > img:nth-child(2)',
      '  - button-name (critical): help for button-name [https://dequeuniversity.com/rules/axe/4.14/button-name]',
      '    at #send',
      '    at #widget >>> button',
    ]);
  });

  it('names five elements of a rule and counts the rest', () => {
    const targets = Array.from({ length: 7 }, (_, index) => [`li:nth-child(${index + 1}) > img`]);

    const lines = formatViolations('list', [aViolation('image-alt', 'serious', targets)]).split('\n');

    expect(lines[0]).toBe('list: 1 serious or critical violation of WCAG 2.1 AA (axe-core)');
    expect(lines.filter((line) => line.startsWith('    at '))).toHaveLength(5);
    expect(lines.at(-1)).toBe('    … and 2 more');
  });
});

describe('screenshot', () => {
  it('refuses a name that would leave reports/screenshots/', async () => {
    await expect(screenshot({} as never, '../escape')).rejects.toThrow(/letters, digits/);
  });
});
