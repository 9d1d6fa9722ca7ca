import type { Actor } from '@pollen/contracts';

export interface GetApplicationQuery {
  applicationId: string;
  actor: Actor;
}
