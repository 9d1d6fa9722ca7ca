import { type LibraryTemplate, ORGANISATION_SCHEMA, PARTY_SCHEMA, SIGNING_SCHEMA } from './library-template';

/**
 * The guarantee agreement: a guarantee fund covers a share of the loss a bank may suffer on its
 * loan to a social enterprise, so the bank lends without asking the managers for a personal surety.
 */
export const conventionDeGarantie: LibraryTemplate = {
  key: 'convention-de-garantie',
  version: '1.0.0',
  title: { fr: 'Convention de garantie', en: 'Guarantee agreement' },
  description: {
    fr: 'Garantie d’un prêt bancaire consenti à une structure de l’ESS : quotité et plafond, mise en jeu après l’exigibilité du prêt, information du garant, compte rendu, commission et durée.',
    en: 'A guarantee of a bank loan to a social-economy organisation: guaranteed share and cap, calls after the loan is accelerated, information of the guarantor, reporting, fee and duration.',
  },
  instruments: ['guarantee'],
  schema: {
    type: 'object',
    required: ['guarantor', 'beneficiary', 'project', 'amountCents', 'durationMonths', 'signing'],
    properties: {
      guarantor: PARTY_SCHEMA,
      /** The social enterprise whose bank loan is guaranteed. */
      beneficiary: ORGANISATION_SCHEMA,
      /** The bank granting the guaranteed loan, when known; the agreement names it generically otherwise. */
      lender: PARTY_SCHEMA,
      project: { type: 'string', minLength: 1 },
      /** The most the guarantor will pay. */
      amountCents: { type: 'integer', minimum: 1 },
      /** The share of the loss on the outstanding principal that the guarantee covers. */
      guaranteedSharePercent: { type: 'integer', minimum: 1, maximum: 100 },
      durationMonths: { type: 'integer', minimum: 1 },
      /** The guarantee commission, as a share of the maximum guaranteed amount; no fee clause when absent or zero. */
      feePercent: { type: 'number', minimum: 0, maximum: 10 },
      signing: SIGNING_SCHEMA,
    },
  },
  bodies: {
    fr: `<h1>Convention de garantie</h1>
<p><strong>Entre</strong> {{ guarantor | party }}, ci-après « le Garant »,</p>
<p><strong>et</strong> {{ beneficiary | party }}, ci-après « le Bénéficiaire ».</p>
<h2>Article 1 — Objet</h2>
<p>Le Bénéficiaire obtient de {% if lender %}{{ lender | party }}{% else %}l’établissement de crédit qui consent le prêt garanti{% endif %}, ci-après « le Prêteur », un prêt destiné au financement du projet « {{ project }} », ci-après « le Prêt ». À la demande du Bénéficiaire, le Garant garantit le Prêt au profit du Prêteur, dans les conditions et limites de la présente convention.</p>
<h2>Article 2 — Étendue de la garantie</h2>
<p>La garantie couvre {% if guaranteedSharePercent %}{{ guaranteedSharePercent | percent }} de {% endif %}la perte que le Prêteur subit sur le capital restant dû au titre du Prêt, dans la limite de <strong>{{ amountCents | amount }}</strong> ({{ amountCents | amount_in_words }}), montant maximal que le Garant peut être tenu de payer. Elle ne couvre ni les intérêts, ni les intérêts de retard, pénalités, commissions et frais, ni aucun autre concours consenti au Bénéficiaire.</p>
<h2>Article 3 — Mise en jeu</h2>
<p>La garantie ne peut être mise en jeu qu’après que le Prêteur a prononcé l’exigibilité anticipée du Prêt, ou déclaré sa créance dans une procédure de sauvegarde, de redressement ou de liquidation judiciaire ouverte à l’égard du Bénéficiaire, et engagé les démarches de recouvrement d’usage. La perte s’entend du capital restant dû à la date de l’exigibilité anticipée ou du jugement d’ouverture, diminué des sommes recouvrées. Le Garant verse au Prêteur la part garantie de cette perte, dans la limite prévue à l’article 2 ; les sommes recouvrées après son paiement sont réparties entre le Prêteur et le Garant à proportion de leur part dans la perte.</p>
<p>Le paiement du Garant ne libère pas le Bénéficiaire, qui reste tenu envers le Prêteur de l’intégralité du Prêt.</p>
<h2>Article 4 — Nature de la garantie</h2>
<p>La garantie porte sur les seuls engagements du Bénéficiaire, personne morale, au titre du Prêt. Elle ne constitue pas un cautionnement, solidaire ou non, des dirigeants, associés ou membres du Bénéficiaire, ne garantit aucune de leurs obligations personnelles et n’ouvre au Garant aucun recours contre eux.</p>
<h2>Article 5 — Information du Garant</h2>
<p>Le Bénéficiaire informe le Garant par écrit, dans les quinze jours, de tout incident de paiement sur le Prêt, de toute demande de report ou de rééchelonnement des échéances, de toute mise en demeure ou exigibilité anticipée notifiée par le Prêteur, ainsi que de l’ouverture à son égard d’une procédure de conciliation, de sauvegarde, de redressement ou de liquidation judiciaire. Il l’informe au préalable de toute modification de son objet social, de sa forme juridique ou de son contrôle.</p>
<h2>Article 6 — Compte rendu et indicateurs d’impact</h2>
<p>Pendant toute la durée de la garantie, le Bénéficiaire adresse chaque année au Garant, dans les six mois de la clôture de son exercice, ses comptes approuvés, le capital restant dû sur le Prêt et un compte rendu de l’avancement du projet renseignant ses indicateurs d’impact, notamment le nombre d’emplois créés ou maintenus, dont ceux occupés par des personnes éloignées de l’emploi, et le nombre de personnes bénéficiaires de son activité.</p>
{% assign next = 7 %}{% if feePercent > 0 %}<h2>Article 7 — Commission de garantie</h2>
<p>En contrepartie de la garantie, le Bénéficiaire verse au Garant une commission égale à {{ feePercent | percent }} du montant maximal garanti, payable en une fois au premier décaissement du Prêt. Elle reste acquise au Garant si la garantie prend fin par anticipation.</p>
{% assign next = 8 %}{% endif %}<h2>Article {{ next }} — Durée et fin de la garantie</h2>
<p>La garantie prend effet au premier décaissement du Prêt, pour une durée de {{ durationMonths }} mois. Elle prend fin avant ce terme au remboursement intégral du Prêt, et devient caduque si le Prêt n’est pas décaissé dans les six mois de la signature. À sa fin, le Garant n’est plus tenu que des mises en jeu relatives à des défauts survenus pendant sa durée et notifiées dans les trois mois qui suivent.</p>
<h2>Article {{ next | plus: 1 }} — Résiliation</h2>
<p>Si le Bénéficiaire affecte le Prêt à un autre objet que le projet, ou a fourni des informations inexactes déterminantes pour l’octroi de la garantie, le Garant peut, après mise en demeure restée sans effet pendant un mois, résilier la présente convention. Il en informe le Prêteur ; la résiliation vaut pour l’avenir.</p>
<h2>Article {{ next | plus: 2 }} — Données personnelles</h2>
<p>Chaque Partie traite les données personnelles nécessaires à l’exécution de la présente convention, notamment celles des dirigeants du Bénéficiaire, conformément au règlement (UE) 2016/679. Le Garant ne les communique au Prêteur que pour les besoins de la garantie. Les personnes concernées disposent des droits d’accès, de rectification, d’effacement et d’opposition prévus par ce règlement. Les comptes rendus ne contiennent que des données agrégées sur les bénéficiaires du projet.</p>
<h2>Article {{ next | plus: 3 }} — Droit applicable et litiges</h2>
<p>La présente convention est régie par le droit français. Tout litige, à défaut d’accord amiable, est porté devant la juridiction compétente.</p>
<p>Fait {% if signing.place %}à {{ signing.place }}, {% endif %}le {{ signing.date | long_date }}, en deux exemplaires.</p>
<signature-block party="guarantor">Pour le Garant</signature-block>
<signature-block party="beneficiary">Pour le Bénéficiaire</signature-block>`,
    en: `<h1>Guarantee agreement</h1>
<p><strong>Between</strong> {{ guarantor | party }}, hereinafter “the Guarantor”,</p>
<p><strong>and</strong> {{ beneficiary | party }}, hereinafter “the Beneficiary”.</p>
<h2>Article 1 — Purpose</h2>
<p>The Beneficiary obtains from {% if lender %}{{ lender | party }}{% else %}the credit institution granting the guaranteed loan{% endif %}, hereinafter “the Lender”, a loan to finance the project “{{ project }}”, hereinafter “the Loan”. At the Beneficiary’s request, the Guarantor guarantees the Loan for the benefit of the Lender, on the terms and within the limits of this agreement.</p>
<h2>Article 2 — Scope of the guarantee</h2>
<p>The guarantee covers {% if guaranteedSharePercent %}{{ guaranteedSharePercent | percent }} of {% endif %}the loss the Lender suffers on the principal outstanding under the Loan, up to <strong>{{ amountCents | amount }}</strong> ({{ amountCents | amount_in_words }}), the most the Guarantor can be required to pay. It covers neither interest, nor late-payment interest, penalties, fees and costs, nor any other credit granted to the Beneficiary.</p>
<h2>Article 3 — Calls on the guarantee</h2>
<p>The guarantee may only be called after the Lender has accelerated the Loan, or filed its claim in safeguard, reorganisation or judicial liquidation proceedings opened against the Beneficiary, and taken the usual recovery steps. The loss is the principal outstanding on the date of acceleration or of the opening judgment, less the sums recovered. The Guarantor pays the Lender the guaranteed share of that loss, within the limit set in article 2; sums recovered after its payment are shared between the Lender and the Guarantor in proportion to their share of the loss.</p>
<p>The Guarantor’s payment does not release the Beneficiary, who remains liable to the Lender for the whole Loan.</p>
<h2>Article 4 — Nature of the guarantee</h2>
<p>The guarantee covers only the obligations of the Beneficiary, as a legal entity, under the Loan. It is not a suretyship, joint or otherwise, of the Beneficiary’s managers, partners or members, guarantees none of their personal obligations and gives the Guarantor no recourse against them.</p>
<h2>Article 5 — Information of the Guarantor</h2>
<p>The Beneficiary informs the Guarantor in writing, within fifteen days, of any payment incident on the Loan, any request to defer or reschedule instalments, any formal notice or acceleration notified by the Lender, and the opening against it of conciliation, safeguard, reorganisation or judicial liquidation proceedings. It informs the Guarantor in advance of any change to its corporate purpose, its legal form or its control.</p>
<h2>Article 6 — Reporting and impact indicators</h2>
<p>Throughout the guarantee, each year, within six months of the end of its financial year, the Beneficiary sends the Guarantor its approved accounts, the principal outstanding on the Loan and a report on the project’s progress giving its impact indicators, in particular the number of jobs created or maintained, including those held by people far from employment, and the number of people benefiting from its activity.</p>
{% assign next = 7 %}{% if feePercent > 0 %}<h2>Article 7 — Guarantee fee</h2>
<p>In consideration of the guarantee, the Beneficiary pays the Guarantor a fee of {{ feePercent | percent }} of the maximum guaranteed amount, payable once, on the first drawdown of the Loan. It remains due to the Guarantor if the guarantee ends early.</p>
{% assign next = 8 %}{% endif %}<h2>Article {{ next }} — Duration and end of the guarantee</h2>
<p>The guarantee takes effect on the first drawdown of the Loan, for {{ durationMonths }} months. It ends before then when the Loan is repaid in full, and lapses if the Loan is not drawn down within six months of signature. Once it has ended, the Guarantor is only liable for calls relating to defaults that occurred during its term and notified within the following three months.</p>
<h2>Article {{ next | plus: 1 }} — Termination</h2>
<p>If the Beneficiary uses the Loan for a purpose other than the project, or gave inaccurate information that was decisive for the grant of the guarantee, the Guarantor may, after a formal notice not complied with within one month, terminate this agreement. It informs the Lender; termination takes effect for the future.</p>
<h2>Article {{ next | plus: 2 }} — Personal data</h2>
<p>Each Party processes the personal data needed to perform this agreement, in particular that of the Beneficiary’s managers, in accordance with Regulation (EU) 2016/679. The Guarantor discloses it to the Lender only for the purposes of the guarantee. Data subjects have the rights of access, rectification, erasure and objection provided by that Regulation. Reports contain only aggregated data about the project’s beneficiaries.</p>
<h2>Article {{ next | plus: 3 }} — Governing law and disputes</h2>
<p>This agreement is governed by French law. Any dispute that cannot be settled amicably is brought before the competent court.</p>
<p>Made {% if signing.place %}in {{ signing.place }}, {% endif %}on {{ signing.date | long_date }}, in two originals.</p>
<signature-block party="guarantor">For the Guarantor</signature-block>
<signature-block party="beneficiary">For the Beneficiary</signature-block>`,
  },
  example: {
    guarantor: { name: 'Fonds de Garantie Solidaire Démo', legalForm: 'SA', siren: '552100554' },
    beneficiary: { name: 'Jardins Solidaires du Val', legalForm: 'association loi 1901', siren: '732829320' },
    lender: { name: 'Banque Coopérative Démo', legalForm: 'SA coopérative', siren: '200053759' },
    project: 'Légumerie d’insertion',
    amountCents: 3_500_000,
    guaranteedSharePercent: 50,
    durationMonths: 84,
    feePercent: 2.5,
    signing: { date: '2027-02-03', place: 'Rennes' },
  },
  expected: {
    fr: [
      'Convention de garantie',
      'Banque Coopérative Démo',
      '35\u202f000,00\u202f€',
      'trente-cinq-mille euros',
      '50\u00a0%',
      '2,5\u00a0%',
      'Article 8 — Durée et fin de la garantie',
      'ne constitue pas un cautionnement',
      '3 février 2027',
      'Pour le Garant',
    ],
    en: [
      'Guarantee agreement',
      'Banque Coopérative Démo',
      '€35,000.00',
      'thirty-five thousand euros',
      '50%',
      '2.5%',
      'Article 8 — Duration and end of the guarantee',
      'is not a suretyship',
      'the French version prevails',
      '3 February 2027',
      'For the Guarantor',
    ],
  },
};
