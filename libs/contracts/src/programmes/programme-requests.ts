import { defineRequest } from '../catalogue/define';
import { Topics } from '../catalogue/topics';
import { MergePatchData, NoData } from '../messaging/request-data';
import { BudgetHoldView, ReserveBudgetDto, SettleBudgetDto } from './budget.dto';
import { CreateProgrammeDto, ListProgrammesQueryDto, ProgrammePageView, ProgrammeView } from './programme.dto';

const on = { topic: Topics.applicationRequests } as const;

/** Requests about programmes, answered by the applications service. */
export const ProgrammeRequests = {
  'programmes.create': defineRequest({
    ...on,
    subject: 'the new programme id',
    data: CreateProgrammeDto,
    result: ProgrammeView,
    description: 'An operator creates a programme.',
  }),
  'programmes.update': defineRequest({
    ...on,
    subject: 'programme id',
    data: MergePatchData,
    result: ProgrammeView,
    description: 'An operator changes a programme by merge patch.',
  }),
  'programmes.list': defineRequest({
    ...on,
    subject: 'random (a read)',
    data: ListProgrammesQueryDto,
    result: ProgrammePageView,
    description: 'Browse programmes; the request’s `occurredAt` decides which are open.',
  }),
  'programmes.get': defineRequest({
    ...on,
    subject: 'programme id',
    data: NoData,
    result: ProgrammeView,
    description: 'One programme; operators also see its committed, held and remaining budget.',
  }),
  'programmes.reserve-budget': defineRequest({
    ...on,
    subject: 'programme id (its budget has one writer)',
    data: ReserveBudgetDto,
    result: BudgetHoldView,
    description:
      'Hold part of the budget for an application the committee funds, before the decision is recorded; asking again for the same application gives the same hold.',
  }),
  'programmes.settle-budget': defineRequest({
    ...on,
    subject: 'programme id (its budget has one writer)',
    data: SettleBudgetDto,
    result: BudgetHoldView,
    description:
      'Bring an application’s hold in line with its decision: committed when the decision names it, released when no decision confirmed it within the hold lifetime. Sent by the applications service itself, after a decision and by its sweep.',
    senders: ['applications'],
  }),
};
