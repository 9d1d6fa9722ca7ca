import { randomUUID } from 'node:crypto';

import type {
  Actor,
  ApplicationView,
  Locale,
  ProgrammeView,
  RequestDataOf,
  RequestResultOf,
  RequestType,
} from '@pollen/contracts';
import { type HttpRequest, localeOf } from '@pollen/platform/http';

import { optionalActorOf } from '../../src/auth/actor';
import { idempotentIdOf } from '../../src/http/idempotency';
import type { ServiceClient } from '../../src/http/service-client';

/** One request the gateway asked a service, as the real client would have sent it. */
export interface AskedCall {
  type: RequestType;
  subject: string;
  data: unknown;
  /** undefined when nobody signed in (the real client then sends the anonymous actor). */
  actor: Actor | undefined;
  locale: Locale;
  /** The request's id as the real client would send it: derived from an Idempotency-Key, else unset (random). */
  id: string | undefined;
}

type Answer = (call: AskedCall) => unknown;

/**
 * Stands in for ServiceClient in controller specs: answers each request type with a canned result
 * or a thrown DomainException, and records what was asked.
 */
export class CannedServiceClient implements Pick<ServiceClient, 'ask' | 'newId'> {
  readonly calls: AskedCall[] = [];
  private readonly answers = new Map<RequestType, Answer>();

  answer<T extends RequestType>(
    type: T,
    result: RequestResultOf<T> | ((call: AskedCall) => RequestResultOf<T> | Promise<RequestResultOf<T>>),
  ): this {
    this.answers.set(type, typeof result === 'function' ? (result as Answer) : () => result);
    return this;
  }

  fail(type: RequestType, error: Error): this {
    this.answers.set(type, () => {
      throw error;
    });
    return this;
  }

  reset(): void {
    this.calls.length = 0;
    this.answers.clear();
  }

  /** The real derivation: the same Idempotency-Key names the same aggregate. */
  newId(http: HttpRequest): string {
    return idempotentIdOf(http, 'new-aggregate') ?? randomUUID();
  }

  async ask<T extends RequestType>(
    http: HttpRequest,
    type: T,
    subject: string,
    data: RequestDataOf<T>,
    options: { fresh?: boolean } = {},
  ): Promise<RequestResultOf<T>> {
    const call: AskedCall = {
      id: options.fresh ? undefined : idempotentIdOf(http, type),
      type,
      subject,
      data,
      actor: optionalActorOf(http),
      locale: localeOf(http.headers['accept-language']),
    };
    this.calls.push(call);
    const answer = this.answers.get(type);
    if (!answer) throw new Error(`CannedServiceClient: no answer for ${type}`);
    return (await answer(call)) as RequestResultOf<T>;
  }
}

export function aProgrammeView(overrides: Partial<ProgrammeView> = {}): ProgrammeView {
  return {
    id: '7d0f5a3e-8a2b-4c1d-9e6f-0a1b2c3d4e5f',
    title: 'Prêt d’honneur Entreprendre solidaire',
    description: 'Un prêt sans intérêt pour les fondateurs',
    operatorName: 'Réseau Entreprendre',
    kind: 'honour-loan',
    opensAt: '2026-11-01T00:00:00.000Z',
    closesAt: '2027-03-01T00:00:00.000Z',
    budgetCents: 50_000_000,
    eligibility: {},
    status: 'open',
    version: 1,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    ...overrides,
  };
}

export function anApplicationView(overrides: Partial<ApplicationView> = {}): ApplicationView {
  return {
    id: '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed',
    programmeId: '7d0f5a3e-8a2b-4c1d-9e6f-0a1b2c3d4e5f',
    ownerId: 'applicant-1',
    status: 'draft',
    organisation: { name: 'La Cyclofficine', siren: '732829320' },
    project: {},
    request: {},
    consents: { shareWithInvestors: false },
    version: 1,
    history: [{ status: 'draft', at: '2026-12-01T10:00:00.000Z', by: 'applicant-1', reason: 'created' }],
    createdAt: '2026-12-01T10:00:00.000Z',
    updatedAt: '2026-12-01T10:00:00.000Z',
    ...overrides,
  };
}
