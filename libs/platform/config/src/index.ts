export * from './load-config';
export * from './local-default';
export * from './kafka-security-env';
export * from './service-env';
export * from './config.module';
export * from './actor-keys';
