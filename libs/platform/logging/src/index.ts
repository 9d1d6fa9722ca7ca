export * from './correlation';
export * from './logger-options';
export * from './correlation.middleware';
export * from './logging.module';
