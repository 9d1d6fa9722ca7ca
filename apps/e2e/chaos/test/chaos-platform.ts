import { spawn } from 'node:child_process';

import { type CreateProgrammeDto, CURRENT_CONSENT_NOTICE_VERSION, isValidSiren } from '@pollen/contracts';
import {
  infraCommand,
  infraProfile,
  infraProfileEnv,
  type InfrastructureComponent,
  ServiceProcess,
  TEST_RATE_LIMITS,
  testInfrastructure,
  uniqueName,
} from '@pollen/testing';

export const DAY = 24 * 60 * 60 * 1000;
const SERVICES = ['applications', 'matching', 'legal-templates', 'notifications'] as const;

/**
 * A mail whose attempt a fault cut short is tried again within the run's completion bound (by
 * default its lease lasts a minute and the first retry waits 30 s).
 */
const SERVICE_ENV: Partial<Record<(typeof SERVICES)[number], Record<string, string>>> = {
  notifications: { MAIL_ATTEMPT_LEASE_MS: '10000', MAIL_RETRY_BASE_MS: '1000', MAIL_RETRY_MAX_MS: '5000' },
};

/**
 * All five built services as processes (the gateway last), each on its own fresh database, and the
 * faults the chaos suite injects: SIGKILL of applications, the broker stopped, the database stopped.
 */
export class ChaosPlatform {
  private constructor(
    readonly gateway: ServiceProcess,
    readonly services: Record<(typeof SERVICES)[number], ServiceProcess>,
  ) {}

  static async start(requestTimeoutMs: number): Promise<ChaosPlatform> {
    refuseForeignInfrastructure();
    const { kafkaBrokers, mongoUri, smtpUrl } = testInfrastructure();
    const common = {
      KAFKA_BROKERS: kafkaBrokers.join(','),
      MONGODB_URI: mongoUri,
      SMTP_URL: smtpUrl,
      NODE_ENV: 'test',
      ...TEST_RATE_LIMITS,
    };
    const start = (service: string, env: Record<string, string> = {}) =>
      ServiceProcess.start(service, { ...common, MONGODB_DATABASE: uniqueName(`chaos-${service}`), ...env });
    // A service left running by a failed start would join the consumer groups of the next run and
    // answer its requests from another database: stop whatever started if one of them fails.
    const running: ServiceProcess[] = [];
    const startOne = async (service: string, env: Record<string, string> = {}) => {
      const process = await start(service, env);
      running.push(process);
      return process;
    };
    try {
      const started = await Promise.all(SERVICES.map((service) => startOne(service, SERVICE_ENV[service])));
      const services = Object.fromEntries(SERVICES.map((service, i) => [service, started[i]])) as Record<
        (typeof SERVICES)[number],
        ServiceProcess
      >;
      const gateway = await startOne('gateway', { REQUEST_TIMEOUT_MS: String(requestTimeoutMs) });
      return new ChaosPlatform(gateway, services);
    } catch (error) {
      await Promise.all(running.map((service) => service.kill()));
      throw error;
    }
  }

  get all(): ServiceProcess[] {
    return [...Object.values(this.services), this.gateway];
  }

  async stop(): Promise<void> {
    await this.gateway.stop();
    await Promise.all(Object.values(this.services).map((service) => service.stop()));
  }

  /**
   * Waits until every service's readiness answers 200 again; returns the services that did not,
   * each with the readiness report it gave last (which check failed, and why).
   */
  async allReady(timeoutMs = 120_000): Promise<string[]> {
    const outcomes = await Promise.allSettled(this.all.map((service) => service.waitUntil(200, timeoutMs)));
    const stuck = this.all.filter((_, i) => outcomes[i].status === 'rejected');
    return Promise.all(
      stuck.map(async (service) => {
        const report = await fetch(`${service.managementUrl}/health/ready`)
          .then((response) => response.text())
          .catch((error: Error) => error.message);
        return `${service.service} ${report}`;
      }),
    );
  }

  killApplications(): Promise<void> {
    return this.services.applications.kill();
  }

  restartApplications(): Promise<void> {
    return this.services.applications.restart();
  }

  stopKafka(): Promise<void> {
    return infrastructure('stop', 'kafka');
  }

  startKafka(): Promise<void> {
    return infrastructure('start', 'kafka');
  }

  stopDatabase(): Promise<void> {
    return infrastructure('stop', 'ferretdb');
  }

