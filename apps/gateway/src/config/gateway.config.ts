import { IsInt, Max, Min } from 'class-validator';
import { ServiceEnv } from '@pollen/platform/config';

/** The gateway's environment (see ServiceEnv for the shared variables). */
export class GatewayConfig extends ServiceEnv {
  override PORT = 3000;
  override MONGODB_DATABASE = 'pollen-gateway';

  /** How long a request waits for the owning service before answering 503 with Retry-After. */
  @IsInt()
  @Min(100)
  @Max(60_000)
  // The explicit type matters: decorator metadata, hence env conversion, comes from it.
  REQUEST_TIMEOUT_MS: number = 5000;
}
