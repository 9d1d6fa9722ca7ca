// Decorator metadata must exist before a decorated class is defined; config classes come first.
import 'reflect-metadata';

import { accessSync, constants, statSync } from 'node:fs';

import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, ValidateBy, ValidateIf } from 'class-validator';

export const KAFKA_SASL_MECHANISMS = ['scram-sha-512', 'scram-sha-256'] as const;
export type KafkaSaslMechanism = (typeof KAFKA_SASL_MECHANISMS)[number];

const isReadableFile = (path: unknown): boolean => {
  try {
    accessSync(String(path), constants.R_OK);
    return statSync(String(path)).isFile();
  } catch {
    return false;
  }
};

/**
 * How a client proves who it is to Kafka and how it checks the broker, all optional: unset, it
 * speaks plaintext without credentials, as on a laptop. In a cluster the values come from the
 * service's Strimzi KafkaUser secret and the cluster CA (k8s/). A half-given login (a user without
 * its password, a mechanism without a user, a CA without TLS) stops start-up rather than failing
 * at the first connection with the broker's vaguer error.
 */
export class KafkaSecurityEnv {
  /** SCRAM mechanism; scram-sha-512 (Strimzi's) when a user is given without one. */
  @IsOptional()
  @IsIn(KAFKA_SASL_MECHANISMS, { message: `KAFKA_SASL_MECHANISM must be one of ${KAFKA_SASL_MECHANISMS.join(', ')}` })
  KAFKA_SASL_MECHANISM?: KafkaSaslMechanism;

  @ValidateIf(
    (env: KafkaSecurityEnv) => env.KAFKA_SASL_MECHANISM !== undefined || env.KAFKA_SASL_PASSWORD !== undefined,
  )
  @IsNotEmpty({
    message: 'KAFKA_SASL_USERNAME must be set when KAFKA_SASL_MECHANISM or KAFKA_SASL_PASSWORD is',
  })
  KAFKA_SASL_USERNAME?: string;

  @ValidateIf((env: KafkaSecurityEnv) => env.KAFKA_SASL_USERNAME !== undefined)
  @IsNotEmpty({ message: 'KAFKA_SASL_PASSWORD must be set when KAFKA_SASL_USERNAME is' })
  KAFKA_SASL_PASSWORD?: string;

  /** TLS to the brokers, checked against KAFKA_SSL_CA_FILE, or the system's CAs without it. */
  // The raw string: implicit conversion would read "false" as true.
  @Transform(({ obj, key }) => {
    const raw: unknown = (obj as Record<string, unknown>)[key];
    return raw === 'true' ? true : raw === 'false' ? false : raw;
  })
  @IsBoolean({ message: 'KAFKA_SSL must be true or false' })
  KAFKA_SSL: boolean = false;

  /** A PEM file of the CA that signed the brokers' certificates (Strimzi's cluster CA). */
  @IsOptional()
  @ValidateBy({
    name: 'kafkaCaFile',
    validator: {
      validate: (value: unknown, args) =>
        (args?.object as KafkaSecurityEnv).KAFKA_SSL === true && isReadableFile(value),
      defaultMessage: (args) =>
        (args?.object as KafkaSecurityEnv).KAFKA_SSL === true
          ? 'KAFKA_SSL_CA_FILE must name a readable PEM file'
          : 'KAFKA_SSL_CA_FILE is set but KAFKA_SSL is not true',
    },
  })
  KAFKA_SSL_CA_FILE?: string;
}
