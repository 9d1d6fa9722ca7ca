import createClient, { type Middleware } from 'openapi-fetch';

import { retryingFetch, type RetryNotice } from './retrying-fetch';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];

/** Where the page learns what the client is doing on its behalf (retries, an ended session). */
export interface ClientHooks {
  accessToken(): string | undefined;
  language(): string;
  /** A fresh access token after a 401, or undefined when the session is over. */
  renewSession(): Promise<string | undefined>;
  onRetry(notice: RetryNotice | undefined): void;
}

let hooks: ClientHooks = {
  accessToken: () => undefined,
  language: () => 'fr',
  renewSession: async () => undefined,
  onRetry: () => undefined,
};

export function connectClient(given: ClientHooks): void {
  hooks = given;
}

// The gateway replays a POST or PATCH with the same key instead of doing it twice (docs/api.md),
// everywhere under /v1 but /v1/auth/*, which refuses the header.
const onAuthPath = (request: Request) => new URL(request.url).pathname.startsWith('/v1/auth/');
const takesIdempotencyKey = (request: Request) =>
  (request.method === 'POST' || request.method === 'PATCH') && !onAuthPath(request);

const identify: Middleware = {
  onRequest({ request }) {
    const token = hooks.accessToken();
    // /v1/auth/* identifies by its body or cookie: an expired token there would only be refused.
    if (token && !onAuthPath(request) && !request.headers.has('Authorization')) {
      request.headers.set('Authorization', `Bearer ${token}`);
    }
    request.headers.set('Accept-Language', hooks.language());
    if (takesIdempotencyKey(request) && !request.headers.has('Idempotency-Key')) {
      request.headers.set('Idempotency-Key', crypto.randomUUID());
    }
    return request;
  },
};

const sendWithRetries = retryingFetch((input, init) => fetch(input, init), {
  onRetry: (notice) => hooks.onRetry(notice),
});

/** Whether a 401 says the access token expired, not that a password given again was wrong. */
async function tokenRefused(request: Request, response: Response): Promise<boolean> {
  // A refused log-in or refresh ends there: renewing would wait on the renewal itself.
  if (response.status !== 401 || !request.headers.has('Authorization') || onAuthPath(request)) return false;
  const problem = (await response
    .clone()
    .json()
    .catch(() => undefined)) as { code?: string } | undefined;
  return problem?.code !== 'auth.invalid-credentials';
}

/** After a 401 to a signed-in request, renews the session once and sends the request again. */
async function send(request: Request): Promise<Response> {
  const response = await sendWithRetries(request);
  if (!(await tokenRefused(request, response))) return response;
  const token = await hooks.renewSession();
  if (!token) return response;
  const again = request.clone();
  again.headers.set('Authorization', `Bearer ${token}`);
  return sendWithRetries(again);
}

/** The API of the gateway, typed by docs/openapi.json: the only way the portal calls it. */
export const api = createClient<paths>({ baseUrl: window.location.origin, fetch: send });
api.use(identify);
