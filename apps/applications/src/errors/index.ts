export * from './access.errors';
export * from './application.errors';
export * from './programme.errors';
