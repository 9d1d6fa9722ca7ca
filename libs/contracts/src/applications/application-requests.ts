import type { CreateApplicationDraftDto } from './create-application-draft.dto';

/** Request types the applications service answers about applications (topic `Topics.applicationRequests`). */
export const ApplicationRequestTypes = {
  createDraft: 'applications.create-draft',
  get: 'applications.get',
  list: 'applications.list',
  updateDraft: 'applications.update-draft',
  submit: 'applications.submit',
  withdraw: 'applications.withdraw',
  decide: 'applications.decide',
} as const;

export type CreateDraftRequestData = CreateApplicationDraftDto;

/** A JSON merge patch of a draft, with the versions `If-Match` accepts (absent for `*`). */
export interface UpdateDraftRequestData {
  patch: Record<string, unknown>;
  expectedVersions?: number[];
}
