export * from './service-platform';
export * from './start-service';
export * from './shutdown';
export { onAnswer, type OutgoingAnswer } from './http-adapter';
export { servePagesUnder } from './security-headers';
export { serveSinglePageApp, type SinglePageAppOptions } from './single-page-app';
export { BodyLimit } from './json-body';
export * from './polling-loop';
export { ManagementServer } from './management-server';
