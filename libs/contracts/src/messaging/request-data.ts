import { IsObject } from 'class-validator';

/** The data of a request that needs nothing beyond its subject and actor: `{}`, nothing else. */
export class NoData {}

/** A JSON merge patch (RFC 7396); the owning service validates the merged result as a whole. */
export class MergePatchData {
  @IsObject()
  patch: Record<string, unknown>;
}
