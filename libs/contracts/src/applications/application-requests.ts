import type { CreateApplicationDraftDto } from './create-application-draft.dto';

/** Request types the applications service answers (topic `Topics.applicationRequests`). */
export const ApplicationRequestTypes = {
  createDraft: 'applications.create-draft',
  get: 'applications.get',
} as const;

export type CreateDraftRequestData = CreateApplicationDraftDto;
export interface GetApplicationRequestData {
  applicationId: string;
}
