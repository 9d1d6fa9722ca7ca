export * from './load-config';
export * from './service-env';
export * from './config.module';
