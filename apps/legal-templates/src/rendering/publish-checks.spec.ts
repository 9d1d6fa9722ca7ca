import { publishProblemsOf } from './publish-checks';

describe('publishProblemsOf', () => {
  const schema = {
    type: 'object',
    properties: { parties: { type: 'object' }, amountCents: { type: 'integer' }, tranches: { type: 'array' } },
    required: ['parties', 'amountCents'],
  };
  const fr =
    '<h1>Convention</h1><p>{{ parties.applicant.name }} reçoit {{ amountCents | amount }}.</p>{% for t in tranches %}<p>{{ t.amountCents | amount }}</p>{% endfor %}';
  const en =
    '<h1>Agreement</h1><p>{{ parties.applicant.name }} receives {{ amountCents | amount }}.</p>{% for t in tranches %}<p>{{ t.amountCents | amount }}</p>{% endfor %}';

  it('finds nothing wrong with bodies that read the same declared variables in the subset', () => {
    expect(publishProblemsOf({ bodies: { fr, en }, schema })).toEqual([]);
  });

  it('names the variables one locale reads and the other does not, and those the schema does not declare', () => {
    const enWithout = '<p>{{ parties.applicant.name }} receives {{ duration }}.</p>';

    expect(publishProblemsOf({ bodies: { fr, en: enWithout }, schema })).toEqual([
      {
        reason: 'template.locales-disagree',
        onlyIn: { fr: ['amountCents', 'tranches'], en: ['duration'] },
        undeclared: ['duration'],
      },
    ]);
  });

  it('refuses markup outside the subset, an oversized body and a schema ajv cannot compile', () => {
    const problems = publishProblemsOf({
      bodies: { fr: `<div>${fr}</div>`, en: `${en}<p>${'x'.repeat(210 * 1024)}</p>` },
      schema: { ...schema, required: 'parties' },
    });

    expect(problems.map((problem) => [problem.reason, 'locale' in problem ? problem.locale : undefined])).toEqual([
      ['template.unsupported-markup', 'fr'],
      ['template.body-too-large', 'en'],
      ['template.invalid-schema', undefined],
      ['template.invalid-liquid', 'en'],
    ]);
  });

  it('says where a body’s Liquid does not parse', () => {
    expect(publishProblemsOf({ bodies: { fr, en: '<p>{% if amountCents %}</p>' }, schema })).toEqual([
      { reason: 'template.invalid-liquid', locale: 'en', message: expect.stringContaining('not closed') },
    ]);
  });
});
