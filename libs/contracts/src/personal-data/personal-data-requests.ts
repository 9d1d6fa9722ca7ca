import { defineRequest, type TopicDefinition } from '../catalogue/define';
import { Topics } from '../catalogue/topics';
import { NoData } from '../messaging/request-data';
import { ErasurePageView, ErasureReceiptRequest, ErasureView, ListErasuresQueryDto } from './erasure.view';
import { PersonalDataSectionsView } from './export.view';

const exportOn = <const TTopic extends TopicDefinition>(topic: TTopic) =>
  defineRequest({
    topic,
    subject: 'the account id (the actor)',
    data: NoData,
    result: PersonalDataSectionsView,
    description: `Everything ${topic.owner} holds about the asking account, for its RGPD export (art. 15 and 20).`,
  });

/**
 * Each service that answers requests says what it holds about a person; the gateway asks every one
 * of these (a new service adds its line here, and the export asks it) and adds its own part.
 */
export const ExportRequests = {
  'applications.export-personal-data': exportOn(Topics.applicationRequests),
  'matching.export-personal-data': exportOn(Topics.matchingRequests),
  'legal-templates.export-personal-data': exportOn(Topics.legalTemplateRequests),
  'notifications.export-personal-data': exportOn(Topics.notificationRequests),
  'operations.export-personal-data': exportOn(Topics.operationsRequests),
};

/** Erasure progress, which the operations service owns. */
export const ErasureRequests = {
  'operations.get-erasure': defineRequest({
    topic: Topics.operationsRequests,
    subject: 'erasure id',
    data: ErasureReceiptRequest,
    result: ErasureView,
    description: "An erasure's progress, for the holder of its receipt (the account is gone: no actor).",
  }),
  'operations.list-erasures': defineRequest({
    topic: Topics.operationsRequests,
    subject: 'random (a read)',
    data: ListErasuresQueryDto,
    result: ErasurePageView,
    description: 'Erasures, newest first, optionally by status (operators only).',
  }),
};
