export * from './eventually';
export * from './test-infrastructure';
export * from './kafka-probe';
export * from './service-harness';
export * from './service-process';
export * from './factories/application-drafted.factory';
export * from './service-under-test';
export * from './in-memory-aggregate.store';
