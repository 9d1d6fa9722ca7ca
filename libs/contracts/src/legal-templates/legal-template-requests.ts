import { defineRequest } from '../catalogue/define';
import { Topics } from '../catalogue/topics';
import { NoData } from '../messaging/request-data';
import { LegalTemplateListView } from './legal-template-summary.view';

/** Requests the legal-templates service answers. */
export const LegalTemplateRequests = {
  'legal-templates.list': defineRequest({
    topic: Topics.legalTemplateRequests,
    subject: 'the actor’s account id',
    data: NoData,
    result: LegalTemplateListView,
    description: 'Every published template version.',
  }),
};
