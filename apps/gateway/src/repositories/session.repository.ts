import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { KeyedMutex } from '@pollen/platform/mongo';
import type { Model } from 'mongoose';

import type { RefreshSession } from '../domain/account';
import { REFRESH_SESSION_MODEL } from '../schemas/refresh-session.schema';
import { SessionStore } from './account.store';

interface SessionDocument extends Omit<RefreshSession, 'tokenHash'> {
  _id: string;
}

/** The only code that touches the refresh_sessions collection. */
@Injectable()
export class SessionRepository extends SessionStore {
  constructor(
    @InjectModel(REFRESH_SESSION_MODEL) private readonly model: Model<SessionDocument>,
    private readonly mutex: KeyedMutex,
  ) {
    super();
  }

  async insert(session: RefreshSession): Promise<void> {
    const { tokenHash, ...fields } = session;
    await this.model.create({ _id: tokenHash, ...fields });
  }

  async findByHash(tokenHash: string): Promise<RefreshSession | null> {
    const document = await this.model.findById(tokenHash).lean();
    if (!document) return null;
    const { _id, ...fields } = document;
    return { tokenHash: _id, ...fields };
  }

  async revoke(tokenHash: string, at: Date): Promise<boolean> {
    // A compare-and-set: atomic on MongoDB; on FerretDB the lock makes it so within one gateway.
    const result = await this.mutex.run(tokenHash, () =>
      this.model.updateOne({ _id: tokenHash, revokedAt: { $exists: false } }, { $set: { revokedAt: at } }),
    );
    return result.modifiedCount === 1;
  }

  async revokeFamily(familyId: string, at: Date): Promise<void> {
    await this.model.updateMany({ familyId, revokedAt: { $exists: false } }, { $set: { revokedAt: at } });
  }
}
