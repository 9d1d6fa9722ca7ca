export * from './metrics';
export * from './readiness.registry';
export * from './health.module';
