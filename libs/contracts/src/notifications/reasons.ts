import { ErrorCode } from '../errors/error-code';
import { defineReasons } from '../errors/reason';

export const NotificationReasons = defineReasons({
  'notification.not-found': {
    error: ErrorCode.NotFound,
    en: 'No such notification in your inbox.',
    fr: 'Cette notification ne figure pas dans votre boîte de réception.',
  },
  'webhook.not-found': {
    error: ErrorCode.NotFound,
    en: 'No such webhook endpoint among yours.',
    fr: 'Ce point de terminaison de webhook ne fait pas partie des vôtres.',
  },
  'webhook.investors-and-operators-only': {
    error: ErrorCode.Forbidden,
    en: 'Only investors and operators may register webhooks.',
    fr: 'Seuls les investisseurs et les opérateurs peuvent enregistrer des webhooks.',
  },
  'webhook.too-many': {
    error: ErrorCode.Conflict,
    en: 'You already have the most webhook endpoints an account may have (10); delete one first.',
    fr: 'Vous avez déjà le nombre maximal de webhooks par compte (10) ; supprimez-en un d’abord.',
  },
  'webhook.https-required': {
    error: ErrorCode.ValidationFailed,
    en: 'A webhook URL must use https.',
    fr: 'L’URL d’un webhook doit utiliser https.',
  },
  'webhook.url-refused': {
    error: ErrorCode.ValidationFailed,
    en: 'This URL cannot receive webhooks: its host does not resolve to a public address.',
    fr: 'Cette URL ne peut pas recevoir de webhooks : son hôte ne correspond pas à une adresse publique.',
  },
});
