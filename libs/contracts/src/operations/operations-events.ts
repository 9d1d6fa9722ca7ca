import { defineEvent } from '../catalogue/define';
import { Topics } from '../catalogue/topics';
import { ReplayRequestedData } from './replay';

const on = {
  topic: Topics.replayRequests,
  aggregate: { name: 'DeadLetter', idField: 'key', owner: 'operations' },
} as const;

/** Events of the operations service. */
export const OperationsEvents = {
  'ops.replay-requested': defineEvent({
    ...on,
    data: ReplayRequestedData,
    emittedBy: ['operations.replay-dead-letter'],
    description:
      'An operator asked to replay an event dead letter; the service that dead-lettered it runs it again, with the same envelope id, and answers `ops.replay-completed` on its dead-letter topic.',
  }),
};
