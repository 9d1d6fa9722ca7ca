import { createPublicKey, createSecretKey, type KeyObject } from 'node:crypto';
import path from 'node:path';

import { managementPort, servicePort } from '@pollen/contracts';
import {
  type CrossChecked,
  ed25519PrivateKeyOf,
  holdsLocalActorKey,
  IsEd25519Key,
  LOCAL_ACTOR_KEYS,
  LocalDefault,
  ServiceEnv,
} from '@pollen/platform/config';
import { originOf } from '@pollen/platform/http';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

/** Defaults for a laptop: the secrets among them are refused unless NODE_ENV is development or test. */
export const LOCAL_DEFAULTS = {
  JWT_SECRET: 'local-only-pollen-jwt-secret-do-not-use-in-production',
  POLLEN_OPERATOR_EMAIL: 'operator@pollen.local',
  POLLEN_OPERATOR_PASSWORD: 'pollen-operator',
} as const;

/** The entries of a comma-separated variable, trimmed, the empty ones dropped. */
const listOf = (value: string): string[] =>
  value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);

/**
 * The gateway's environment (see ServiceEnv for the shared variables). Explicit types on
 * defaulted fields matter: decorator metadata, hence conversion from strings, comes from them.
 */
export class GatewayConfig extends ServiceEnv implements CrossChecked {
  override PORT = servicePort('gateway');
  override MANAGEMENT_PORT = managementPort('gateway');
  override MONGODB_DATABASE = 'pollen-gateway';

  /** How long a request waits for the owning service before answering 503 with Retry-After. */
  @IsInt()
  @Min(100)
  @Max(60_000)
  REQUEST_TIMEOUT_MS: number = 5000;

  /**
   * How long a read of the public catalogue by anyone but an operator is answered from the owner's
   * last answer (ADR 0020): how stale a programme list or page may be. 0 asks every time.
   */
  @IsInt()
  @Min(0)
  @Max(60_000)
  PUBLIC_READ_CACHE_MS: number = 1000;

  /**
   * HTTP requests one gateway instance serves at once; beyond, 503 with a Retry-After of 1–4 s,
   * before the request costs any work. It keeps an overload (a deadline rush) from collapsing into
   * requests that all wait past their deadline (docs/performance.md).
   */
  @IsInt()
  @Min(1)
  @Max(100_000)
  REQUESTS_IN_FLIGHT_MAX: number = 64;

  /** Requests one gateway instance lets wait for replies at once; beyond, 503 with Retry-After. */
  @IsInt()
  @Min(1)
  @Max(100_000)
  REQUEST_MAX_PENDING: number = 1000;

  /**
   * Comma-separated addresses or CIDR ranges of the proxies in front of the gateway (the
   * production overlay sets the ingress controller's range): only their `X-Forwarded-For` is
   * believed. Empty: the client's address is the socket's peer.
   */
  @IsString()
  TRUSTED_PROXIES: string = '';

  /** How long an answer to an `Idempotency-Key` is kept and replayed. */
  @IsInt()
  @Min(1)
  @Max(24 * 7)
  IDEMPOTENCY_TTL_HOURS: number = 24;

  /** Log-ins per minute for one account (by e-mail), and from one address. */
  @IsInt()
  @Min(1)
  LOGINS_PER_ACCOUNT_PER_MINUTE: number = 5;

  @IsInt()
  @Min(1)
  LOGINS_PER_IP_PER_MINUTE: number = 20;

  @IsInt()
  @Min(1)
  REGISTRATIONS_PER_IP_PER_HOUR: number = 5;

  /** Per account, not per address: an office or a network of associations behind one NAT is many users. */
  @IsInt()
  @Min(1)
  REQUESTS_PER_ACCOUNT_PER_MINUTE: number = 300;

  /** Requests without a token (refresh, log-out) from one address. */
  @IsInt()
  @Min(1)
  ANONYMOUS_REQUESTS_PER_IP_PER_MINUTE: number = 60;

  /** Public reads from one address, across all replicas: each counts its share in memory. */
  @IsInt()
  @Min(1)
  PUBLIC_READS_PER_IP_PER_MINUTE: number = 600;

  /** Gateway replicas running (the Deployment's replicas): divides the in-memory public-read limit. */
  @IsInt()
  @Min(1)
  GATEWAY_REPLICAS: number = 1;

  /** Test, bench and chaos runs raise every limit by this factor (one address plays many users there). */
  @IsInt()
  @Min(1)
  RATE_LIMIT_MULTIPLIER: number = 1;

  /** Password hashes computed at once; more wait in a short queue, beyond which log-ins get 503. */
  @IsInt()
  @Min(1)
  @Max(64)
  PASSWORD_HASHING_CONCURRENCY: number = 2;

