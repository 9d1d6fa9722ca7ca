export * from './aggregate';
export * from './aggregate.repository';
export * from './run-command';
