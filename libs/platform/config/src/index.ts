export * from './load-config';
export * from './local-default';
export * from './service-env';
export * from './config.module';
