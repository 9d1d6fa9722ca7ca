import { defineRequest } from '../catalogue/define';
import { Topics } from '../catalogue/topics';
import { NoData } from '../messaging/request-data';
import { DeadLetterPageView, DeadLetterView, ListDeadLettersQueryDto } from './dead-letter.view';
import { StatusView } from './status.view';
import { TimelinePageView, TimelineQueryDto } from './timeline.view';

const on = { topic: Topics.operationsRequests } as const;

/** Requests the operations service answers (operators only). */
export const OperationsRequests = {
  'operations.list-dead-letters': defineRequest({
    ...on,
    subject: 'random (a read)',
    data: ListDeadLettersQueryDto,
    result: DeadLetterPageView,
    description: 'Dead letters, newest first, filtered by original topic, type and state, in pages.',
  }),
  'operations.get-dead-letter': defineRequest({
    ...on,
    subject: 'dead-letter id',
    data: NoData,
    result: DeadLetterView,
    description: 'One dead letter, with its original message and its replays.',
  }),
  'operations.status': defineRequest({
    ...on,
    subject: 'random (a read)',
    data: NoData,
    result: StatusView,
    description:
      "Every service's instances (from their heartbeats), every consumer group's lag (from Kafka's admin API) and the dead letters by state.",
  }),
  'operations.application-timeline': defineRequest({
    ...on,
    subject: 'application id',
    data: TimelineQueryDto,
    result: TimelinePageView,
    description:
      'Every event about one application from every service, oldest first, with correlation and trace ids, in pages.',
  }),
  'operations.replay-dead-letter': defineRequest({
    ...on,
    subject: 'dead-letter id',
    data: NoData,
    result: DeadLetterView,
    description: 'Asks the service that dead-lettered an event to run it again (`ops.replay-requested`).',
  }),
};
