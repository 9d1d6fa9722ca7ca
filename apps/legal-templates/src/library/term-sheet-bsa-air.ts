import { type LibraryTemplate, ORGANISATION_SCHEMA, PARTY_SCHEMA, SIGNING_SCHEMA } from './library-template';

/**
 * The term sheet of a BSA AIR: the investor pays now for warrants that become shares at the next
 * priced round (with a discount, within a valuation cap) or at maturity; only its confidentiality,
 * costs and governing-law clauses bind.
 */
export const termSheetBsaAir: LibraryTemplate = {
  key: 'term-sheet-bsa-air',
  version: '1.0.0',
  title: { fr: 'Term sheet — BSA AIR', en: 'Term sheet — BSA AIR (equity warrants)' },
  description: {
    fr: 'Principales conditions d’une souscription de BSA AIR dans une entreprise de l’ESS : montant, conversion à la prochaine levée (décote, plafond de valorisation) ou à l’échéance, droits d’information, mission sociale préservée.',
    en: 'The main terms of a subscription for BSA AIR in a social-economy company: amount, conversion at the next priced round (discount, valuation cap) or at maturity, information rights, social mission preserved.',
  },
  instruments: ['equity'],
  schema: {
    type: 'object',
    required: ['investor', 'company', 'project', 'amountCents', 'maturityMonths', 'signing'],
    properties: {
      investor: PARTY_SCHEMA,
      /** The issuing company: a société par actions (SAS, SA), often ESUS-approved. */
      company: ORGANISATION_SCHEMA,
      project: { type: 'string', minLength: 1 },
      /** The subscription price, paid in full now. */
      amountCents: { type: 'integer', minimum: 1 },
      /** The months after subscription by which the warrants are exercised at the latest. */
      maturityMonths: { type: 'integer', minimum: 1, maximum: 360 },
      /** The discount on the next round's price per share; no discount when absent or zero. */
      discountPercent: { type: 'number', minimum: 0, maximum: 50 },
      /** The pre-money valuation above which the conversion price no longer rises. */
      valuationCapCents: { type: 'integer', minimum: 1 },
      signing: SIGNING_SCHEMA,
    },
  },
  bodies: {
    fr: `<h1>Term sheet — BSA AIR</h1>
<p><strong>Entre</strong> {{ investor | party }}, ci-après « l’Investisseur »,</p>
<p><strong>et</strong> {{ company | party }}, ci-après « la Société ».</p>
<p>Le présent term sheet résume les principales conditions auxquelles l’Investisseur envisage de souscrire des bons de souscription d’actions « accord d’investissement rapide » (BSA AIR) émis par la Société pour financer le projet « {{ project }} ». Seuls ses articles 10, 11 et 13 lient les parties.</p>
<h2>Article 1 — Instrument</h2>
<p>Les BSA AIR sont des bons de souscription d’actions régis par les articles L. 228-91 et suivants du Code de commerce, émis par décision collective des associés de la Société, qui en arrête le contrat d’émission. La Société déclare être une société par actions. Les BSA AIR donnent droit à des actions nouvelles de la Société, en nombre déterminé à leur exercice selon les articles 3 et 4.</p>
<h2>Article 2 — Montant et prix de souscription</h2>
<p>L’Investisseur souscrit les BSA AIR pour un prix de souscription global de <strong>{{ amountCents | amount }}</strong> ({{ amountCents | amount_in_words }}), versé en totalité à la souscription. Ce prix ne porte pas intérêt et n’est pas remboursable : il est acquis à la Société et converti en capital à l’exercice, où l’Investisseur verse en outre le prix d’exercice des actions, égal à leur valeur nominale. En cas de dissolution de la Société avant l’exercice, l’Investisseur est remboursé du prix de souscription sur le boni de liquidation, avant toute répartition aux associés.</p>
<h2>Article 3 — Conversion à la prochaine levée de fonds</h2>
<p>Les BSA AIR sont exercés lors de la prochaine augmentation de capital en numéraire de la Société réalisée à un prix par action négocié avec un ou plusieurs investisseurs, ci-après « la Levée de fonds ». Le prix de conversion est le prix par action de la Levée de fonds{% if discountPercent > 0 %}, diminué d’une décote de {{ discountPercent | percent }}{% endif %}{% if valuationCapCents %} ; il ne peut excéder le prix par action résultant d’une valorisation de la Société avant la Levée de fonds de {{ valuationCapCents | amount }} ({{ valuationCapCents | amount_in_words }}), calculée sur une base entièrement diluée, ci-après « le Plafond de valorisation »{% endif %}. L’Investisseur reçoit, en actions de la catégorie émise lors de la Levée de fonds, le prix de souscription des BSA AIR divisé par le prix de conversion, arrondi au nombre entier inférieur.</p>
<h2>Article 4 — Conversion à l’échéance</h2>
<p>À défaut de Levée de fonds dans un délai de {{ maturityMonths }} mois à compter de la souscription, les BSA AIR sont exercés au terme de ce délai en actions ordinaires, au prix par action {% if valuationCapCents %}résultant du Plafond de valorisation{% else %}correspondant à la valeur de la Société fixée à dire d’expert désigné d’un commun accord{% if discountPercent > 0 %}, diminué de la décote{% endif %}{% endif %}. Il en va de même avant ce terme en cas de cession du contrôle de la Société, de fusion ou d’admission de ses actions aux négociations sur un marché.</p>
<h2>Article 5 — Droits attachés aux BSA AIR</h2>
<p>Jusqu’à leur exercice, les BSA AIR ne confèrent ni droit de vote, ni droit aux dividendes, ni la qualité d’associé, et ne portent pas intérêt. Conformément à l’article L. 228-98 du Code de commerce, la Société ne peut modifier sa forme ou son objet sans l’accord des titulaires de BSA AIR, et préserve leurs droits lors de toute opération sur son capital dans les conditions prévues par la loi. Les actions issues de l’exercice portent jouissance courante.</p>
<h2>Article 6 — Droits d’information</h2>
<p>Jusqu’à l’exercice des BSA AIR, la Société communique à l’Investisseur, chaque année dans les six mois de la clôture de l’exercice, ses comptes approuvés, son rapport de gestion et un rapport sur la réalisation de sa mission sociale renseignant ses indicateurs d’impact, et chaque semestre un point sur sa trésorerie et l’avancement du projet. Elle l’informe sans délai de tout projet d’augmentation de capital, de cession de son contrôle ou d’ouverture d’une procédure collective.</p>
<h2>Article 7 — Finalité sociale de la Société</h2>
<p>La Société poursuit un objectif d’utilité sociale au sens de l’article 2 de la loi n° 2014-856 du 31 juillet 2014 relative à l’économie sociale et solidaire. L’investissement ne remet en cause ni son objet social, ni sa mission, ni, le cas échéant, son agrément « entreprise solidaire d’utilité sociale » (ESUS, article L. 3332-17-1 du Code du travail). Les actions issues de l’exercice sont soumises aux clauses statutaires qui les garantissent, notamment l’encadrement de la distribution des bénéfices et de la rémunération des dirigeants, et l’Investisseur s’engagera à ne soutenir aucune décision qui y porterait atteinte.</p>
<h2>Article 8 — Conditions préalables</h2>
<p>La souscription est subordonnée à un audit satisfaisant de la Société, à l’accord du comité d’investissement de l’Investisseur, à la décision collective des associés de la Société autorisant l’émission et à la signature du contrat d’émission des BSA AIR.</p>
<h2>Article 9 — Portée du term sheet</h2>
<p>Le présent term sheet ne constitue ni une offre ni un engagement de souscrire ou d’émettre des BSA AIR, lesquels ne résulteront que de la décision des associés et du contrat d’émission. Chaque partie peut mettre fin aux discussions à tout moment, sans indemnité. Par exception, les articles 10 (Confidentialité), 11 (Frais) et 13 (Droit applicable et litiges) lient les parties dès la signature.</p>
<h2>Article 10 — Confidentialité</h2>
<p>Les parties gardent confidentiels le présent term sheet et les informations échangées pour sa négociation, qu’elles ne communiquent qu’à leurs conseils et à leurs financeurs tenus au secret, sauf obligation légale. Cette obligation dure deux ans à compter de la signature.</p>
<h2>Article 11 — Frais</h2>
<p>Chaque partie supporte ses propres frais, notamment de conseil, que l’opération soit réalisée ou non.</p>
<h2>Article 12 — Données personnelles</h2>
<p>Chaque partie traite les données personnelles nécessaires à la négociation et à la réalisation de l’opération, notamment celles des dirigeants de la Société, conformément au règlement (UE) 2016/679. Les personnes concernées disposent des droits d’accès, de rectification et d’effacement prévus par ce règlement.</p>
<h2>Article 13 — Droit applicable et litiges</h2>
<p>Le présent term sheet est régi par le droit français. Tout litige, à défaut d’accord amiable, est porté devant la juridiction compétente.</p>
<p>Fait {% if signing.place %}à {{ signing.place }}, {% endif %}le {{ signing.date | long_date }}, en deux exemplaires.</p>
<signature-block party="investor">Pour l’Investisseur</signature-block>
<signature-block party="company">Pour la Société</signature-block>`,
    en: `<h1>Term sheet — BSA AIR (equity warrants)</h1>
<p><strong>Between</strong> {{ investor | party }}, hereinafter “the Investor”,</p>
<p><strong>and</strong> {{ company | party }}, hereinafter “the Company”.</p>
<p>This term sheet sets out the main terms on which the Investor considers subscribing for share warrants under a “rapid investment agreement” (bons de souscription d’actions « accord d’investissement rapide », BSA AIR) issued by the Company to finance the project “{{ project }}”. Only its articles 10, 11 and 13 bind the parties.</p>
<h2>Article 1 — Instrument</h2>
<p>The BSA AIR are share warrants governed by articles L. 228-91 et seq. of the French Commercial Code, issued by a collective decision of the Company’s shareholders, which sets their terms of issue. The Company represents that it is a société par actions (joint-stock company). The BSA AIR give the right to new shares of the Company, in a number determined on exercise under articles 3 and 4.</p>
<h2>Article 2 — Amount and subscription price</h2>
<p>The Investor subscribes for the BSA AIR at a total subscription price of <strong>{{ amountCents | amount }}</strong> ({{ amountCents | amount_in_words }}), paid in full on subscription. This price bears no interest and is not repayable: it belongs to the Company and is converted into share capital on exercise, when the Investor also pays the exercise price of the shares, equal to their nominal value. If the Company is dissolved before exercise, the Investor is repaid the subscription price out of the liquidation surplus, before any distribution to the shareholders.</p>
<h2>Article 3 — Conversion at the next funding round</h2>
<p>The BSA AIR are exercised at the Company’s next cash capital increase made at a price per share negotiated with one or more investors, hereinafter “the Funding Round”. The conversion price is the Funding Round’s price per share{% if discountPercent > 0 %}, less a discount of {{ discountPercent | percent }}{% endif %}{% if valuationCapCents %}; it may not exceed the price per share resulting from a pre-money valuation of the Company of {{ valuationCapCents | amount }} ({{ valuationCapCents | amount_in_words }}), on a fully diluted basis, hereinafter “the Valuation Cap”{% endif %}. The Investor receives, in shares of the class issued in the Funding Round, the subscription price of the BSA AIR divided by the conversion price, rounded down to a whole number.</p>
<h2>Article 4 — Conversion at maturity</h2>
<p>If no Funding Round takes place within {{ maturityMonths }} months of subscription, the BSA AIR are exercised at the end of that period into ordinary shares, at the price per share {% if valuationCapCents %}resulting from the Valuation Cap{% else %}corresponding to the Company’s value set by an expert appointed by mutual agreement{% if discountPercent > 0 %}, less the discount{% endif %}{% endif %}. The same applies before then if control of the Company is transferred, if it merges or if its shares are admitted to trading on a market.</p>
<h2>Article 5 — Rights attached to the BSA AIR</h2>
<p>Until exercised, the BSA AIR confer no voting rights, no right to dividends and no shareholder status, and bear no interest. Under article L. 228-98 of the French Commercial Code, the Company may not change its form or its corporate purpose without the consent of the BSA AIR holders, and preserves their rights in any transaction on its share capital as provided by law. The shares issued on exercise carry rights from their issue.</p>
<h2>Article 6 — Information rights</h2>
<p>Until the BSA AIR are exercised, the Company sends the Investor, each year within six months of its financial year-end, its approved accounts, its management report and a report on the fulfilment of its social mission giving its impact indicators, and every six months an update on its cash position and the project’s progress. It informs the Investor without delay of any planned capital increase, transfer of its control or opening of insolvency proceedings.</p>
<h2>Article 7 — The Company’s social purpose</h2>
<p>The Company pursues a social-utility objective within the meaning of article 2 of French law no. 2014-856 of 31 July 2014 on the social and solidarity economy. The investment calls into question neither its corporate purpose, nor its mission, nor, where applicable, its approval as an “entreprise solidaire d’utilité sociale” (ESUS, article L. 3332-17-1 of the French Labour Code). The shares issued on exercise are subject to the provisions of the articles of association that protect them, in particular the limits on the distribution of profits and on managers’ pay, and the Investor will undertake to support no decision that would undermine them.</p>
<h2>Article 8 — Conditions precedent</h2>
<p>The subscription is subject to a satisfactory due diligence of the Company, the approval of the Investor’s investment committee, a collective decision of the Company’s shareholders authorising the issue and the signature of the BSA AIR terms of issue.</p>
<h2>Article 9 — Scope of the term sheet</h2>
<p>This term sheet is neither an offer nor a commitment to subscribe for or issue BSA AIR, which will only arise from the shareholders’ decision and the terms of issue. Each party may end the discussions at any time, without compensation. By exception, articles 10 (Confidentiality), 11 (Costs) and 13 (Governing law and disputes) bind the parties from signature.</p>
<h2>Article 10 — Confidentiality</h2>
<p>The parties keep confidential this term sheet and the information exchanged to negotiate it, which they disclose only to their advisers and financers bound by secrecy, unless required by law. This obligation lasts two years from signature.</p>
<h2>Article 11 — Costs</h2>
<p>Each party bears its own costs, including advisers’ fees, whether or not the transaction takes place.</p>
<h2>Article 12 — Personal data</h2>
<p>Each party processes the personal data needed to negotiate and carry out the transaction, in particular that of the Company’s managers, in accordance with Regulation (EU) 2016/679. Data subjects have the rights of access, rectification and erasure provided by that Regulation.</p>
<h2>Article 13 — Governing law and disputes</h2>
<p>This term sheet is governed by French law. Any dispute that cannot be settled amicably is brought before the competent court.</p>
<p>Made {% if signing.place %}in {{ signing.place }}, {% endif %}on {{ signing.date | long_date }}, in two originals.</p>
<signature-block party="investor">For the Investor</signature-block>
<signature-block party="company">For the Company</signature-block>`,
  },
  example: {
    investor: { name: 'Fonds Solidaire Démo', legalForm: 'SAS', siren: '552100554' },
    company: { name: 'Recyclerie Numérique', legalForm: 'SAS agréée ESUS', siren: '732829320' },
    project: 'Reconditionnement d’ordinateurs par des salariés en insertion',
    amountCents: 15_000_000,
    maturityMonths: 24,
    discountPercent: 20,
    valuationCapCents: 200_000_000,
    signing: { date: '2027-03-12', place: 'Bordeaux' },
  },
  expected: {
    fr: [
      'Term sheet — BSA AIR',
      '150\u202f000,00\u202f€',
      'cent-cinquante-mille euros',
      'décote de 20\u00a0%',
      '2\u202f000\u202f000,00\u202f€',
      'deux millions d’euros',
      '24 mois',
      'accord d’investissement rapide',
      'ni droit de vote',
      '12 mars 2027',
      'Pour la Société',
    ],
    en: [
      'Term sheet — BSA AIR (equity warrants)',
      '€150,000.00',
      'one hundred and fifty thousand euros',
      'discount of 20%',
      '€2,000,000.00',
      'two million euros',
      '24 months',
      'no voting rights',
      'the French version prevails',
      '12 March 2027',
      'For the Company',
    ],
  },
};
