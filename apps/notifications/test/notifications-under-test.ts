import { startServiceUnderTest } from '@pollen/testing';

import { AppModule, kafkaOptionsOf } from '../src/app.module';
import { NotificationsConfig } from '../src/config/notifications.config';

/** The notifications service as built, on the real test infrastructure, with `env` over the defaults. */
export const startNotifications = (env: Record<string, string> = {}) =>
  startServiceUnderTest({
    name: 'notifications',
    config: NotificationsConfig,
    kafkaOptions: kafkaOptionsOf,
    module: (config, kafka) => AppModule.register(config, kafka),
    env,
  });