  get trustedProxies(): string[] {
    return listOf(this.TRUSTED_PROXIES);
  }

  /**
   * Comma-separated origins (`https://portal.example`) besides the gateway's own from which a
   * browser may use its session cookie (docs/api.md, "Browser sessions"): a portal served from
   * another origin, or a development server that proxies /v1 under its own Host. Empty: the
   * gateway's own origin only, the one it serves the portal from.
   */
  @IsString()
  PORTAL_ORIGINS: string = '';

  get portalOrigins(): string[] {
    return listOf(this.PORTAL_ORIGINS).map((entry) => originOf(entry) ?? entry);
  }

  /**
   * The built portal (index.html and its `assets/`), served under `/`; relative to the working
   * directory, which is the repository's root under `npm start` and in tests. Without an
   * index.html there, the gateway serves the API alone.
   */
  @IsString()
  @IsNotEmpty()
  PORTAL_DIR: string = 'dist/apps/portal';

  get portalDir(): string {
    return path.resolve(this.PORTAL_DIR);
  }

  /** Signs access tokens (HS256). At least 32 characters; a Kubernetes Secret in production. */
  @IsString()
  @MinLength(32)
  @LocalDefault()
  JWT_SECRET: string = LOCAL_DEFAULTS.JWT_SECRET;

  /**
   * JWT_SECRET as a key object, made once: given the string, jsonwebtoken first tries it as a PEM
   * public key on every verification, and that failed parse took 4 % of the gateway's CPU under load.
   */
  get jwtKey(): KeyObject {
    this.#jwtKey ??= createSecretKey(Buffer.from(this.JWT_SECRET, 'utf8'));
    return this.#jwtKey;
  }

  #jwtKey?: KeyObject;

  /**
   * Signs the actor of every request to a service (Ed25519, PKCS#8 PEM or its base64; ADR 0018).
   * Only the gateway holds it; a Kubernetes Secret in production.
   */
  @IsEd25519Key('private')
  @LocalDefault(holdsLocalActorKey('private'))
  ACTOR_SIGNING_KEY: string = LOCAL_ACTOR_KEYS.signing;

  get actorSigningKey(): KeyObject {
    return ed25519PrivateKeyOf(this.ACTOR_SIGNING_KEY);
  }

  /** A signing key whose public half the services do not hold would get every request dead-lettered. */
  crossCheck(): string[] {
    const signs = createPublicKey(this.actorSigningKey).export({ format: 'der', type: 'spki' });
    const checked = this.actorVerifyKeys.some((key) => key.export({ format: 'der', type: 'spki' }).equals(signs));
    return [
      ...(checked
        ? []
        : ['ACTOR_SIGNING_KEY: its public key is not among ACTOR_VERIFY_KEY, so services would refuse every request']),
      ...listOf(this.PORTAL_ORIGINS)
        .filter((entry) => originOf(entry) === undefined)
        .map((entry) => `PORTAL_ORIGINS: ${JSON.stringify(entry)} is not an origin (scheme://host[:port], no path)`),
    ];
  }

  @IsInt()
  @Min(60)
  @Max(3600)
  ACCESS_TOKEN_TTL_SECONDS: number = 900;

  /** How long an unused refresh token lasts; never past its session's end. */
  @IsInt()
  @Min(1)
  @Max(90)
  REFRESH_TOKEN_TTL_DAYS: number = 30;

  /** A session ends this long after its log-in, however often it is refreshed. */
  @IsInt()
  @Min(1)
  @Max(365)
  SESSION_MAX_DAYS: number = 30;

  /** The operator account seeded at start (operators never self-register). */
  @IsEmail()
  POLLEN_OPERATOR_EMAIL: string = LOCAL_DEFAULTS.POLLEN_OPERATOR_EMAIL;

  @IsString()
  @MinLength(10)
  @MaxLength(256)
  @LocalDefault()
  POLLEN_OPERATOR_PASSWORD: string = LOCAL_DEFAULTS.POLLEN_OPERATOR_PASSWORD;

  /**
   * `true` or `false`: whether the gateway serves its OpenAPI UI at /docs and document at
   * /docs-json. Unset: on, except with NODE_ENV=production, where the API's map is not published
   * unless asked for.
   */
  @IsOptional()
  @IsBoolean({ message: 'API_DOCS must be true or false' })
  // The raw string: implicit conversion would read "false" as true.
  @Transform(({ obj, key }) => {
    const raw: unknown = obj[key];
    return raw === 'true' ? true : raw === 'false' ? false : raw;
  })
  API_DOCS?: boolean;

  get apiDocs(): boolean {
    return this.API_DOCS ?? this.NODE_ENV !== 'production';
  }
}
