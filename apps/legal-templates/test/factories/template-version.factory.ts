import type { CreateLegalTemplateDto } from '@pollen/contracts';

/** A short grant agreement in both languages, with a loop over its tranches; override what a test is about. */
export function aTemplateDraft(overrides: Partial<CreateLegalTemplateDto> = {}): CreateLegalTemplateDto {
  return {
    key: 'convention-regionale',
    version: '1.0.0',
    title: { fr: 'Convention de subvention', en: 'Grant agreement' },
    description: { fr: 'Entre un financeur public et un bénéficiaire', en: 'Between a public funder and a grantee' },
    instruments: ['grant'],
    schema: {
      type: 'object',
      required: ['beneficiary', 'amountCents', 'tranches'],
      properties: {
        beneficiary: {
          type: 'object',
          required: ['name', 'siren'],
          properties: { name: { type: 'string' }, siren: { type: 'string', pattern: '^[0-9]{9}$' } },
        },
        amountCents: { type: 'integer', minimum: 1 },
        tranches: {
          type: 'array',
          items: {
            type: 'object',
            required: ['dueOn', 'amountCents'],
            properties: { dueOn: { type: 'string', format: 'date' }, amountCents: { type: 'integer' } },
          },
        },
      },
    },
    bodies: {
      fr: `<h1>Convention de subvention</h1>
<h2>Article 1 — Objet</h2>
<p>Une subvention de <strong>{{ amountCents | amount }}</strong> ({{ amountCents | amount_in_words }}) est accordée à {{ beneficiary.name }}, SIREN {{ beneficiary.siren | siren }}.</p>
<table><tr><th>Échéance</th><th>Montant</th></tr>{% for t in tranches %}<tr><td>{{ t.dueOn | long_date }}</td><td>{{ t.amountCents | amount }}</td></tr>{% endfor %}</table>
<signature-block party="beneficiary">Pour le bénéficiaire</signature-block>`,
      en: `<h1>Grant agreement</h1>
<h2>Article 1 — Purpose</h2>
<p>A grant of <strong>{{ amountCents | amount }}</strong> ({{ amountCents | amount_in_words }}) is awarded to {{ beneficiary.name }}, SIREN {{ beneficiary.siren | siren }}.</p>
<table><tr><th>Due on</th><th>Amount</th></tr>{% for t in tranches %}<tr><td>{{ t.dueOn | long_date }}</td><td>{{ t.amountCents | amount }}</td></tr>{% endfor %}</table>
<signature-block party="beneficiary">For the grantee</signature-block>`,
    },
    ...overrides,
  };
}

/** Variables the draft's schema accepts. */
export const GRANT_VARIABLES = {
  beneficiary: { name: 'Atelier Vélo Solidaire', siren: '732829320' },
  amountCents: 1_000_000,
  tranches: [
    { dueOn: '2027-01-15', amountCents: 600_000 },
    { dueOn: '2027-07-15', amountCents: 400_000 },
  ],
};
