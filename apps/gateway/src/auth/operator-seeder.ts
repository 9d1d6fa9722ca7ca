import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';

import { GatewayConfig } from '../config/gateway.config';
import { SeedOperator } from '../usecases';

@Injectable()
export class OperatorSeeder implements OnApplicationBootstrap {
  constructor(
    private readonly seed: SeedOperator,
    private readonly config: GatewayConfig,
  ) {}

  onApplicationBootstrap(): Promise<void> {
    return this.seed.execute({
      email: this.config.POLLEN_OPERATOR_EMAIL,
      password: this.config.POLLEN_OPERATOR_PASSWORD,
    });
  }
}
