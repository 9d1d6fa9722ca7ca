import { readFileSync } from 'node:fs';

import type { KafkaSaslMechanism, KafkaSecurityEnv } from '@pollen/platform/config';
import type { KafkaConfig } from 'kafkajs';

/** Who a client is to Kafka and how it checks the broker (KafkaSecurityEnv, validated). */
export interface KafkaSecurity {
  sasl?: { mechanism: KafkaSaslMechanism; username: string; password: string };
  /** TLS to the brokers; `ca` (PEM) replaces the system's CAs, as a private cluster CA needs. */
  tls?: { ca?: string };
}

/** From a validated KafkaSecurityEnv; reads the CA file now, so a missing one fails at start. */
export function kafkaSecurityOf(env: KafkaSecurityEnv): KafkaSecurity {
  return {
    ...(env.KAFKA_SASL_USERNAME && env.KAFKA_SASL_PASSWORD
      ? {
          sasl: {
            mechanism: env.KAFKA_SASL_MECHANISM ?? 'scram-sha-512',
            username: env.KAFKA_SASL_USERNAME,
            password: env.KAFKA_SASL_PASSWORD,
          },
        }
      : {}),
    ...(env.KAFKA_SSL ? { tls: env.KAFKA_SSL_CA_FILE ? { ca: readFileSync(env.KAFKA_SSL_CA_FILE, 'utf8') } : {} } : {}),
  };
}

/**
 * kafkajs' part of a KafkaSecurity: what kafkaClientConfig adds for a service, and what every
 * other client of the repository (test probes, tools/infra's ACL setup) adds, so all of them
 * log in the same way.
 */
export function kafkaSecurityConfig(security: KafkaSecurity | undefined): Pick<KafkaConfig, 'sasl' | 'ssl'> {
  const config: Pick<KafkaConfig, 'sasl' | 'ssl'> = {};
  if (security?.sasl) {
    const { mechanism, username, password } = security.sasl;
    // kafkajs types each mechanism apart: narrow the union to one of them.
    config.sasl = mechanism === 'scram-sha-256' ? { mechanism, username, password } : { mechanism, username, password };
  }
  if (security?.tls) config.ssl = security.tls.ca ? { ca: [security.tls.ca] } : true;
  return config;
}
