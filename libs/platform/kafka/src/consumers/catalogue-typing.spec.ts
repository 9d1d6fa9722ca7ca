import type { Actor, Topics } from '@pollen/contracts';

import { newEvent } from '../envelopes';
import type { RequestHandlers } from '../request-reply/request-dispatcher';
import type { RequestReplyClient } from '../request-reply/request-reply.client';
import type { EventHandlers } from './event-consumer';

/*
 * The catalogue's promises are compile errors: ts-jest type-checks this file, and an
 * `@ts-expect-error` that no longer meets an error fails it. The runtime checks below run too.
 */
const actor: Actor = { id: 'alice', roles: ['applicant'] };

describe('the message catalogue, as types', () => {
  it('gives an event the data of its type and the source of its topic’s owner', () => {
    const event = newEvent('application.withdrawn', {
      subject: 'app-1',
      aggregateVersion: 4,
      data: { applicationId: 'app-1', programmeId: 'p-1', ownerId: 'alice', reason: 'Changed plans' },
    });
    expect(event).toMatchObject({ type: 'application.withdrawn', source: 'applications', aggregateVersion: 4 });

    newEvent('application.withdrawn', {
      subject: 'app-1',
      aggregateVersion: 4,
      // @ts-expect-error: a withdrawal states its reason
      data: { applicationId: 'app-1', programmeId: 'p-1', ownerId: 'alice' },
    });
    // @ts-expect-error: not an event of the catalogue
    expect(() => newEvent('application.commented', { subject: 'x', aggregateVersion: 1, data: {} })).toThrow();
  });

  it('makes a request consumer handle every request type of its topic, with the declared result', async () => {
    const page = async () => ({ items: [], nextCursor: null });
    const unused = async (): Promise<never> => {
      throw new Error('not asked here');
    };
    const handlers: RequestHandlers<typeof Topics.operationsRequests.name> = {
      'operations.list-dead-letters': page,
      'operations.get-dead-letter': unused,
      'operations.replay-dead-letter': unused,
      'operations.get-erasure': unused,
      'operations.status': unused,
      'operations.application-timeline': unused,
      'operations.list-erasures': unused,
      'operations.export-personal-data': unused,
    };
    await expect(handlers['operations.list-dead-letters']({} as never)).resolves.toEqual({
      items: [],
      nextCursor: null,
    });

    // @ts-expect-error: the request types of the topic have no handler
    const missing: RequestHandlers<typeof Topics.operationsRequests.name> = {};
    const wrongResult: RequestHandlers<typeof Topics.operationsRequests.name> = {
      // @ts-expect-error: the result must be a DeadLetterPageView
      'operations.list-dead-letters': async () => ({ templates: [] }),
      'operations.get-dead-letter': unused,
      'operations.replay-dead-letter': unused,
      'operations.get-erasure': unused,
      'operations.status': unused,
      'operations.application-timeline': unused,
      'operations.list-erasures': unused,
      'operations.export-personal-data': unused,
    };
    const foreign: RequestHandlers<typeof Topics.operationsRequests.name> = {
      'operations.list-dead-letters': page,
      'operations.get-dead-letter': unused,
      'operations.replay-dead-letter': unused,
      'operations.get-erasure': unused,
      'operations.status': unused,
      'operations.application-timeline': unused,
      'operations.list-erasures': unused,
      'operations.export-personal-data': unused,
      // @ts-expect-error: another service's request type
      'applications.get': async () => ({}),
    };
    const all = Object.keys(handlers).length;
    expect([missing, wrongResult, foreign].map((table) => Object.keys(table).length)).toEqual([0, all, all + 1]);
  });

  it('types an event handler by the event it receives', () => {
    const handlers: EventHandlers<typeof Topics.applicationEvents.name> = {
      'application.decided': async (event) => {
        const decision: 'funded' | 'declined' = event.data.decision;
        expect(decision).toBeDefined();
      },
      // @ts-expect-error: screening results have no `decision`
      'application.screened': async (event) => void event.data.decision,
    };
    expect(Object.keys(handlers)).toEqual(['application.decided', 'application.screened']);
  });

  it('types the gateway’s calls: the data and the result follow the request type', async () => {
    const calls = (client: RequestReplyClient) => ({
      submitted: client.request('applications.submit', { subject: 'app-1', data: {}, actor, locale: 'fr' }),
      // @ts-expect-error: a merge patch needs `patch`
      badData: client.request('applications.update-draft', { subject: 'app-1', data: {}, actor, locale: 'fr' }),
      badResult: async () => {
        const page = await client.request('programmes.list', { subject: 'r', data: {}, actor, locale: 'fr' });
        // @ts-expect-error: a page of programmes has no `status`
        return page.status;
      },
    });
    const sent: string[] = [];
    const client = {
      request: async (type: string) => {
        sent.push(type);
        return { items: [], nextCursor: null };
      },
    } as unknown as RequestReplyClient;
    const made = calls(client);
    await Promise.all([made.submitted, made.badData, made.badResult()]);
    expect(sent).toEqual(['applications.submit', 'applications.update-draft', 'programmes.list']);
  });
});
