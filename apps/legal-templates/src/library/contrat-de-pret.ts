import { type LibraryTemplate, ORGANISATION_SCHEMA, PARTY_SCHEMA, SIGNING_SCHEMA } from './library-template';

/** The loan contract between an investor (or a programme) and the borrowing organisation, with its repayment table. */
export const contratDePret: LibraryTemplate = {
  key: 'contrat-de-pret',
  version: '1.1.0',
  title: { fr: 'Contrat de prêt', en: 'Loan agreement' },
  description: {
    fr: 'Prêt à une structure de l’ESS : montant, taux, différé, tableau d’amortissement, remboursement anticipé.',
    en: 'A loan to a social-economy organisation: amount, rate, grace period, repayment table, early repayment.',
  },
  instruments: ['loan'],
  schema: {
    type: 'object',
    required: [
      'lender',
      'borrower',
      'project',
      'amountCents',
      'annualRatePercent',
      'durationMonths',
      'graceMonths',
      'schedule',
      'signing',
    ],
    properties: {
      lender: PARTY_SCHEMA,
      borrower: ORGANISATION_SCHEMA,
      project: { type: 'string', minLength: 1 },
      amountCents: { type: 'integer', minimum: 1 },
      annualRatePercent: { type: 'number', minimum: 0, maximum: 20 },
      durationMonths: { type: 'integer', minimum: 1, maximum: 360 },
      graceMonths: { type: 'integer', minimum: 0 },
      schedule: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          required: ['dueOn', 'principalCents', 'interestCents', 'remainingCents'],
          properties: {
            dueOn: { type: 'string', format: 'date' },
            principalCents: { type: 'integer', minimum: 0 },
            interestCents: { type: 'integer', minimum: 0 },
            remainingCents: { type: 'integer', minimum: 0 },
          },
        },
      },
      signing: SIGNING_SCHEMA,
    },
  },
  bodies: {
    fr: `<h1>Contrat de prêt</h1>
<p><strong>Entre</strong> {{ lender | party }}, ci-après « le Prêteur »,</p>
<p><strong>et</strong> {{ borrower | party }}, ci-après « l’Emprunteur ».</p>
<h2>Article 1 — Objet</h2>
<p>Le Prêteur consent à l’Emprunteur, qui l’accepte, un prêt destiné au financement du projet « {{ project }} ». L’Emprunteur s’interdit d’en affecter les fonds à un autre objet.</p>
<h2>Article 2 — Montant, taux et durée</h2>
<p>Le prêt s’élève à <strong>{{ amountCents | amount }}</strong> ({{ amountCents | amount_in_words }}). Il porte intérêt au taux fixe de {{ annualRatePercent | percent }} l’an, calculé sur le capital restant dû. Il est consenti pour {{ durationMonths }} mois{% if graceMonths > 0 %}, dont un différé d’amortissement de {{ graceMonths }} mois pendant lequel seuls les intérêts sont dus{% endif %}.</p>
<h2>Article 3 — Remboursement</h2>
<p>L’Emprunteur rembourse le prêt selon le tableau d’amortissement suivant, qui fait partie intégrante du contrat :</p>
<table><thead><tr><th>Échéance</th><th>Capital</th><th>Intérêts</th><th>Capital restant dû</th></tr></thead><tbody>{% for line in schedule %}<tr><td>{{ line.dueOn | long_date }}</td><td>{{ line.principalCents | amount }}</td><td>{{ line.interestCents | amount }}</td><td>{{ line.remainingCents | amount }}</td></tr>{% endfor %}</tbody></table>
<h2>Article 4 — Remboursement anticipé</h2>
<p>L’Emprunteur peut rembourser tout ou partie du prêt par anticipation, à une date d’échéance, moyennant un préavis d’un mois, sans indemnité.</p>
<h2>Article 5 — Exigibilité anticipée</h2>
<p>Le Prêteur peut exiger le remboursement immédiat des sommes dues si une échéance reste impayée plus de soixante jours après une mise en demeure, si les fonds sont affectés à un autre objet ou si l’Emprunteur a fourni des informations inexactes déterminantes pour l’octroi du prêt, dans les limites prévues par la loi.</p>
<h2>Article 6 — Informations et données personnelles</h2>
<p>L’Emprunteur communique chaque année au Prêteur ses comptes approuvés et un rapport sur l’avancement du projet. Les données personnelles nécessaires à l’exécution du contrat sont traitées conformément au règlement (UE) 2016/679.</p>
<h2>Article 7 — Droit applicable et litiges</h2>
<p>Le présent contrat est régi par le droit français. Tout litige, à défaut d’accord amiable, est porté devant la juridiction compétente.</p>
<p>Fait {% if signing.place %}à {{ signing.place }}, {% endif %}le {{ signing.date | long_date }}, en deux exemplaires.</p>
<signature-block party="lender">Pour le Prêteur</signature-block>
<signature-block party="borrower">Pour l’Emprunteur</signature-block>`,
    en: `<h1>Loan agreement</h1>
<p><strong>Between</strong> {{ lender | party }}, hereinafter “the Lender”,</p>
<p><strong>and</strong> {{ borrower | party }}, hereinafter “the Borrower”.</p>
<h2>Article 1 — Purpose</h2>
<p>The Lender grants the Borrower, who accepts it, a loan to finance the project “{{ project }}”. The Borrower shall not use the funds for any other purpose.</p>
<h2>Article 2 — Amount, rate and term</h2>
<p>The loan amounts to <strong>{{ amountCents | amount }}</strong> ({{ amountCents | amount_in_words }}). It bears interest at a fixed rate of {{ annualRatePercent | percent }} a year on the outstanding principal. It is granted for {{ durationMonths }} months{% if graceMonths > 0 %}, including a grace period of {{ graceMonths }} months during which only interest is due{% endif %}.</p>
<h2>Article 3 — Repayment</h2>
<p>The Borrower repays the loan according to the following repayment table, which forms part of this agreement:</p>
<table><thead><tr><th>Due on</th><th>Principal</th><th>Interest</th><th>Outstanding principal</th></tr></thead><tbody>{% for line in schedule %}<tr><td>{{ line.dueOn | long_date }}</td><td>{{ line.principalCents | amount }}</td><td>{{ line.interestCents | amount }}</td><td>{{ line.remainingCents | amount }}</td></tr>{% endfor %}</tbody></table>
<h2>Article 4 — Early repayment</h2>
<p>The Borrower may repay all or part of the loan early, on a due date, with one month’s notice, without penalty.</p>
<h2>Article 5 — Acceleration</h2>
<p>The Lender may require immediate repayment of the sums due if an instalment remains unpaid more than sixty days after a formal notice, if the funds are used for another purpose or if the Borrower gave inaccurate information that was decisive for the loan, within the limits set by law.</p>
<h2>Article 6 — Information and personal data</h2>
<p>Each year the Borrower sends the Lender its approved accounts and a report on the project’s progress. Personal data needed to perform the agreement is processed in accordance with Regulation (EU) 2016/679.</p>
<h2>Article 7 — Governing law and disputes</h2>
<p>This agreement is governed by French law. Any dispute that cannot be settled amicably is brought before the competent court.</p>
<p>Made {% if signing.place %}in {{ signing.place }}, {% endif %}on {{ signing.date | long_date }}, in two originals.</p>
<signature-block party="lender">For the Lender</signature-block>
<signature-block party="borrower">For the Borrower</signature-block>`,
  },
  example: {
    lender: { name: 'Fonds Solidaire Démo', legalForm: 'SAS', siren: '552100554' },
    borrower: { name: 'Coopérative du Réemploi', legalForm: 'SCIC SAS', siren: '732829320' },
    project: 'Recyclerie de quartier',
    amountCents: 3_000_000,
    annualRatePercent: 2.5,
    durationMonths: 36,
    graceMonths: 6,
    schedule: [
      { dueOn: '2027-07-31', principalCents: 0, interestCents: 37_500, remainingCents: 3_000_000 },
      { dueOn: '2028-01-31', principalCents: 600_000, interestCents: 37_500, remainingCents: 2_400_000 },
      { dueOn: '2028-07-31', principalCents: 600_000, interestCents: 30_000, remainingCents: 1_800_000 },
      { dueOn: '2029-01-31', principalCents: 600_000, interestCents: 22_500, remainingCents: 1_200_000 },
      { dueOn: '2029-07-31', principalCents: 600_000, interestCents: 15_000, remainingCents: 600_000 },
      { dueOn: '2030-01-31', principalCents: 600_000, interestCents: 7_500, remainingCents: 0 },
    ],
    signing: { date: '2027-01-10', place: 'Lyon' },
  },
  expected: {
    fr: [
      'Contrat de prêt',
      'trente-mille euros',
      '2,5\u00a0%',
      'différé d’amortissement de 6 mois',
      '24\u202f000,00\u202f€',
      '31 janvier 2028',
      'Pour l’Emprunteur',
    ],
    en: [
      'Loan agreement',
      'thirty thousand euros',
      '2.5%',
      'grace period of 6 months',
      'the French version prevails',
      '€24,000.00',
      '31 January 2028',
      'For the Borrower',
    ],
  },
};
