// Demo programmes: realistic French calls for applications, run by fictional organisations (their
// SIRENs are made up, with a valid check digit).
// Dates are relative to the day of seeding, so the calls are open whenever the demo starts. They are
// sent as bare dates, which the API reads as days in Paris time (00:00 opening, 23:59:59.999 closing).
const DAY = 24 * 60 * 60 * 1000;
const euros = (amount) => amount * 100;

export function demoProgrammes(now = new Date()) {
  const today = Date.parse(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(now));
  const day = (offset) => new Date(today + offset * DAY).toISOString().slice(0, 10);
  return [
    {
      title: 'Appel à projets Innovation sociale en Île-de-France',
      description:
        'Subvention régionale pour les projets d’innovation sociale portés par des structures de l’ESS franciliennes : ' +
        'insertion par l’activité économique, emploi des personnes éloignées, transition écologique de proximité. ' +
        'Cofinancement obligatoire : la subvention couvre au plus la moitié du coût du projet.',
      operatorName: 'Région démo Île-de-France — Direction de l’ESS',
      operatorSiren: '910000017',
      operatorLegalForm: 'collectivité territoriale',
      kind: 'grant',
      opensAt: day(-30),
      closesAt: day(60),
      budgetCents: euros(2_500_000),
      maxShareOfCost: 0.5,
      tranches: [
        { sharePercent: 70, monthsAfterSigning: 0, condition: 'à la signature de la convention' },
        { sharePercent: 30, monthsAfterSigning: 12, condition: 'sur compte rendu final' },
      ],
      eligibility: {
        legalForms: ['association', 'scop', 'scic', 'sas', 'sarl'],
        regions: ['FR-IDF'],
        impactAreas: ['inclusion', 'employment', 'environment', 'food-waste', 'housing'],
        stages: ['seed', 'growth'],
        esusRequired: false,
        minAmountCents: euros(10_000),
        maxAmountCents: euros(150_000),
      },
    },
    {
      title: 'Prêt d’honneur Entreprendre solidaire',
      description:
        'Prêt personnel à taux zéro, sans garantie, accordé au fondateur ou à la fondatrice pour renforcer les fonds propres ' +
        'et faire levier sur un prêt bancaire. Remboursable sur 5 ans, avec un parrainage par un bénévole du réseau.',
      operatorName: 'Réseau démo Initiative Solidaire',
      operatorSiren: '910000025',
      operatorLegalForm: 'association',
      kind: 'honour-loan',
      opensAt: day(-60),
      closesAt: day(120),
      budgetCents: euros(400_000),
      eligibility: {
        legalForms: ['scop', 'scic', 'sas', 'sarl', 'other'],
        regions: [],
        impactAreas: [],
        stages: ['idea', 'seed'],
        esusRequired: false,
        minAmountCents: euros(2_000),
        maxAmountCents: euros(15_000),
      },
    },
    {
      title: 'Fonds Impact Amorçage — prises de participation',
      description:
        'Prise de participation minoritaire (ou BSA AIR) dans des entreprises solidaires d’utilité sociale en croissance. ' +
        'Réservé aux titulaires de l’agrément ESUS en cours de validité ; accompagnement du comité d’engagement.',
      operatorName: 'Horizon Impact Capital (démo)',
      operatorSiren: '910000033',
      operatorLegalForm: 'SAS',
      kind: 'equity',
      opensAt: day(-15),
      closesAt: day(75),
      budgetCents: euros(8_000_000),
      eligibility: {
        legalForms: ['sas', 'scop', 'scic'],
        regions: [],
        impactAreas: ['inclusion', 'environment', 'health', 'mobility', 'food-waste'],
        stages: ['growth', 'scale'],
        esusRequired: true,
        minAmountCents: euros(100_000),
        maxAmountCents: euros(1_500_000),
      },
    },
    {
      title: 'Garantie de prêt bancaire pour les structures de l’ESS',
      description:
        'Garantie d’un prêt bancaire (jusqu’à 80 % du prêt) pour financer l’investissement ou le besoin en fonds de roulement ' +
        'd’associations, de coopératives et d’entreprises de l’ESS, sans caution personnelle des dirigeants.',
      operatorName: 'Fonds de garantie solidaire (démo)',
      operatorSiren: '910000041',
      operatorLegalForm: 'association',
      kind: 'guarantee',
      opensAt: day(-90),
      closesAt: day(275),
      budgetCents: euros(20_000_000),
      eligibility: {
        legalForms: ['association', 'scop', 'scic', 'sas', 'sarl', 'mutual'],
        regions: [],
        impactAreas: [],
        stages: ['seed', 'growth', 'scale'],
        esusRequired: false,
        minAmountCents: euros(20_000),
        maxAmountCents: euros(500_000),
      },
    },
    {
      title: 'Programme Tech for Good — accompagnement et mécénat de compétences',
      description:
        'Six mois d’accompagnement et des journées de mécénat de compétences de développeurs, designers et data scientists ' +
        'd’une entreprise du numérique, pour des projets d’inclusion numérique et d’éducation. Valorisation indicative du soutien.',
      operatorName: 'Numéria, entreprise du numérique (démo)',
      operatorSiren: '910000058',
      operatorLegalForm: 'SAS',
      kind: 'support',
      opensAt: day(-10),
      closesAt: day(45),
      budgetCents: euros(300_000),
      eligibility: {
        legalForms: ['association', 'scic', 'foundation'],
        regions: [],
        impactAreas: ['digital-inclusion', 'education', 'inclusion'],
        stages: ['idea', 'seed'],
        esusRequired: false,
        minAmountCents: euros(5_000),
        maxAmountCents: euros(40_000),
      },
    },
    {
      title: 'Alimentation durable et lutte contre le gaspillage — Auvergne-Rhône-Alpes',
      description:
        'Subvention pour les projets de lutte contre le gaspillage alimentaire, de circuits courts et d’épiceries solidaires ' +
        'en Auvergne-Rhône-Alpes. Cofinancement : 70 % du coût du projet au plus.',
      operatorName: 'Fondation démo Terres Solidaires',
      operatorSiren: '910000066',
      operatorLegalForm: 'fondation reconnue d’utilité publique',
      kind: 'grant',
      opensAt: day(-5),
      closesAt: day(90),
      budgetCents: euros(900_000),
      maxShareOfCost: 0.7,
      eligibility: {
        legalForms: ['association', 'scic', 'scop'],
        regions: ['FR-ARA'],
        impactAreas: ['food-waste', 'environment'],
        stages: [],
        esusRequired: false,
        minAmountCents: euros(5_000),
        maxAmountCents: euros(60_000),
      },
    },
  ];
}
