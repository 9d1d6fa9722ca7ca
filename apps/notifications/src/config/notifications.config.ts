import { servicePort } from '@pollen/contracts';
import { ServiceEnv } from '@pollen/platform/config';

/** The notifications service's environment (see ServiceEnv for the shared variables). */
export class NotificationsConfig extends ServiceEnv {
  override PORT = servicePort('notifications');
  override MONGODB_DATABASE = 'pollen-notifications';
}
