import { SetMetadata } from '@nestjs/common';
import type { Role } from '@pollen/contracts';

export const PUBLIC_ROUTE = 'pollen:public';
export const ALLOWED_ROLES = 'pollen:roles';

/** Opts a route out of authentication. Everything else needs a valid access token. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_ROUTE, true);

/** The roles allowed on a route (or every route of a controller). Without it: any signed-in role. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ALLOWED_ROLES, roles);
