export * from './application.errors';
export * from './programme.errors';
