import { type LibraryTemplate, ORGANISATION_SCHEMA, PARTY_SCHEMA, SIGNING_SCHEMA } from './library-template';

/**
 * The honour loan: a personal loan, without interest or guarantee, to the person who carries the
 * project, who brings it into their organisation (as networks of honour loans grant it).
 */
export const contratDePretDHonneur: LibraryTemplate = {
  key: 'contrat-de-pret-d-honneur',
  version: '1.1.0',
  title: { fr: 'Contrat de prêt d’honneur', en: 'Honour loan agreement' },
  description: {
    fr: 'Prêt personnel sans intérêt ni garantie au porteur de projet, qui l’apporte à sa structure : montant, différé, échéances.',
    en: 'An interest-free, unsecured personal loan to the project holder, who brings it into their organisation: amount, grace period, instalments.',
  },
  instruments: ['honour-loan'],
  schema: {
    type: 'object',
    required: [
      'lender',
      'organisation',
      'project',
      'amountCents',
      'graceMonths',
      'instalments',
      'firstDueOn',
      'signing',
    ],
    properties: {
      lender: PARTY_SCHEMA,
      /**
       * The person the loan is made to: their name, as on their identity document. A deal's
       * agreement leaves it for the signature (no person's name travels on the platform's events).
       */
      holder: { type: 'object', required: ['name'], properties: { name: { type: 'string', minLength: 1 } } },
      organisation: ORGANISATION_SCHEMA,
      project: { type: 'string', minLength: 1 },
      amountCents: { type: 'integer', minimum: 1 },
      graceMonths: { type: 'integer', minimum: 0 },
      /** Monthly instalments of equal amount. */
      instalments: { type: 'integer', minimum: 1, maximum: 360 },
      firstDueOn: { type: 'string', format: 'date' },
      signing: SIGNING_SCHEMA,
    },
  },
  bodies: {
    fr: `<h1>Contrat de prêt d’honneur</h1>
<p><strong>Entre</strong> {{ lender | party }}, ci-après « le Prêteur »,</p>
<p><strong>et</strong> {% if holder %}{{ holder.name }}{% else %}la personne physique qui signe ci-dessous{% endif %}, porteur du projet « {{ project }} », ci-après « le Bénéficiaire ».</p>
<h2>Article 1 — Objet</h2>
<p>Le Prêteur consent au Bénéficiaire, à titre personnel, un prêt d’honneur que celui-ci s’engage à apporter à {{ organisation | party }}, pour renforcer ses fonds propres et faciliter l’obtention d’autres financements.</p>
<h2>Article 2 — Montant et conditions</h2>
<p>Le prêt s’élève à <strong>{{ amountCents | amount }}</strong> ({{ amountCents | amount_in_words }}). Il est consenti sans intérêt et sans garantie personnelle ni réelle.</p>
<h2>Article 3 — Remboursement</h2>
<p>{% if graceMonths > 0 %}Après un différé de {{ graceMonths }} mois, le{% else %}Le{% endif %} Bénéficiaire rembourse le prêt en {{ instalments }} mensualités égales, la première le {{ firstDueOn | long_date }}. Il peut le rembourser par anticipation à tout moment, sans frais.</p>
<h2>Article 4 — Engagements du Bénéficiaire</h2>
<p>Le Bénéficiaire informe le Prêteur de tout événement affectant le projet et accepte d’être accompagné par lui pendant la durée du prêt. En cas de cessation du projet, les parties conviennent d’un échéancier adapté à sa situation.</p>
<h2>Article 5 — Données personnelles</h2>
<p>Les données personnelles du Bénéficiaire sont traitées par le Prêteur pour la gestion du prêt, conformément au règlement (UE) 2016/679 ; il dispose des droits d’accès, de rectification et d’effacement prévus par ce règlement.</p>
<h2>Article 6 — Droit applicable</h2>
<p>Le présent contrat est régi par le droit français.</p>
<p>Fait {% if signing.place %}à {{ signing.place }}, {% endif %}le {{ signing.date | long_date }}, en deux exemplaires.</p>
<signature-block party="lender">Pour le Prêteur</signature-block>
<signature-block party="holder">Le Bénéficiaire</signature-block>`,
    en: `<h1>Honour loan agreement</h1>
<p><strong>Between</strong> {{ lender | party }}, hereinafter “the Lender”,</p>
<p><strong>and</strong> {% if holder %}{{ holder.name }}{% else %}the natural person signing below{% endif %}, holder of the project “{{ project }}”, hereinafter “the Beneficiary”.</p>
<h2>Article 1 — Purpose</h2>
<p>The Lender grants the Beneficiary, personally, an honour loan that the Beneficiary undertakes to bring into {{ organisation | party }}, to strengthen its equity and help it obtain other financing.</p>
<h2>Article 2 — Amount and terms</h2>
<p>The loan amounts to <strong>{{ amountCents | amount }}</strong> ({{ amountCents | amount_in_words }}). It bears no interest and no personal or real security.</p>
<h2>Article 3 — Repayment</h2>
<p>{% if graceMonths > 0 %}After a grace period of {{ graceMonths }} months, the{% else %}The{% endif %} Beneficiary repays the loan in {{ instalments }} equal monthly instalments, the first on {{ firstDueOn | long_date }}. The Beneficiary may repay it early at any time, free of charge.</p>
<h2>Article 4 — Beneficiary’s undertakings</h2>
<p>The Beneficiary informs the Lender of any event affecting the project and agrees to be supported by the Lender for the term of the loan. If the project ceases, the parties agree on a schedule suited to the Beneficiary’s situation.</p>
<h2>Article 5 — Personal data</h2>
<p>The Beneficiary’s personal data is processed by the Lender to manage the loan, in accordance with Regulation (EU) 2016/679; the Beneficiary has the rights of access, rectification and erasure it provides.</p>
<h2>Article 6 — Governing law</h2>
<p>This agreement is governed by French law.</p>
<p>Made {% if signing.place %}in {{ signing.place }}, {% endif %}on {{ signing.date | long_date }}, in two originals.</p>
<signature-block party="lender">For the Lender</signature-block>
<signature-block party="holder">The Beneficiary</signature-block>`,
  },
  example: {
    lender: { name: 'Réseau Initiative Démo', legalForm: 'association loi 1901', siren: '552100554' },
    holder: { name: 'Léa Dubois' },
    organisation: { name: 'Coopérative du Réemploi', legalForm: 'SCIC SAS', siren: '732829320' },
    project: 'Recyclerie de quartier',
    amountCents: 800_000,
    graceMonths: 6,
    instalments: 48,
    firstDueOn: '2027-08-05',
    signing: { date: '2027-01-20', place: 'Nantes' },
  },
  expected: {
    fr: [
      'Contrat de prêt d’honneur',
      'huit-mille euros',
      'sans intérêt',
      'Après un différé de 6 mois',
      '48 mensualités',
      '5 août 2027',
    ],
    en: [
      'Honour loan agreement',
      'eight thousand euros',
      'no interest',
      'After a grace period of 6 months',
      '48 equal monthly instalments',
      '5 August 2027',
      'the French version prevails',
    ],
  },
};
