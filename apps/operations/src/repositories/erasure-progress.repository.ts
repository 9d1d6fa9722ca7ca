import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { insertOnce } from '@pollen/platform/mongo';
import type { FilterQuery, Model } from 'mongoose';

import {
  confirmationIdOf,
  type ErasureConfirmation,
  type ErasureProgress,
  type ErasureRequest,
} from '../domain/erasure-progress';
import { ERASURE_CONFIRMATION_MODEL } from '../schemas/erasure-confirmation.schema';
import { ERASURE_REQUEST_MODEL } from '../schemas/erasure-request.schema';
import { ErasureProgressStore, type ErasureQuery } from './erasure-progress.store';

type RequestDocument = Omit<ErasureRequest, 'id'> & { _id: string };
type ConfirmationDocument = ErasureConfirmation & { _id: string };

const toRequest = ({ _id, ...fields }: RequestDocument): ErasureRequest => ({ id: _id, ...fields });
const toConfirmation = ({ _id: _, ...fields }: ConfirmationDocument): ErasureConfirmation => fields;

/**
 * The only code that touches erasure_requests and erasure_confirmations. Every document has one
 * writer: the request and each confirmation are inserted once (FerretDB gives no atomic update of
 * a document that several consumers, maybe on several replicas, would change; ADR 0001).
 */
@Injectable()
export class ErasureProgressRepository extends ErasureProgressStore {
  constructor(
    @InjectModel(ERASURE_REQUEST_MODEL) private readonly requests: Model<RequestDocument>,
    @InjectModel(ERASURE_CONFIRMATION_MODEL) private readonly confirmations: Model<ConfirmationDocument>,
  ) {
    super();
  }

  addRequest({ id, ...fields }: ErasureRequest): Promise<boolean> {
    return insertOnce(this.requests, id, fields);
  }

  addConfirmation(confirmation: ErasureConfirmation): Promise<boolean> {
    return insertOnce(this.confirmations, confirmationIdOf(confirmation.erasureId, confirmation.service), confirmation);
  }

  async findById(erasureId: string): Promise<ErasureProgress | null> {
    const request = await this.requests.findById(erasureId).lean<RequestDocument>();
    return request ? (await this.withConfirmations([toRequest(request)]))[0] : null;
  }

  async findByAccount(accountId: string): Promise<ErasureProgress[]> {
    return this.withConfirmations(await this.requestsOf([accountId]));
  }

  async requestsOf(accountIds: string[]): Promise<ErasureRequest[]> {
    if (accountIds.length === 0) return [];
    const documents = await this.requests.find({ accountId: { $in: accountIds } }).lean<RequestDocument[]>();
    return documents.map(toRequest);
  }

  async list(query: ErasureQuery): Promise<ErasureProgress[]> {
    const filter: FilterQuery<RequestDocument> = {};
    if (query.status === 'completed') filter['completedAt'] = { $exists: true };
    if (query.status === 'in-progress') filter['completedAt'] = { $exists: false };
    if (query.after) {
      filter['$or'] = [
        { requestedAt: { $lt: query.after.at } },
        { requestedAt: { $eq: query.after.at }, _id: { $lt: query.after.id } },
      ];
    }
    const documents = await this.requests
      .find(filter)
      .sort({ requestedAt: -1, _id: -1 })
      .limit(query.limit)
      .lean<RequestDocument[]>();
    return this.withConfirmations(documents.map(toRequest));
  }

  /**
   * A plain $set with no version check: it is the only change a request ever gets, and whichever
   * replica sets it sets the same date (derived from the confirmations), so two writers agree.
   */
  async markCompleted(erasureId: string, completedAt: Date): Promise<void> {
    await this.requests.updateOne({ _id: { $eq: erasureId } }, { $set: { completedAt } });
  }

  private async withConfirmations(requests: ErasureRequest[]): Promise<ErasureProgress[]> {
    if (requests.length === 0) return [];
    const documents = await this.confirmations
      .find({ erasureId: { $in: requests.map((request) => request.id) } })
      .lean<ConfirmationDocument[]>();
    const confirmations = documents.map(toConfirmation);
    return requests.map((request) => ({
      request,
      confirmations: confirmations.filter((confirmation) => confirmation.erasureId === request.id),
    }));
  }
}
