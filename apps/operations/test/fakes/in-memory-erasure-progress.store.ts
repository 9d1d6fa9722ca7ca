import {
  confirmationIdOf,
  type ErasureConfirmation,
  type ErasureProgress,
  type ErasureRequest,
} from '../../src/domain/erasure-progress';
import { ErasureProgressStore, type ErasureQuery } from '../../src/repositories/erasure-progress.store';

/** The erasure port in memory, for unit tests. */
export class InMemoryErasureProgressStore extends ErasureProgressStore {
  readonly requests = new Map<string, ErasureRequest>();
  readonly confirmations = new Map<string, ErasureConfirmation>();

  async addRequest(request: ErasureRequest): Promise<boolean> {
    if (this.requests.has(request.id)) return false;
    this.requests.set(request.id, structuredClone(request));
    return true;
  }

  async addConfirmation(confirmation: ErasureConfirmation): Promise<boolean> {
    const id = confirmationIdOf(confirmation.erasureId, confirmation.service);
    if (this.confirmations.has(id)) return false;
    this.confirmations.set(id, structuredClone(confirmation));
    return true;
  }

  async findById(erasureId: string): Promise<ErasureProgress | null> {
    const request = this.requests.get(erasureId);
    return request ? this.progressOf(request) : null;
  }

  async findByAccount(accountId: string): Promise<ErasureProgress[]> {
    return (await this.requestsOf([accountId])).map((request) => this.progressOf(request));
  }

  async requestsOf(accountIds: string[]): Promise<ErasureRequest[]> {
    return [...this.requests.values()]
      .filter((request) => accountIds.includes(request.accountId))
      .map((request) => structuredClone(request));
  }

  async list(query: ErasureQuery): Promise<ErasureProgress[]> {
    const at = (request: ErasureRequest) => request.requestedAt.getTime();
    const after = query.after;
    return [...this.requests.values()]
      .filter((request) => !query.status || (query.status === 'completed') === (request.completedAt !== undefined))
      .filter(
        (request) =>
          !after || at(request) < after.at.getTime() || (at(request) === after.at.getTime() && request.id < after.id),
      )
      .sort((a, b) => at(b) - at(a) || (a.id < b.id ? 1 : -1))
      .slice(0, query.limit)
      .map((request) => this.progressOf(request));
  }

  async markCompleted(erasureId: string, completedAt: Date): Promise<void> {
    const request = this.requests.get(erasureId);
    if (request) request.completedAt = completedAt;
  }

  private progressOf(request: ErasureRequest): ErasureProgress {
    return {
      request: structuredClone(request),
      confirmations: [...this.confirmations.values()]
        .filter((confirmation) => confirmation.erasureId === request.id)
        .map((confirmation) => structuredClone(confirmation)),
    };
  }
}
