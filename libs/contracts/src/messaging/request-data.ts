import { ArrayMaxSize, IsArray, IsInt, IsObject, IsOptional, Min } from 'class-validator';

import { all } from '../validation/compose';

/** The data of a request that needs nothing beyond its subject and actor: `{}`, nothing else. */
export class NoData {}

/** A JSON merge patch (RFC 7396); the owning service validates the merged result as a whole. */
export class MergePatchData {
  @IsObject()
  patch: Record<string, unknown>;
}

/**
 * The versions `If-Match` accepts, as the gateway read them (absent for `*`): at most 20, each at
 * least `lowest` (an aggregate's first version).
 */
export const ExpectedVersions = (lowest: number): PropertyDecorator =>
  all(IsOptional(), IsArray(), ArrayMaxSize(20), IsInt({ each: true }), Min(lowest, { each: true }));
