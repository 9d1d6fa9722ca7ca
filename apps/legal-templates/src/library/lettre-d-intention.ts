import { INSTRUMENTS } from '@pollen/contracts';

import { type LibraryTemplate, ORGANISATION_SCHEMA, PARTY_SCHEMA, SIGNING_SCHEMA } from './library-template';

/** The investor's letter of intent after an introduction: what it means to propose, and that nothing binds yet. */
export const lettreDIntention: LibraryTemplate = {
  key: 'lettre-d-intention',
  version: '1.1.0',
  title: { fr: 'Lettre d’intention', en: 'Letter of intent' },
  description: {
    fr: 'De l’investisseur au porteur de projet, après la mise en relation : le financement envisagé, ses conditions, sans engagement ferme.',
    en: 'From the investor to the project holder, after the introduction: the financing considered, its conditions, with no firm commitment.',
  },
  instruments: [...INSTRUMENTS],
  schema: {
    type: 'object',
    required: ['investor', 'holder', 'project', 'instrument', 'amountCents', 'conditions', 'validUntil', 'signing'],
    properties: {
      investor: PARTY_SCHEMA,
      holder: ORGANISATION_SCHEMA,
      project: { type: 'string', minLength: 1 },
      /** The instrument considered: the letter writes it in its language. */
      instrument: { type: 'string', enum: [...INSTRUMENTS] },
      amountCents: { type: 'integer', minimum: 1 },
      conditions: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
      validUntil: { type: 'string', format: 'date' },
      signing: SIGNING_SCHEMA,
    },
  },
  bodies: {
    fr: `<h1>Lettre d’intention</h1>
<p><strong>De</strong> {{ investor | party }}, ci-après « l’Investisseur »,</p>
<p><strong>à</strong> {{ holder | party }}, ci-après « le Porteur de projet ».</p>
<h2>1. Intention</h2>
<p>À la suite de notre mise en relation, l’Investisseur a le plaisir de vous faire part de son intention d’apporter au projet « {{ project }} » {% case instrument %}{% when 'grant' %}une subvention{% when 'honour-loan' %}un prêt d’honneur{% when 'loan' %}un prêt{% when 'equity' %}une prise de participation{% when 'quasi-equity' %}un apport en quasi-fonds propres{% when 'guarantee' %}une garantie{% when 'support' %}un mécénat de compétences{% endcase %} d’un montant de <strong>{{ amountCents | amount }}</strong> ({{ amountCents | amount_in_words }}).</p>
<h2>2. Conditions</h2>
<p>Cette intention est subordonnée à la réalisation des conditions suivantes :</p>
<ol>{% for condition in conditions %}<li>{{ condition }}</li>{% endfor %}</ol>
<h2>3. Portée</h2>
<p>La présente lettre exprime une intention et ne constitue ni une offre ni un engagement ferme de financement, lequel ne résultera que de la signature d’un contrat définitif. Chaque partie supporte ses propres frais. Les informations échangées restent couvertes par l’accord de confidentialité conclu entre les parties.</p>
<h2>4. Durée</h2>
<p>Cette intention vaut jusqu’au {{ validUntil | long_date }}. Elle est régie par le droit français.</p>
<p>Fait {% if signing.place %}à {{ signing.place }}, {% endif %}le {{ signing.date | long_date }}.</p>
<signature-block party="investor">Pour l’Investisseur</signature-block>`,
    en: `<h1>Letter of intent</h1>
<p><strong>From</strong> {{ investor | party }}, hereinafter “the Investor”,</p>
<p><strong>to</strong> {{ holder | party }}, hereinafter “the Project Holder”.</p>
<h2>1. Intent</h2>
<p>Following our introduction, the Investor is pleased to state its intent to provide the project “{{ project }}” with {% case instrument %}{% when 'grant' %}a grant{% when 'honour-loan' %}an honour loan{% when 'loan' %}a loan{% when 'equity' %}an equity investment{% when 'quasi-equity' %}quasi-equity{% when 'guarantee' %}a guarantee{% when 'support' %}skills sponsorship{% endcase %} of <strong>{{ amountCents | amount }}</strong> ({{ amountCents | amount_in_words }}).</p>
<h2>2. Conditions</h2>
<p>This intent is subject to the following conditions:</p>
<ol>{% for condition in conditions %}<li>{{ condition }}</li>{% endfor %}</ol>
<h2>3. Scope</h2>
<p>This letter states an intent and is neither an offer nor a firm commitment to finance, which will only arise from a signed final agreement. Each party bears its own costs. The information exchanged remains covered by the confidentiality agreement between the parties.</p>
<h2>4. Duration</h2>
<p>This intent is valid until {{ validUntil | long_date }}. It is governed by French law.</p>
<p>Made {% if signing.place %}in {{ signing.place }}, {% endif %}on {{ signing.date | long_date }}.</p>
<signature-block party="investor">For the Investor</signature-block>`,
  },
  example: {
    investor: { name: 'Fonds Solidaire Démo', legalForm: 'SAS', siren: '552100554' },
    holder: { name: 'Atelier Vélo Solidaire', legalForm: 'association loi 1901', siren: '732829320' },
    project: 'Ateliers vélo solidaires',
    instrument: 'loan',
    amountCents: 2_500_000,
    conditions: ['Comptes 2026 approuvés', 'Accord du comité d’investissement'],
    validUntil: '2027-03-31',
    signing: { date: '2026-12-10', place: 'Paris' },
  },
  expected: {
    fr: [
      'Lettre d’intention',
      'un prêt d’un montant de',
      'vingt-cinq-mille euros',
      'Accord du comité d’investissement',
      '31 mars 2027',
      'ni une offre ni un engagement ferme',
    ],
    en: [
      'Letter of intent',
      'with a loan of',
      'twenty-five thousand euros',
      'Comptes 2026 approuvés',
      '31 March 2027',
      'neither an offer nor a firm commitment',
      'the French version prevails',
    ],
  },
};
