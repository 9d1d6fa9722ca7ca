import { type LibraryTemplate, ORGANISATION_SCHEMA, PARTY_SCHEMA, SIGNING_SCHEMA } from './library-template';

/**
 * Skills sponsorship: a company lends, free of charge, the skills of volunteering employees to an
 * organisation of general interest, as a non-profit loan of staff, valued at cost price.
 */
export const conventionDeMecenatDeCompetences: LibraryTemplate = {
  key: 'convention-de-mecenat-de-competences',
  version: '1.0.0',
  title: { fr: 'Convention de mécénat de compétences', en: 'Skills sponsorship agreement' },
  description: {
    fr: 'Mise à disposition gratuite de salariés d’une entreprise auprès d’un organisme d’intérêt général : prêt de main-d’œuvre à but non lucratif, valorisation au prix de revient, réduction d’impôt, contreparties, compte rendu et indicateurs d’impact.',
    en: 'A company’s employees made available free of charge to an organisation of general interest: non-profit loan of staff, valuation at cost price, tax reduction, counterparts, reporting and impact indicators.',
  },
  instruments: ['support'],
  schema: {
    type: 'object',
    required: ['sponsor', 'beneficiary', 'project', 'amountCents', 'durationMonths', 'signing'],
    properties: {
      /** The company whose employees provide their skills. */
      sponsor: PARTY_SCHEMA,
      /** An organisation of general interest. */
      beneficiary: ORGANISATION_SCHEMA,
      project: { type: 'string', minLength: 1 },
      /** The skills provided, valued at cost price: the employees' salaries and social charges for the time spent. */
      amountCents: { type: 'integer', minimum: 1 },
      durationMonths: { type: 'integer', minimum: 1 },
      /** The skills provided, listed in the agreement. */
      skills: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
      /** Days of work provided in total, all employees together. */
      daysOfWork: { type: 'integer', minimum: 1 },
      signing: SIGNING_SCHEMA,
    },
  },
  bodies: {
    fr: `<h1>Convention de mécénat de compétences</h1>
<p><strong>Entre</strong> {{ sponsor | party }}, ci-après « le Mécène »,</p>
<p><strong>et</strong> {{ beneficiary | party }}, ci-après « le Bénéficiaire ».</p>
<p>Le Bénéficiaire est un organisme d’intérêt général qui conduit le projet « {{ project }} ». Le Mécène souhaite le soutenir en lui apportant, sans contrepartie, les compétences de salariés volontaires, sur leur temps de travail.</p>
<h2>Article 1 — Objet</h2>
<p>Le Mécène met gratuitement à la disposition du Bénéficiaire des salariés volontaires, qui apportent leurs compétences au projet « {{ project }} ».{% if skills %} Les compétences apportées sont les suivantes :{% endif %}</p>
{% if skills %}<ul>{% for skill in skills %}<li>{{ skill }}</li>{% endfor %}</ul>
{% endif %}<p>Les missions confiées à chaque salarié, leur calendrier et leur lieu d’exécution sont précisés dans une fiche de mission signée par les Parties et par le salarié, annexée à la présente convention.</p>
<h2>Article 2 — Durée et volume de la mise à disposition</h2>
<p>La mise à disposition court pendant {{ durationMonths }} mois à compter de la signature{% if daysOfWork %}, pour un total de {{ daysOfWork }} jours de travail répartis entre les salariés concernés{% endif %}. Le calendrier des interventions est arrêté d’un commun accord ; le Mécène peut le décaler pour les besoins de son activité en prévenant le Bénéficiaire au moins quinze jours à l’avance.</p>
<h2>Article 3 — Statut des salariés</h2>
<p>La mise à disposition est un prêt de main-d’œuvre à but non lucratif au sens des articles L. 8241-1 et L. 8241-2 du code du travail :</p>
<ul><li>chaque salarié y consent par écrit, par un avenant à son contrat de travail qui précise le travail confié, les horaires et le lieu d’exécution ; son refus ne peut donner lieu à aucune sanction, aucun licenciement ni aucune mesure discriminatoire ;</li>
<li>le comité social et économique du Mécène, s’il en existe un, est informé et consulté au préalable ;</li>
<li>les salariés restent liés au Mécène par leur contrat de travail et placés sous son autorité : il continue de leur verser leur rémunération, conserve seul le pouvoir disciplinaire et décide de la fin de leur mission ;</li>
<li>le Bénéficiaire organise le travail au quotidien et répond, pendant la mise à disposition, des conditions d’exécution du travail, notamment de la santé, de la sécurité et de la durée du travail ;</li>
<li>à l’issue de la mise à disposition, chaque salarié retrouve son poste ou un poste équivalent, sans que sa rémunération ni l’évolution de sa carrière en soient affectées.</li></ul>
<h2>Article 4 — Gratuité et valorisation</h2>
<p>Le Mécène ne facture au Bénéficiaire ni les salaires, ni les charges sociales, ni les frais professionnels des salariés, et ne retire aucun bénéfice de la mise à disposition.</p>
<p>Les compétences apportées sont valorisées à leur prix de revient, soit les salaires et les charges sociales des salariés pour le temps passé au service du Bénéficiaire, sans marge : <strong>{{ amountCents | amount }}</strong> ({{ amountCents | amount_in_words }}). Si le temps effectivement passé diffère de celui prévu, le Mécène arrête la valorisation définitive d’après les relevés de temps validés par les deux Parties et en communique le détail au Bénéficiaire, par compétence, sans faire apparaître la rémunération individuelle des salariés.</p>
<h2>Article 5 — Réduction d’impôt et reçu fiscal</h2>
<p>Ce don en nature peut ouvrir droit, pour le Mécène, à la réduction d’impôt prévue par l’article 238 bis du code général des impôts, égale à 60\u00a0% de son montant, dans la limite de 20\u202f000\u202f€ ou de 5 pour mille du chiffre d’affaires hors taxes lorsque ce dernier montant est plus élevé, le taux étant ramené à 40\u00a0% pour la fraction des dons supérieure à deux millions d’euros, sauf exceptions prévues par ce texte. La rémunération de chaque salarié n’est retenue que dans la limite de trois fois le plafond de la sécurité sociale.</p>
<p>Le Bénéficiaire déclare au Mécène, avant la signature, s’il remplit les conditions de l’article 238 bis. Il ne lui délivre un reçu fiscal, pour le montant de la valorisation définitive, que s’il y est éligible ; à défaut, aucun reçu n’est délivré. Le Mécène fait son affaire de la déclaration de ses dons et de l’application de la réduction, dont le Bénéficiaire ne garantit pas le montant.</p>
<h2>Article 6 — Contreparties</h2>
<p>Le mécénat est consenti sans contrepartie directe. Le Bénéficiaire peut faire état du soutien du Mécène, et le Mécène de son engagement, dans leurs rapports d’activité et leurs communications, sous une forme préalablement validée par l’autre Partie. Ces mentions et tout autre avantage que le Bénéficiaire accorderait au Mécène restent sans commune mesure avec la valeur du don et n’excèdent pas le quart de son montant. Le Bénéficiaire ne fournit au Mécène aucune prestation commerciale ou publicitaire.</p>
<h2>Article 7 — Assurances et responsabilité</h2>
<p>Le Mécène demeure l’employeur des salariés au regard de la législation sur les accidents du travail et les maladies professionnelles : le Bénéficiaire lui signale dans les vingt-quatre heures tout accident survenu pendant la mise à disposition, afin qu’il le déclare. Chaque Partie est assurée pour sa responsabilité civile ; le Bénéficiaire justifie d’une assurance couvrant les dommages causés ou subis par les salariés dans ses locaux et au cours de ses activités. Le Mécène est tenu d’une obligation de moyens et ne répond pas du résultat du projet.</p>
<h2>Article 8 — Compte rendu et indicateurs d’impact</h2>
<p>Au plus tard deux mois après la fin de la mise à disposition, le Bénéficiaire adresse au Mécène un compte rendu de ce qui a été réalisé, établi avec les salariés concernés, renseignant au moins les indicateurs suivants :</p>
<ul><li>jours de travail effectivement fournis, par compétence ;</li>
<li>missions menées et livrables remis au Bénéficiaire ;</li>
<li>personnes bénéficiant du projet et effets constatés pour elles ;</li>
<li>compétences transmises aux équipes salariées et bénévoles du Bénéficiaire ;</li>
<li>appréciation des salariés sur leur mission.</li></ul>
<p>Le compte rendu ne contient sur les personnes bénéficiant du projet que des données agrégées.</p>
<h2>Article 9 — Résiliation</h2>
<p>Chaque Partie peut résilier la présente convention à tout moment, par lettre recommandée avec avis de réception, moyennant un préavis d’un mois. Elle peut la résilier sans préavis, après une mise en demeure restée sans effet pendant quinze jours, en cas de manquement grave de l’autre Partie, notamment si les salariés sont employés à d’autres fins que le projet ou si le Bénéficiaire cesse d’être un organisme d’intérêt général. Si un salarié ne peut poursuivre sa mission, le Mécène s’efforce de le remplacer par un salarié volontaire aux compétences équivalentes. En cas de fin anticipée, la valorisation, le reçu fiscal et le compte rendu ne portent que sur le temps effectivement passé.</p>
<h2>Article 10 — Données personnelles des salariés</h2>
<p>Le Mécène ne communique au Bénéficiaire que les données des salariés nécessaires à la mise à disposition : identité, coordonnées professionnelles, compétences, calendrier et temps passé. Chaque Partie les traite en qualité de responsable de traitement, pour l’organisation des missions, la sécurité des salariés, le compte rendu et la justification du don, conformément au règlement (UE) 2016/679 et à la loi n° 78-17 du 6 janvier 1978. Le Bénéficiaire ne les conserve pas au-delà de la durée de la convention augmentée des délais de prescription, ne les communique à aucun tiers et ne les utilise pas pour solliciter les salariés à d’autres fins, notamment des dons. Les salariés sont informés de ces traitements et disposent des droits d’accès, de rectification, d’effacement, de limitation et d’opposition prévus par ce règlement.</p>
<h2>Article 11 — Droit applicable et litiges</h2>
<p>La présente convention est régie par le droit français. Tout litige, à défaut d’accord amiable, est porté devant la juridiction compétente.</p>
<p>Fait {% if signing.place %}à {{ signing.place }}, {% endif %}le {{ signing.date | long_date }}, en deux exemplaires.</p>
<signature-block party="sponsor">Pour le Mécène</signature-block>
<signature-block party="beneficiary">Pour le Bénéficiaire</signature-block>`,
    en: `<h1>Skills sponsorship agreement</h1>
<p><strong>Between</strong> {{ sponsor | party }}, hereinafter “the Sponsor”,</p>
<p><strong>and</strong> {{ beneficiary | party }}, hereinafter “the Beneficiary”.</p>
<p>The Beneficiary is an organisation of general interest that carries out the project “{{ project }}”. The Sponsor wishes to support it by providing, without counterpart, the skills of volunteering employees, during their working time.</p>
<h2>Article 1 — Purpose</h2>
<p>The Sponsor makes available to the Beneficiary, free of charge, volunteering employees who bring their skills to the project “{{ project }}”.{% if skills %} The skills provided are the following:{% endif %}</p>
{% if skills %}<ul>{% for skill in skills %}<li>{{ skill }}</li>{% endfor %}</ul>
{% endif %}<p>The tasks entrusted to each employee, their schedule and where they are carried out are set out in a mission sheet signed by the Parties and by the employee, annexed to this agreement.</p>
<h2>Article 2 — Duration and volume of the secondment</h2>
<p>The secondment runs for {{ durationMonths }} months from signature{% if daysOfWork %}, for a total of {{ daysOfWork }} days of work shared among the employees concerned{% endif %}. The schedule of the work is agreed between the Parties; the Sponsor may postpone it for the needs of its business by informing the Beneficiary at least fifteen days in advance.</p>
<h2>Article 3 — Status of the employees</h2>
<p>The secondment is a non-profit loan of staff within the meaning of Articles L. 8241-1 and L. 8241-2 of the French Labour Code:</p>
<ul><li>each employee consents to it in writing, by an amendment to their employment contract setting out the work entrusted, the working hours and the place of work; a refusal may give rise to no sanction, dismissal or discriminatory measure;</li>
<li>the Sponsor’s social and economic committee, if there is one, is informed and consulted beforehand;</li>
<li>the employees remain bound to the Sponsor by their employment contract and under its authority: it continues to pay their remuneration, alone keeps disciplinary power and decides when their mission ends;</li>
<li>the Beneficiary organises the day-to-day work and is responsible, during the secondment, for the conditions in which the work is performed, in particular health, safety and working time;</li>
<li>at the end of the secondment, each employee returns to their position or an equivalent one, without their remuneration or career development being affected.</li></ul>
<h2>Article 4 — Free of charge and valuation</h2>
<p>The Sponsor invoices the Beneficiary for neither the salaries, nor the social charges, nor the business expenses of the employees, and makes no profit from the secondment.</p>
<p>The skills provided are valued at cost price, that is the employees’ salaries and social charges for the time spent working for the Beneficiary, without margin: <strong>{{ amountCents | amount }}</strong> ({{ amountCents | amount_in_words }}). If the time actually spent differs from the time planned, the Sponsor sets the final valuation on the basis of the time records approved by both Parties and sends the Beneficiary its detail, by skill, without showing the employees’ individual remuneration.</p>
<h2>Article 5 — Tax reduction and tax receipt</h2>
<p>This gift in kind may entitle the Sponsor to the tax reduction provided for by Article 238 bis of the French General Tax Code, equal to 60% of its amount, within the limit of €20,000 or 5 per thousand of turnover excluding tax where the latter is higher, the rate being reduced to 40% for the portion of gifts above two million euros, save for the exceptions that article provides. Each employee’s remuneration is taken into account only up to three times the social security ceiling.</p>
<p>Before signature, the Beneficiary states to the Sponsor whether it meets the conditions of Article 238 bis. It issues the Sponsor a tax receipt, for the amount of the final valuation, only if it is eligible; otherwise, no receipt is issued. The Sponsor is responsible for declaring its gifts and applying the reduction, the amount of which the Beneficiary does not guarantee.</p>
<h2>Article 6 — Counterparts</h2>
<p>The sponsorship is granted without direct counterpart. The Beneficiary may mention the Sponsor’s support, and the Sponsor its commitment, in their activity reports and communications, in a form approved beforehand by the other Party. These mentions and any other benefit the Beneficiary might grant the Sponsor remain out of all proportion to the value of the gift and do not exceed a quarter of its amount. The Beneficiary provides the Sponsor with no commercial or advertising service.</p>
<h2>Article 7 — Insurance and liability</h2>
<p>The Sponsor remains the employees’ employer for the purposes of the legislation on accidents at work and occupational diseases: the Beneficiary reports to it within twenty-four hours any accident occurring during the secondment, so that the Sponsor may declare it. Each Party is insured for its civil liability; the Beneficiary provides evidence of insurance covering damage caused or suffered by the employees on its premises and in the course of its activities. The Sponsor has an obligation of means and is not liable for the result of the project.</p>
<h2>Article 8 — Reporting and impact indicators</h2>
<p>No later than two months after the end of the secondment, the Beneficiary sends the Sponsor a report on what was done, drawn up with the employees concerned, giving at least the following indicators:</p>
<ul><li>days of work actually provided, by skill;</li>
<li>tasks carried out and deliverables handed over to the Beneficiary;</li>
<li>people benefiting from the project and the effects observed for them;</li>
<li>skills passed on to the Beneficiary’s staff and volunteers;</li>
<li>the employees’ assessment of their mission.</li></ul>
<p>The report contains only aggregated data about the people benefiting from the project.</p>
<h2>Article 9 — Termination</h2>
<p>Each Party may terminate this agreement at any time, by registered letter with acknowledgement of receipt, with one month’s notice. It may terminate it without notice, after a formal notice not complied with within fifteen days, in the event of a serious breach by the other Party, in particular if the employees are used for purposes other than the project or if the Beneficiary ceases to be an organisation of general interest. If an employee cannot continue their mission, the Sponsor endeavours to replace them with a volunteering employee with equivalent skills. If the agreement ends early, the valuation, the tax receipt and the report cover only the time actually spent.</p>
<h2>Article 10 — Employees’ personal data</h2>
<p>The Sponsor gives the Beneficiary only the employees’ data needed for the secondment: identity, business contact details, skills, schedule and time spent. Each Party processes it as controller, to organise the missions, for the employees’ safety, for reporting and to account for the gift, in accordance with Regulation (EU) 2016/679 and French law no. 78-17 of 6 January 1978. The Beneficiary does not keep it beyond the term of the agreement plus the limitation periods, discloses it to no third party and does not use it to solicit the employees for other purposes, in particular donations. The employees are informed of this processing and have the rights of access, rectification, erasure, restriction and objection that the Regulation provides.</p>
<h2>Article 11 — Governing law and disputes</h2>
<p>This agreement is governed by French law. Any dispute that cannot be settled amicably is brought before the competent court.</p>
<p>Made {% if signing.place %}in {{ signing.place }}, {% endif %}on {{ signing.date | long_date }}, in two originals.</p>
<signature-block party="sponsor">For the Sponsor</signature-block>
<signature-block party="beneficiary">For the Beneficiary</signature-block>`,
  },
  example: {
    sponsor: { name: 'Numérique Conseil Démo', legalForm: 'SAS', siren: '552100554' },
    beneficiary: { name: 'Atelier Vélo Solidaire', legalForm: 'association loi 1901', siren: '732829320' },
    project: 'Outils numériques des ateliers vélo',
    amountCents: 2_400_000,
    durationMonths: 6,
    skills: ['Gestion de projet informatique', 'Développement web', 'Formation des bénévoles'],
    daysOfWork: 40,
    signing: { date: '2027-02-01', place: 'Lille' },
  },
  expected: {
    fr: [
      'Convention de mécénat de compétences',
      'vingt-quatre-mille euros',
      '24\u202f000,00\u202f€',
      '40 jours de travail',
      'Développement web',
      'prêt de main-d’œuvre à but non lucratif',
      '60\u00a0% de son montant',
      'Fait à Lille, le 1er février 2027',
      'Pour le Bénéficiaire',
    ],
    en: [
      'Skills sponsorship agreement',
      'twenty-four thousand euros',
      '€24,000.00',
      '40 days of work',
      'Formation des bénévoles',
      'non-profit loan of staff',
      '60% of its amount',
      'the French version prevails',
      'Made in Lille, on 1 February 2027',
      'For the Beneficiary',
    ],
  },
};
