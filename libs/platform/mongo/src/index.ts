export * from './keyed-mutex';
export * from './outbox';
export * from './outbox-relay';
export * from './mongo.module';
export * from './aggregate';
export * from './within';
export * from './page-cursor';
export * from './account-locales';
