import {
  type ApplicationView,
  type CreateProgrammeDto,
  CURRENT_CONSENT_NOTICE_VERSION,
  type FieldError,
  type InvestorProfileDto,
  isValidSiren,
  type ProgrammeView,
} from '@pollen/contracts';
import { ServiceProcess, TEST_RATE_LIMITS, testInfrastructure, uniqueName } from '@pollen/testing';

export const PROBLEM = /^application\/problem\+json/;
export const DAY = 24 * 60 * 60 * 1000;

export type Problem = { status: number; detail: string; errors?: FieldError[]; [extension: string]: unknown };
export const json = async <T>(response: Response): Promise<T> => (await response.json()) as T;

/** The built gateway and applications services as processes, and an HTTP client for the API. */
export class Platform {
  private constructor(
    readonly gateway: ServiceProcess,
    readonly applications: ServiceProcess,
    private readonly others: ServiceProcess[],
    /** Each service's own database (its MONGODB_DATABASE), to look inside. */
    readonly databases: Record<string, string>,
    /** What each service was started with, so a replica starts alike. */
    private readonly envs: Record<string, Record<string, string>>,
  ) {}

  /**
   * The gateway and applications; `more` adds other services (notifications, legal-templates,
   * matching); `env` sets variables per service.
   */
  static async start(more: string[] = [], env: Record<string, Record<string, string>> = {}): Promise<Platform> {
    const { kafkaBrokers, mongoUri, smtpUrl } = testInfrastructure();
    const common = {
      KAFKA_BROKERS: kafkaBrokers.join(','),
      MONGODB_URI: mongoUri,
      SMTP_URL: smtpUrl,
      NODE_ENV: 'test',
      ...TEST_RATE_LIMITS,
    };
    const databases: Record<string, string> = {};
    const envs: Record<string, Record<string, string>> = {};
    const start = (service: string, env: Record<string, string> = {}) => {
      databases[service] = env.MONGODB_DATABASE ?? uniqueName(`e2e-${service}`);
      envs[service] = { ...common, MONGODB_DATABASE: databases[service], ...env };
      return ServiceProcess.start(service, envs[service]);
    };
    // All at once, as `npm start` does: each service waits only for Kafka and its own database.
    const results = await Promise.allSettled([
      // Twice the gateway's own default: in `npm test` six services, Kafka, FerretDB and the other
      // lane's Jest share two cores, and a request that misses its deadline is a 503 these files
      // are not about. One that waits for a dead service's 503 waits this long.
      start('gateway', { REQUEST_TIMEOUT_MS: '10000', ...env.gateway }),
      start('applications', env.applications),
      ...more.map((service) => start(service, env[service])),
    ]);
    const started = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
    if (failed) {
      await Promise.all(started.map((service) => service.stop()));
      throw failed.reason;
    }
    const [gateway, applications, ...others] = started;
    return new Platform(gateway, applications, others, databases, envs);
  }

  /** Another replica of a started service: same database, same consumer groups (stopped by `stop`). */
  async replica(service: string): Promise<ServiceProcess> {
    const env = this.envs[service];
    if (!env) throw new Error(`${service} was not started`);
    const replica = await ServiceProcess.start(service, env);
    this.others.push(replica);
    return replica;
  }

  /** One of the services `start` was given, to stop or restart it. */
  service(name: string): ServiceProcess {
    const found = this.others.find((service) => service.service === name);
    if (!found) throw new Error(`${name} was not started`);
    return found;
  }

  async stop(): Promise<void> {
    await this.gateway.stop();
    await Promise.all([this.applications, ...this.others].map((service) => service.stop()));
  }

