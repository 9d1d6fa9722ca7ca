import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { insertOnce } from '@pollen/platform/mongo';
import type { Model } from 'mongoose';

import type { RefreshSession } from '../domain/account';
import { REFRESH_SESSION_MODEL } from '../schemas/refresh-session.schema';
import { REFRESH_TOKEN_USE_MODEL } from '../schemas/refresh-token-use.schema';
import { SessionStore } from './account.store';

interface SessionDocument extends Omit<RefreshSession, 'tokenHash' | 'sessionEndsAt'> {
  _id: string;
  sessionEndsAt?: Date;
}

interface TokenUseDocument {
  _id: string;
  familyId: string;
  usedAt: Date;
}

/** The only code that touches the refresh_sessions and refresh_token_uses collections. */
@Injectable()
export class SessionRepository extends SessionStore {
  constructor(
    @InjectModel(REFRESH_SESSION_MODEL) private readonly model: Model<SessionDocument>,
    @InjectModel(REFRESH_TOKEN_USE_MODEL) private readonly uses: Model<TokenUseDocument>,
  ) {
    super();
  }

  async insert(session: RefreshSession): Promise<void> {
    const { tokenHash, ...fields } = session;
    await this.model.create({ _id: tokenHash, ...fields });
  }

  async findByHash(tokenHash: string): Promise<RefreshSession | null> {
    const document = await this.model.findById(tokenHash).lean();
    // A token from before sessions had an absolute end cannot say when its session began.
    if (!document?.sessionEndsAt) return null;
    const { _id, sessionEndsAt, ...fields } = document;
    return { tokenHash: _id, sessionEndsAt, ...fields };
  }

  markUsed(session: RefreshSession, at: Date): Promise<boolean> {
    return insertOnce(this.uses, session.tokenHash, { familyId: session.familyId, usedAt: at });
  }

  async revokeFamily(familyId: string, at: Date): Promise<void> {
    await this.model.updateMany({ familyId, revokedAt: { $exists: false } }, { $set: { revokedAt: at } });
  }

  async isFamilyRevoked(familyId: string): Promise<boolean> {
    return (await this.model.exists({ familyId, revokedAt: { $exists: true } })) !== null;
  }

  async revokeAccount(accountId: string, at: Date): Promise<void> {
    await this.model.updateMany(
      { accountId: { $eq: accountId }, revokedAt: { $exists: false } },
      { $set: { revokedAt: at } },
    );
  }

  async ofAccount(accountId: string): Promise<RefreshSession[]> {
    const documents = await this.model.find({ accountId: { $eq: accountId } }).lean();
    const issuedAt = (session: RefreshSession) => (session.createdAt ?? session.expiresAt).getTime();
    return documents
      .map(({ _id, sessionEndsAt, ...fields }) => ({
        tokenHash: _id,
        sessionEndsAt: sessionEndsAt ?? fields.expiresAt,
        ...fields,
      }))
      .sort((a, b) => issuedAt(a) - issuedAt(b));
  }

  async eraseAccount(accountId: string): Promise<{ sessions: number; uses: number }> {
    const families = await this.model.distinct('familyId', { accountId: { $eq: accountId } });
    // Uses first: a crash in between leaves the sessions, which the next run finds again.
    const uses = families.length > 0 ? (await this.uses.deleteMany({ familyId: { $in: families } })).deletedCount : 0;
    const sessions = (await this.model.deleteMany({ accountId: { $eq: accountId } })).deletedCount;
    return { sessions, uses };
  }
}
