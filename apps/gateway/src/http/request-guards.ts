import { DomainException, ErrorCode } from '@pollen/contracts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export const isUuid = (id: string): boolean => UUID.test(id);

/** Ids are UUIDs; anything else cannot exist, so it is a 404 without asking the service. */
export function assertUuid(id: string, what: string): void {
  if (!isUuid(id)) throw new DomainException(ErrorCode.NotFound, `No ${what} ${id}`);
}

/** A merge patch must be a JSON object; its result is validated by the owning service. */
export function mergePatchBody(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw DomainException.validation([{ field: '', code: 'isObject', message: 'A merge patch must be a JSON object' }]);
  }
  return body as Record<string, unknown>;
}
