import { defineRequest } from '../catalogue/define';
import { Topics } from '../catalogue/topics';
import { MergePatchData, NoData } from '../messaging/request-data';
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
    description: 'One programme.',
  }),
};
