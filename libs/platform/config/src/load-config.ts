// Decorator metadata must exist before a decorated class is defined; config classes come first.
import 'reflect-metadata';

import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';

import { refusedLocalDefaults } from './local-default';

/** A config class may check rules that span variables (e.g. one limit below another). */
export interface CrossChecked {
  crossCheck(): string[];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const describe = (error: ValidationError): string => {
  const value = /SECRET|PASSWORD|URI|TOKEN|KEY/i.test(error.property) ? '[hidden]' : JSON.stringify(error.value);
  return `${error.property}=${value}: ${Object.values(error.constraints ?? {}).join('; ')}`;
};

/**
 * Reads the environment once, at boot, into a validated and typed object. A bad or missing value,
 * or a local default (`@LocalDefault`) outside development and test, stops the process with a
 * message naming every offending variable.
 */
export function loadConfig<T extends object>(schema: new () => T, env: NodeJS.ProcessEnv): T {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const config = plainToInstance(schema, present, { enableImplicitConversion: true, exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: true, forbidUnknownValues: true });
  if (errors.length > 0) throw new ConfigError(errors.map(describe));
  const refused = [
    ...refusedLocalDefaults(schema, config, present['NODE_ENV']),
    ...((config as Partial<CrossChecked>).crossCheck?.() ?? []),
  ];
  if (refused.length > 0) throw new ConfigError(refused);
  return config;
}
