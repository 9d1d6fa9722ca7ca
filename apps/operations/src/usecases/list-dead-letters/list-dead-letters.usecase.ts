import { Injectable } from '@nestjs/common';
import { type Actor, assertOperator, type DeadLetterPageView, type ListDeadLettersQueryDto } from '@pollen/contracts';

import { toDeadLetterView } from '../../domain/dead-letter';
import { DeadLetterStore } from '../../repositories/dead-letter.store';

export interface ListDeadLettersCommand extends ListDeadLettersQueryDto {
  actor: Actor;
}

const DEFAULT_LIMIT = 20;

const encodeCursor = (createdAt: Date, id: string): string =>
  Buffer.from(JSON.stringify([new Date(createdAt).toISOString(), id])).toString('base64url');

function decodeCursor(cursor: string | undefined): { createdAt: Date; id: string } | undefined {
  if (!cursor) return undefined;
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    const createdAt = new Date(at);
    return typeof id === 'string' && !Number.isNaN(createdAt.getTime()) ? { createdAt, id } : undefined;
  } catch {
    return undefined;
  }
}

/** Dead letters, newest first, filtered, in pages of `limit` with an opaque cursor. */
@Injectable()
export class ListDeadLetters {
  constructor(private readonly deadLetters: DeadLetterStore) {}

  async execute(command: ListDeadLettersCommand): Promise<DeadLetterPageView> {
    assertOperator(command.actor);
    const limit = command.limit ?? DEFAULT_LIMIT;
    const found = await this.deadLetters.list({
      topic: command.topic,
      type: command.type,
      state: command.state,
      after: decodeCursor(command.cursor),
      limit: limit + 1,
    });
    const items = found.slice(0, limit);
    const last = items.at(-1);
    return {
      items: items.map(toDeadLetterView),
      nextCursor: found.length > limit && last ? encodeCursor(last.createdAt, last.id) : null,
    };
  }
}
