export * from './metrics';
export * from './readiness.registry';
export * from './health.controller';
export * from './health.module';