  startDatabase(): Promise<void> {
    return infrastructure('start', 'ferretdb');
  }

  logFiles(): string[] {
    return this.all.map((service) => service.logFile);
  }
}

/**
 * `infra stop|start kafka|ferretdb|mailpit` on the tests' profile, as libs/testing's
 * infrastructure() does, but without blocking: the clients go on sending (and timing their
 * answers) while a component stops or starts. Only for the project-run infrastructure.
 */
function infrastructure(action: 'stop' | 'start', component: InfrastructureComponent): Promise<void> {
  if (process.env['POLLEN_EXTERNAL_INFRA'] === 'true')
    return Promise.reject(new Error('the chaos suite needs the project-run infrastructure'));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, infraCommand([action, component]), {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`infra ${action} ${component} exited with ${code}`)),
    );
  });
}

/**
 * tools/infra stops the project-run Kafka, FerretDB and Mailpit of the tests' profile. Refuse to
 * run when KAFKA_BROKERS, MONGODB_URI or SMTP_URL point elsewhere: the faults would hit one
 * infrastructure while the services use another.
 */
function refuseForeignInfrastructure(): void {
  const { kafkaBrokers, mongoUri, smtpUrl } = testInfrastructure();
  const profile = infraProfileEnv();
  const used = { KAFKA_BROKERS: kafkaBrokers.join(','), MONGODB_URI: mongoUri, SMTP_URL: smtpUrl.replace(/\/+$/, '') };
  const differs = (Object.keys(used) as (keyof typeof used)[]).filter((name) => profile[name] !== used[name]);
  if (differs.length > 0)
    throw new Error(
      `the chaos suite stops the project-run infrastructure of profile ${infraProfile()}, but the services would use ` +
        differs.map((name) => `${name}=${used[name]} (not ${profile[name]})`).join(', '),
    );
}

/**
 * A regional grant open now (the same as apps/e2e/test/platform.ts' aProgramme(), which another
 * project may not import): association or SCIC, Île-de-France, inclusion or employment, 10–150 k€.
 */
export function aProgramme(): CreateProgrammeDto {
  return {
    title: uniqueName('Appel à projets chaos'),
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

/** A complete draft for aProgramme(): eligible, or ineligible (outside the programme's region). */
export function completeDraft(programmeId: string, siren: string, eligible: boolean) {
  return {
    programmeId,
    organisation: {
      name: 'Atelier vélo solidaire',
      siren,
      legalForm: 'association',
      region: eligible ? 'FR-IDF' : 'FR-BRE',
      essCompany: false,
      esus: { certified: true, expiresOn: new Date(Date.now() + 365 * DAY).toISOString().slice(0, 10) },
    },
    project: {
      title: 'Ateliers vélo solidaires',
      summary: 'Réparation de vélos par des personnes en insertion',
      impactAreas: ['inclusion', 'mobility'],
      stage: 'seed',
      beneficiaries: 400,
      totalCostCents: 8_000_000,
    },
    request: { amountCents: 4_000_000, instrument: 'grant', purpose: 'Salaires des encadrants', durationMonths: 24 },
    // Shown to investors once eligible: every eligible submission is matched (verify.ts counts it).
    consents: { shareWithInvestors: true, noticeVersion: CURRENT_CONSENT_NOTICE_VERSION },
  };
}

/** A thesis every eligible submission above passes, scoring well above the threshold. */
export function aChaosInvestorProfile() {
  return {
    organisation: { name: 'Fonds Chaos Démo' },
    kind: 'impact-fund',
    contact: { name: 'Camille Martin', email: 'camille@fonds-chaos.example' },
    thesis: {
      instruments: ['grant'],
      regions: ['FR-IDF'],
      legalForms: ['association'],
      stages: ['seed'],
      ticketMinCents: 2_000_000,
      ticketMaxCents: 6_000_000,
      esusRequired: true,
      impactAreas: ['inclusion', 'mobility'],
    },
    capacityPerMonth: 1000,
    active: true,
  };
}

/** A valid SIREN (9 digits, Luhn) that this run has not used yet. */
export function freshSiren(used: Set<string>): string {
  for (;;) {
    const payload = String(Math.floor(Math.random() * 1e8)).padStart(8, '0');
    for (let check = 0; check <= 9; check += 1) {
      const siren = `${payload}${check}`;
      if (isValidSiren(siren) && !used.has(siren)) {
        used.add(siren);
        return siren;
      }
    }
  }
}
