import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

import { activeTraceIds } from '@pollen/platform/tracing';
import type { Params } from 'nestjs-pino';

import { Correlation } from './correlation';

export const CORRELATION_HEADER = 'x-correlation-id';

/**
 * Paths pino removes from every log line: credentials, tokens and personal data. Logs keep ids
 * only (docs/architecture.md, "Security, as built").
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.accessToken',
  '*.refreshToken',
  '*.token',
  '*.email',
  '*.secret',
  '*.siren',
  '*.organisation',
  'data.organisation',
];

const acceptedId = (value: unknown): string | undefined =>
  typeof value === 'string' && /^[A-Za-z0-9._:-]{8,128}$/.test(value) ? value : undefined;

/**
 * The correlation id of an HTTP request: the caller's `X-Correlation-Id` when it is well formed
 * (8–128 characters from `A-Za-z0-9._:-`), a new UUID otherwise. The HTTP adapter gives it to the
 * request as its id, and pino-http and the correlation scope take it from there.
 */
export const correlationIdOf = (req: IncomingMessage): string =>
  acceptedId(req.headers[CORRELATION_HEADER]) ?? randomUUID();

/** nestjs-pino options shared by every service: JSON logs (or readable ones), correlation ids, redaction. */
export function loggerOptions(service: string, level: string, format: 'json' | 'pretty' = 'json'): Params {
  return {
    pinoHttp: {
      level,
      // Readable lines, for a person watching `npm start`'s log files; still every field.
      ...(format === 'pretty'
        ? {
            transport: {
              target: 'pino-pretty',
              options: { colorize: false, singleLine: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' },
            },
          }
        : {}),
      base: { service },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      // Every log line written inside a correlation scope (HTTP or Kafka) carries its ids, and
      // inside a trace its trace and span ids.
      mixin: () => ({ ...Correlation.current(), ...activeTraceIds() }),
      genReqId: correlationIdOf,
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      autoLogging: { ignore: (req: IncomingMessage) => /^\/(health|metrics)/.test(req.url ?? '') },
    },
  };
}
