export * from './problem-details';
export * from './problem-details.filter';
export * from './validation';
export * from './http-metrics';
export * from './http-types';
export * from './locale';
export * from './field-messages';
export * from './merge-patch';
