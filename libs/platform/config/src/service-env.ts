// Decorator metadata must exist before a decorated class is defined; config classes come first.
import 'reflect-metadata';

import type { KeyObject } from 'node:crypto';

import { KAFKA_ENVIRONMENTS, type KafkaEnvironment } from '@pollen/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

import { ed25519PublicKeysOf, holdsLocalActorKey, IsEd25519Key, LOCAL_ACTOR_KEYS } from './actor-keys';
import { KafkaSecurityEnv } from './kafka-security-env';
import { LocalDefault } from './local-default';

/** Reads a comma-separated variable as a list (`a, b,,c` → `['a', 'b', 'c']`). */
export const toList = ({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean)
    : value;

/**
 * The variables every service reads (Kafka's credentials and TLS: KafkaSecurityEnv). A service's
 * own config class extends this one and sets its defaults (its port, its database name).
 */
export class ServiceEnv extends KafkaSecurityEnv {
  /**
   * development, test or production. Defaults meant for a laptop (`@LocalDefault`) are refused
   * unless it is set to development or test: left unset, it reads as development otherwise.
   */
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** How often the instance tells the operations service it is alive (its heartbeat), in ms. */
  @IsInt()
  @Min(500)
  HEARTBEAT_INTERVAL_MS: number = 5000;

  /** The version a heartbeat reports: the image's tag in a deployment. */
  @IsOptional()
  @IsString()
  POLLEN_VERSION?: string;

  /** `json` (one object per line, for log collectors) or `pretty` (one readable line each: `npm start`). */
  @IsIn(['json', 'pretty'])
  LOG_FORMAT: 'json' | 'pretty' = 'json';

  /** HTTP port of the service's API (0: any free port). */
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT: number;

  /**
   * The management port: `/health/live`, `/health/ready` and `/metrics`, which the public port does
   * not serve (the Ingress routes only the API; probes and Prometheus come here). 0: any free port.
   */
  @IsInt()
  @Min(0)
  @Max(65535)
  MANAGEMENT_PORT: number;

  /** Kafka bootstrap servers, comma-separated host:port. */
  @Transform(toList)
  @Matches(/^[^\s:,]+:\d{1,5}$/, { each: true, message: 'KAFKA_BROKERS must be a comma-separated list of host:port' })
  KAFKA_BROKERS: string[];

  /**
   * create: create missing topics (development, tests); check: only verify they exist, with the
   * catalogue's partitions and the environment's replication and min ISR (production).
   */
  @IsIn(['create', 'check'])
  KAFKA_TOPICS_MODE: 'create' | 'check' = 'create';

  /**
   * Which replication the topics have (KAFKA_ENVIRONMENTS). Unset, it follows the topics mode:
   * topics a service only checks were made by the platform, with production's (a single-broker
   * staging says `local`); topics it creates are on a laptop's or a test's one broker.
   */
  @IsOptional()
  @IsIn(Object.keys(KAFKA_ENVIRONMENTS))
  KAFKA_ENVIRONMENT?: KafkaEnvironment;

  @IsString()
  @Matches(/^mongodb(\+srv)?:\/\//, { message: 'MONGODB_URI must be a mongodb:// or mongodb+srv:// URI' })
  MONGODB_URI: string;

  /** The service's own database; nobody else opens it. */
  @IsString()
  @IsNotEmpty()
  MONGODB_DATABASE: string;

  /** Distinguishes replicas in client ids and logs (a random suffix is always added). */
  @IsOptional()
  @Matches(/^[A-Za-z0-9._-]{1,64}$/)
  POLLEN_INSTANCE_ID?: string;

  /** A request with less time left before its deadline is not started (its caller has had its 503). */
  @IsInt()
  @Min(0)
  @Max(10_000)
  REQUEST_SAFETY_MARGIN_MS: number = 250;

  /**
   * On SIGTERM, how long the service keeps serving while failing readiness, so the cluster stops
   * sending it traffic before it stops listening. The image sets a few seconds; tests, none.
   */
  @IsInt()
  @Min(0)
  @Max(60_000)
  SHUTDOWN_DRAIN_MS: number = 0;

  /**
   * The gateway's Ed25519 public key (SPKI PEM, or its base64; several PEM blocks while the key is
   * rotated): a request whose actor it did not sign is dead-lettered as `forged-actor` (ADR 0018).
   * The default is the development pair's, refused unless NODE_ENV is development or test.
   */
  @IsEd25519Key('public')
  @LocalDefault(holdsLocalActorKey('public'))
  ACTOR_VERIFY_KEY: string = LOCAL_ACTOR_KEYS.verify;

  get actorVerifyKeys(): KeyObject[] {
    return ed25519PublicKeysOf(this.ACTOR_VERIFY_KEY);
  }
}
