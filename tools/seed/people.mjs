// Demo people: three approved investors whose theses fit the demo programmes' typical applications, a
// fourth awaiting the operator's approval (the portal's vetting queue is not empty), and one
// applicant whose eligible application consents to be shown to investors, so that a person trying
// the platform sees deal-flow at once. Fictional organisations; the SIRENs are valid but made up.
const euros = (amount) => amount * 100;

export const DEMO_PASSWORDS = { investor: 'pollen-investor', applicant: 'pollen-applicant' };

export const demoInvestors = () => [
  {
    email: 'fonds-solidaire@demo.pollen.local',
    displayName: 'Camille Martin',
    profile: {
      organisation: { name: 'Fonds Solidaire Francilien (démo)', siren: '412345621' },
      kind: 'impact-fund',
      contact: { name: 'Camille Martin', email: 'camille.martin@fonds-solidaire.example' },
      thesis: {
        instruments: ['grant', 'loan', 'quasi-equity'],
        regions: ['FR-IDF'],
        legalForms: [],
        stages: ['seed', 'growth'],
        ticketMinCents: euros(10_000),
        ticketMaxCents: euros(150_000),
        esusRequired: false,
        impactAreas: ['inclusion', 'employment', 'mobility'],
        engagementDimensions: ['job-creation', 'social-link'],
        sdgs: [8, 10],
      },
      capacityPerMonth: 20,
      active: true,
    },
  },
  {
    email: 'fondation-terres@demo.pollen.local',
    displayName: 'Hugo Bernard',
    profile: {
      organisation: { name: 'Fondation Terres Vivantes (démo)' },
      kind: 'foundation',
      contact: { name: 'Hugo Bernard', email: 'hugo.bernard@terres-vivantes.example' },
      thesis: {
        instruments: ['grant', 'support'],
        regions: [],
        legalForms: ['association', 'scic', 'scop'],
        stages: [],
        ticketMinCents: euros(5_000),
        ticketMaxCents: euros(80_000),
        esusRequired: false,
        impactAreas: ['inclusion', 'mobility', 'food-waste', 'environment', 'education'],
        engagementDimensions: ['ecology', 'territorial-development'],
        sdgs: [2, 11, 12],
      },
      capacityPerMonth: 10,
      active: true,
    },
  },
  {
    email: 'business-angel@demo.pollen.local',
    displayName: 'Inès Moreau',
    profile: {
      organisation: { name: 'Inès Moreau, business angel (démo)' },
      kind: 'business-angel',
      contact: { name: 'Inès Moreau', email: 'ines.moreau@angels.example' },
      thesis: {
        instruments: ['honour-loan', 'loan', 'equity', 'grant'],
        regions: ['FR-IDF', 'FR-HDF'],
        legalForms: [],
        stages: ['idea', 'seed'],
        ticketMinCents: euros(2_000),
        ticketMaxCents: euros(60_000),
        esusRequired: false,
        impactAreas: ['inclusion', 'mobility', 'digital-inclusion'],
        engagementDimensions: [],
        sdgs: [],
      },
      capacityPerMonth: 5,
      active: true,
    },
  },
  {
    email: 'fondation-lumiere@demo.pollen.local',
    displayName: 'Manon Lefèvre',
    // Left for the operator to vet. Its thesis fits the demo application: once approved in the
    // portal, that project is in its deal-flow.
    awaitsVetting: true,
    profile: {
      organisation: { name: 'Fondation Lumière (démo)' },
      kind: 'foundation',
      contact: { name: 'Manon Lefèvre', email: 'manon.lefevre@fondation-lumiere.example' },
      thesis: {
        instruments: ['grant'],
        regions: ['FR-IDF', 'FR-HDF'],
        legalForms: ['association', 'scic'],
        stages: ['idea', 'seed'],
        ticketMinCents: euros(5_000),
        ticketMaxCents: euros(50_000),
        esusRequired: false,
        impactAreas: ['inclusion', 'employment'],
        engagementDimensions: ['job-creation'],
        sdgs: [8, 10],
      },
      capacityPerMonth: 4,
      active: true,
    },
  },
];

/** An association's application to the Île-de-France grant (the first demo programme), eligible. */
export const demoApplicant = () => ({
  email: 'atelier-velo@demo.pollen.local',
  displayName: 'Léa Dubois',
  application: (programmeId) => ({
    programmeId,
    organisation: {
      name: 'La Cyclofficine solidaire (démo)',
      siren: '812345635',
      legalForm: 'association',
      region: 'FR-IDF',
      essCompany: true,
    },
    project: {
      title: 'Ateliers vélo et insertion',
      summary: 'Des ateliers de réparation de vélos qui emploient et forment des personnes éloignées de l’emploi.',
      impactAreas: ['inclusion', 'mobility'],
      engagementDimensions: ['job-creation', 'social-link'],
      sdgs: [8, 10, 11],
      stage: 'seed',
      beneficiaries: 400,
      totalCostCents: euros(80_000),
    },
    request: {
      amountCents: euros(40_000),
      instrument: 'grant',
      purpose: 'Salaires des encadrants',
      durationMonths: 24,
    },
    consents: { shareWithInvestors: true, noticeVersion: '2026-12-01' },
  }),
});
