export * from './schema-types';
export * from './json-schema';
