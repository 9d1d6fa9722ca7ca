import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { EventEnvelope } from '@pollen/contracts';
import { isDuplicateKeyError, outboxPush, OutboxRelay, type WithOutbox } from '@pollen/platform/mongo';
import type { Model } from 'mongoose';
import type { Account } from '../domain/account';
import { ACCOUNT_MODEL } from '../schemas/account.schema';
import { AccountStore, EmailTaken } from './account.store';

interface AccountDocument extends Omit<Account, 'id'>, WithOutbox {
  _id: string;
}

const PUBLIC_FIELDS = { outbox: 0, hasOutbox: 0, updatedAt: 0 };

/** The only code that touches the accounts collection. */
@Injectable()
export class AccountRepository extends AccountStore implements OnModuleInit {
  constructor(
    @InjectModel(ACCOUNT_MODEL) private readonly model: Model<AccountDocument>,
    private readonly relay: OutboxRelay,
  ) {
    super();
  }

  onModuleInit(): void {
    this.relay.register(this.model);
  }

  async findById(id: string): Promise<Account | null> {
    return toAccount(await this.model.findById(id, PUBLIC_FIELDS).lean());
  }

  async findByEmail(email: string): Promise<Account | null> {
    return toAccount(await this.model.findOne({ email: { $eq: email } }, PUBLIC_FIELDS).lean());
  }

  async insert(account: Account, events: EventEnvelope[]): Promise<void> {
    const { id, ...fields } = account;
    const { $push, $set } = outboxPush(events);
    try {
      await this.model.create({ _id: id, ...fields, outbox: $push.outbox.$each, ...$set });
    } catch (error) {
      if (isDuplicateKeyError(error)) throw new EmailTaken();
      throw error;
    }
    this.relay.kick();
  }
}

function toAccount(document: (Partial<AccountDocument> & { _id: string }) | null): Account | null {
  if (!document) return null;
  const { _id, outbox: _outbox, hasOutbox: _hasOutbox, ...fields } = document;
  return { id: _id, ...(fields as Omit<Account, 'id'>) };
}