  call(
    path: string,
    init: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<Response> {
    return fetch(`${this.gateway.url}${path}`, {
      method: init.method ?? 'GET',
      headers: {
        'Content-Type': 'application/json',
        ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
        ...init.headers,
      },
      body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
    });
  }

  async signUp(role: 'applicant' | 'investor' = 'applicant', locale: 'fr' | 'en' = 'fr'): Promise<string> {
    return (await this.register(role, locale)).token;
  }

  /** A new account: its token, and the address its e-mails go to. */
  async register(
    role: 'applicant' | 'investor' = 'applicant',
    locale: 'fr' | 'en' = 'fr',
  ): Promise<{ token: string; email: string }> {
    const credentials = { email: `${uniqueName(role)}@example.org`, password: 'a long enough password' };
    const registered = await this.call('/v1/auth/register', {
      method: 'POST',
      body: { ...credentials, role, displayName: 'Léa Dubois', locale },
    });
    if (registered.status !== 201) throw new Error(`register → ${registered.status}`);
    return { token: await this.logIn(credentials.email, credentials.password), email: credentials.email };
  }

  async logIn(email: string, password: string): Promise<string> {
    const session = await this.call('/v1/auth/login', { method: 'POST', body: { email, password } });
    if (session.status !== 200) throw new Error(`login → ${session.status}`);
    return (await json<{ accessToken: string }>(session)).accessToken;
  }

  /** The operator seeded at start with the local defaults. */
  operator(): Promise<string> {
    return this.logIn('operator@pollen.local', 'pollen-operator');
  }

  async createProgramme(operatorToken: string, overrides: Partial<CreateProgrammeDto> = {}): Promise<ProgrammeView> {
    const response = await this.call('/v1/programmes', {
      method: 'POST',
      token: operatorToken,
      body: { ...aProgramme(), ...overrides },
    });
    if (response.status !== 201) throw new Error(`create programme → ${response.status} ${await response.text()}`);
    return json<ProgrammeView>(response);
  }

  async draft(token: string, body: unknown): Promise<ApplicationView> {
    const response = await this.call('/v1/applications', { method: 'POST', token, body });
    if (response.status !== 201) throw new Error(`draft → ${response.status} ${await response.text()}`);
    return json<ApplicationView>(response);
  }

  /**
   * An application that meets every rule of aProgramme(), submitted: its id. Consenting to be
   * shown unless `shareWithInvestors` is false: a consenting one is matched by the next platform
   * that runs matching, even one of another test file (its events wait on the topic).
   */
  async submitted(
    token: string,
    programmeId: string,
    name: string,
    options: { siren?: string; shareWithInvestors?: boolean } = {},
  ): Promise<string> {
    const draft = await this.draft(token, aDraft(programmeId, name, options));
    const submit = await this.call(`/v1/applications/${draft.id}/submit`, { method: 'POST', token });
    if (submit.status !== 202) throw new Error(`submit → ${submit.status} ${await submit.text()}`);
    return draft.id;
  }
}

/** A draft of organisation `name` that meets every rule of aProgramme(), ready to submit. */
export function aDraft(
  programmeId: string,
  name: string,
  { siren = aSiren(), shareWithInvestors = true }: { siren?: string; shareWithInvestors?: boolean } = {},
) {
  const fields = completeFields();
  return {
    programmeId,
    ...fields,
    organisation: { ...fields.organisation, name, siren },
    consents: { shareWithInvestors, noticeVersion: CURRENT_CONSENT_NOTICE_VERSION },
  };
}

/** The applicant's contact, given when accepting an introduction. */
export const LEA = { name: 'Léa Dubois', email: 'lea@cyclofficine.example', phone: '+33 6 12 34 56 78' };

/** A regional grant open now: association or SCIC, Île-de-France, inclusion or employment, 10–150 k€, ESUS required, 50 % co-financing. */
export function aProgramme(): CreateProgrammeDto {
  return {
    title: uniqueName('Appel à projets Innovation sociale'),
    description: 'Subvention régionale pour l’innovation sociale',
    operatorName: 'Région démo',
    kind: 'grant',
    opensAt: new Date(Date.now() - 10 * DAY).toISOString(),
    closesAt: new Date(Date.now() + 30 * DAY).toISOString(),
    budgetCents: 100_000_000,
    maxShareOfCost: 0.5,
    eligibility: {
      legalForms: ['association', 'scic'],
      regions: ['FR-IDF'],
      impactAreas: ['inclusion', 'employment'],
      stages: ['seed', 'growth'],
      esusRequired: true,
      minAmountCents: 1_000_000,
      maxAmountCents: 15_000_000,
    },
  };
}

/** The rest of an application that meets every rule of aProgramme(). */
export function completeFields() {
  return {
    organisation: {
      legalForm: 'association',
      region: 'FR-IDF',
      essCompany: false,
      esus: { certified: true, expiresOn: new Date(Date.now() + 365 * DAY).toISOString().slice(0, 10) },
    },
    project: {
      title: 'Ateliers vélo solidaires',
      summary: 'Réparation de vélos par des personnes en insertion',
      impactAreas: ['inclusion', 'mobility'],
      engagementDimensions: ['social-link', 'job-creation'],
      sdgs: [10, 11],
      stage: 'seed',
      beneficiaries: 400,
      totalCostCents: 8_000_000,
    },
    request: { amountCents: 4_000_000, instrument: 'grant', purpose: 'Salaires des encadrants', durationMonths: 24 },
  };
}

/** A SIREN with a valid check digit, different each time. */
export function aSiren(): string {
  for (;;) {
    const stem = String(Math.floor(Math.random() * 1e8)).padStart(8, '0');
    const siren = [...'0123456789'].map((digit) => `${stem}${digit}`).find(isValidSiren);
    if (siren) return siren;
  }
}

/** A thesis every application of completeFields() passes, scoring well above the threshold. */
export const FITTING_THESIS: Partial<InvestorProfileDto['thesis']> = {
  instruments: ['grant', 'loan'],
  stages: ['seed'],
  impactAreas: ['inclusion', 'mobility'],
  engagementDimensions: ['social-link'],
  sdgs: [10],
};

/** A whole profile and thesis, as an investor fills it in. */
export const anInvestorProfile = (thesis: Partial<InvestorProfileDto['thesis']> = {}): InvestorProfileDto => ({
  organisation: { name: 'Fonds Solidaire Démo', siren: '552100554' },
  kind: 'impact-fund',
  contact: { name: 'Camille Martin', email: 'camille@fonds-demo.example', phone: '+33 1 23 45 67 89' },
  thesis: {
    instruments: ['loan', 'quasi-equity'],
    regions: ['FR-IDF'],
    legalForms: [],
    stages: ['seed', 'growth'],
    ticketMinCents: 1_000_000,
    ticketMaxCents: 10_000_000,
    esusRequired: true,
    impactAreas: ['inclusion'],
    engagementDimensions: ['job-creation', 'social-link'],
    sdgs: [8, 10],
    ...thesis,
  },
  capacityPerMonth: 5,
  active: true,
});
