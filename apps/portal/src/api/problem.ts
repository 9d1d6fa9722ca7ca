import type { components } from './schema';

export type FieldError = components['schemas']['FieldError'];

type Schemas = components['schemas'];
/** Every problem the OpenAPI document describes (`ValidationFailedProblem`, `UnavailableProblem`…). */
type DocumentedProblem = Schemas[Extract<keyof Schemas, `${string}Problem`>];

/**
 * What every problem+json of the gateway carries (docs/errors.md), its `code` one the document
 * names; `network` when no answer came, `http` for an answer that was not a problem.
 */
export interface Problem {
  status: number;
  code: DocumentedProblem['code'] | 'network' | 'http';
  title?: string;
  detail?: string;
  errors?: FieldError[];
  correlationId?: string;
}

/** A request the API refused, or one that never got an answer (`status` 0). */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title ?? problem.code);
  }

  get status(): number {
    return this.problem.status;
  }

  /**
   * What is wrong with each field at fault, by dotted path (`organisation.siren`): `words` of its
   * code when it has some, the API's message otherwise.
   */
  fieldMessages(words: (error: FieldError) => string | undefined = () => undefined): Record<string, string> {
    return Object.fromEntries((this.problem.errors ?? []).map((error) => [error.field, words(error) ?? error.message]));
  }
}

const isProblem = (value: unknown): value is Problem =>
  typeof value === 'object' && value !== null && typeof (value as Problem).code === 'string';

/**
 * The data of an openapi-fetch answer, or an ApiError. Every call of the portal goes through it, so
 * a page handles one kind of failure.
 */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let answer: Awaited<typeof call>;
  try {
    answer = await call;
  } catch {
    throw new ApiError({ status: 0, code: 'network' });
  }
  const { data, error, response } = answer;
  if (response.ok) return data as T;
  throw new ApiError(
    isProblem(error) ? { ...error, status: response.status } : { status: response.status, code: 'http' },
  );
}
