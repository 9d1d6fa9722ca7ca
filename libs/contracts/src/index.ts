// class-transformer's @Type reads decorator metadata: load the polyfill before any DTO.
import 'reflect-metadata';
export * from './messaging/envelope';
export * from './messaging/request-reply';
export * from './messaging/topics';
export * from './errors/error-code';
export * from './errors/domain.exception';
export * from './validation/siren';
export * from './applications/codes';
export * from './applications/create-application-draft.dto';
export * from './applications/application.view';
export * from './applications/application-requests';
export * from './applications/application-events';
export * from './notifications/codes';
export * from './notifications/notification.view';
export * from './notifications/notification-requests';
export * from './legal-templates/codes';
export * from './legal-templates/legal-template-summary.view';
export * from './legal-templates/legal-template-requests';
