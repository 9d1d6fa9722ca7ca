export * from './service-platform';
export * from './start-service';
export * from './shutdown';
export { onAnswer, type OutgoingAnswer } from './http-adapter';
export { servePagesUnder } from './security-headers';
export { BodyLimit } from './json-body';
export * from './polling-loop';
export { ManagementServer } from './management-server';
