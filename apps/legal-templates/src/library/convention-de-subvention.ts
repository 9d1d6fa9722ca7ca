import { type LibraryTemplate, ORGANISATION_SCHEMA, PARTY_SCHEMA, SIGNING_SCHEMA } from './library-template';

/** The grant agreement between a programme's funder and the funded organisation. */
export const conventionDeSubvention: LibraryTemplate = {
  key: 'convention-de-subvention',
  version: '1.1.0',
  title: { fr: 'Convention de subvention', en: 'Grant agreement' },
  description: {
    fr: 'Entre le financeur d’un programme et le bénéficiaire : montant, versements par tranches, cofinancement, compte rendu et indicateurs d’impact.',
    en: 'Between a programme’s funder and the grantee: amount, instalments, co-financing, reporting and impact indicators.',
  },
  instruments: ['grant'],
  schema: {
    type: 'object',
    required: [
      'funder',
      'beneficiary',
      'programme',
      'project',
      'amountCents',
      'tranches',
      'durationMonths',
      'indicators',
      'signing',
    ],
    properties: {
      funder: PARTY_SCHEMA,
      beneficiary: ORGANISATION_SCHEMA,
      programme: { type: 'string', minLength: 1 },
      project: { type: 'string', minLength: 1 },
      amountCents: { type: 'integer', minimum: 1 },
      tranches: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          required: ['dueOn', 'amountCents', 'condition'],
          properties: {
            dueOn: { type: 'string', format: 'date' },
            amountCents: { type: 'integer', minimum: 1 },
            condition: { type: 'string', minLength: 1 },
          },
        },
      },
      /** Present when the programme caps its share of the project's cost. */
      cofinancing: {
        type: 'object',
        required: ['maxSharePercent', 'totalCostCents'],
        properties: {
          maxSharePercent: { type: 'integer', minimum: 1, maximum: 100 },
          totalCostCents: { type: 'integer', minimum: 1 },
        },
      },
      durationMonths: { type: 'integer', minimum: 1 },
      indicators: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
      signing: SIGNING_SCHEMA,
    },
  },
  bodies: {
    fr: `<h1>Convention de subvention</h1>
<p><strong>Entre</strong> {{ funder | party }}, ci-après « le Financeur », au titre du programme « {{ programme }} »,</p>
<p><strong>et</strong> {{ beneficiary | party }}, ci-après « le Bénéficiaire ».</p>
<h2>Article 1 — Objet</h2>
<p>Le Financeur accorde au Bénéficiaire, qui l’accepte, une subvention destinée exclusivement à la réalisation du projet « {{ project }} », dans les conditions de la présente convention.</p>
<h2>Article 2 — Montant et versements</h2>
<p>La subvention s’élève à <strong>{{ amountCents | amount }}</strong> ({{ amountCents | amount_in_words }}). Elle est versée en {{ tranches.size }} tranche{% if tranches.size > 1 %}s{% endif %} :</p>
<table><thead><tr><th>Échéance</th><th>Montant</th><th>Condition</th></tr></thead><tbody>{% for tranche in tranches %}<tr><td>{{ tranche.dueOn | long_date }}</td><td>{{ tranche.amountCents | amount }}</td><td>{{ tranche.condition }}</td></tr>{% endfor %}</tbody></table>
{% assign next = 3 %}{% if cofinancing %}<h2>Article 3 — Cofinancement</h2>
<p>La subvention ne peut excéder {{ cofinancing.maxSharePercent | percent }} du coût total du projet, fixé à {{ cofinancing.totalCostCents | amount }}. Le Bénéficiaire justifie des autres financements obtenus ; si le coût réalisé est inférieur, la subvention est réduite à due proportion.</p>
{% assign next = 4 %}{% endif %}<h2>Article {{ next }} — Durée et compte rendu</h2>
<p>Le projet est réalisé dans un délai de {{ durationMonths }} mois à compter de la signature. Le Bénéficiaire adresse au Financeur, au plus tard trois mois après cette échéance, un compte rendu financier et d’activité renseignant les indicateurs d’impact suivants :</p>
<ul>{% for indicator in indicators %}<li>{{ indicator }}</li>{% endfor %}</ul>
<h2>Article {{ next | plus: 1 }} — Résiliation et reversement</h2>
<p>En cas d’inexécution, de modification substantielle du projet sans accord écrit du Financeur ou d’utilisation de la subvention à d’autres fins, le Financeur peut, après mise en demeure restée sans effet pendant un mois, résilier la présente convention et exiger le reversement des sommes versées et non justifiées.</p>
<h2>Article {{ next | plus: 2 }} — Données personnelles</h2>
<p>Chaque Partie traite les données personnelles nécessaires à l’exécution de la convention conformément au règlement (UE) 2016/679. Les comptes rendus ne contiennent que des données agrégées sur les bénéficiaires du projet.</p>
<h2>Article {{ next | plus: 3 }} — Droit applicable et litiges</h2>
<p>La présente convention est régie par le droit français. Tout litige, à défaut d’accord amiable, est porté devant la juridiction compétente.</p>
<p>Fait {% if signing.place %}à {{ signing.place }}, {% endif %}le {{ signing.date | long_date }}, en deux exemplaires.</p>
<signature-block party="funder">Pour le Financeur</signature-block>
<signature-block party="beneficiary">Pour le Bénéficiaire</signature-block>`,
    en: `<h1>Grant agreement</h1>
<p><strong>Between</strong> {{ funder | party }}, hereinafter “the Funder”, under the programme “{{ programme }}”,</p>
<p><strong>and</strong> {{ beneficiary | party }}, hereinafter “the Grantee”.</p>
<h2>Article 1 — Purpose</h2>
<p>The Funder awards the Grantee, who accepts it, a grant to be used solely for the project “{{ project }}”, on the terms of this agreement.</p>
<h2>Article 2 — Amount and instalments</h2>
<p>The grant amounts to <strong>{{ amountCents | amount }}</strong> ({{ amountCents | amount_in_words }}). It is paid in {{ tranches.size }} instalment{% if tranches.size > 1 %}s{% endif %}:</p>
<table><thead><tr><th>Due on</th><th>Amount</th><th>Condition</th></tr></thead><tbody>{% for tranche in tranches %}<tr><td>{{ tranche.dueOn | long_date }}</td><td>{{ tranche.amountCents | amount }}</td><td>{{ tranche.condition }}</td></tr>{% endfor %}</tbody></table>
{% assign next = 3 %}{% if cofinancing %}<h2>Article 3 — Co-financing</h2>
<p>The grant may not exceed {{ cofinancing.maxSharePercent | percent }} of the project’s total cost, set at {{ cofinancing.totalCostCents | amount }}. The Grantee accounts for the other funding obtained; if the actual cost is lower, the grant is reduced proportionally.</p>
{% assign next = 4 %}{% endif %}<h2>Article {{ next }} — Duration and reporting</h2>
<p>The project is carried out within {{ durationMonths }} months of signature. No later than three months after that date, the Grantee sends the Funder a financial and activity report giving the following impact indicators:</p>
<ul>{% for indicator in indicators %}<li>{{ indicator }}</li>{% endfor %}</ul>
<h2>Article {{ next | plus: 1 }} — Termination and repayment</h2>
<p>If the agreement is not performed, if the project is substantially changed without the Funder’s written consent, or if the grant is used for other purposes, the Funder may, after a formal notice not complied with within one month, terminate this agreement and require repayment of the sums paid and not accounted for.</p>
<h2>Article {{ next | plus: 2 }} — Personal data</h2>
<p>Each Party processes the personal data needed to perform the agreement in accordance with Regulation (EU) 2016/679. Reports contain only aggregated data about the project’s beneficiaries.</p>
<h2>Article {{ next | plus: 3 }} — Governing law and disputes</h2>
<p>This agreement is governed by French law. Any dispute that cannot be settled amicably is brought before the competent court.</p>
<p>Made {% if signing.place %}in {{ signing.place }}, {% endif %}on {{ signing.date | long_date }}, in two originals.</p>
<signature-block party="funder">For the Funder</signature-block>
<signature-block party="beneficiary">For the Grantee</signature-block>`,
  },
  example: {
    funder: { name: 'Région démo', legalForm: 'collectivité territoriale', siren: '200053759' },
    beneficiary: { name: 'Atelier Vélo Solidaire', legalForm: 'association loi 1901', siren: '732829320' },
    programme: 'Appel à projets Innovation sociale 2027',
    project: 'Ateliers vélo solidaires',
    amountCents: 4_000_000,
    tranches: [
      { dueOn: '2027-01-15', amountCents: 2_400_000, condition: 'à la signature' },
      { dueOn: '2027-09-15', amountCents: 1_600_000, condition: 'sur compte rendu intermédiaire' },
    ],
    cofinancing: { maxSharePercent: 50, totalCostCents: 8_000_000 },
    durationMonths: 18,
    indicators: ['Vélos remis en circulation', 'Personnes formées à la réparation'],
    signing: { date: '2026-12-15', place: 'Lille' },
  },
  expected: {
    fr: [
      'Convention de subvention',
      'quarante-mille euros',
      '24\u202f000,00\u202f€',
      '15 septembre 2027',
      '50\u00a0%',
      'Vélos remis en circulation',
      'Pour le Bénéficiaire',
    ],
    en: [
      'Grant agreement',
      'forty thousand euros',
      '€24,000.00',
      '15 September 2027',
      '50%',
      'the French version prevails',
      'Personnes formées à la réparation',
      'For the Grantee',
    ],
  },
};
