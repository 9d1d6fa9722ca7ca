import type { ErasureCompletedData, ErasureRequestedData, ServiceName } from '@pollen/contracts';

/** account-1 asked on 1 March 2026 to be forgotten. */
export function anErasureRequest(overrides: Partial<ErasureRequestedData> = {}): ErasureRequestedData {
  return {
    accountId: 'account-1',
    erasureId: 'erasure-1',
    role: 'applicant',
    receiptHash: 'a'.repeat(64),
    requestedAt: '2026-03-01T10:00:00.000Z',
    ...overrides,
  };
}

/** `service` confirms erasure-1: one kind of record deleted, nothing kept. */
export function aConfirmation(
  service: ServiceName,
  overrides: Partial<ErasureCompletedData> = {},
): ErasureCompletedData {
  return {
    erasureId: 'erasure-1',
    service,
    erased: [{ what: `${service} records`, count: 2, how: 'deleted' }],
    kept: [],
    ...overrides,
  };
}
