import type { Actor, ApplicationView } from '@pollen/contracts';

import { CreateApplicationDraft } from '../../src/usecases/create-application-draft/create-application-draft.usecase';
import { DecideApplication } from '../../src/usecases/decide-application/decide-application.usecase';
import { ListApplications } from '../../src/usecases/list-applications/list-applications.usecase';
import { SubmitApplication } from '../../src/usecases/submit-application/submit-application.usecase';
import { UpdateDraft } from '../../src/usecases/update-draft/update-draft.usecase';
import { WithdrawApplication } from '../../src/usecases/withdraw-application/withdraw-application.usecase';
import { aCompleteDraft, aProgramme } from '../factories/programme.factory';
import { InMemoryApplicationStore } from './in-memory-application.store';
import { InMemoryProgrammeStore } from './in-memory-programme.store';

export const alice: Actor = { id: 'alice', roles: ['applicant'] };
export const bob: Actor = { id: 'bob', roles: ['applicant'] };
export const operator: Actor = { id: 'ops', roles: ['operator'] };

let requests = 0;
export const nextRequestId = () => `req-${++requests}`;

/** The use cases of the applicant journey over in-memory stores, with one open programme. */
export async function journey() {
  const store = new InMemoryApplicationStore();
  const programmes = new InMemoryProgrammeStore();
  await programmes.insert(aProgramme(), []);
  const sut = {
    store,
    programmes,
    create: new CreateApplicationDraft(store, programmes),
    update: new UpdateDraft(store),
    submit: new SubmitApplication(store, programmes),
    withdraw: new WithdrawApplication(store),
    decide: new DecideApplication(store),
    list: new ListApplications(store),
    /** A complete draft of `actor`'s, ready to submit. */
    async completeDraft(actor: Actor = alice, id = `app-${requests + 1}`): Promise<ApplicationView> {
      const { organisation, project, request } = aCompleteDraft();
      return sut.create.execute({
        applicationId: id,
        requestId: nextRequestId(),
        actor,
        draft: { programmeId: 'programme-1', organisation, project, request },
        acceptedAt: new Date(),
      });
    },
    submitNow(view: ApplicationView, actor: Actor = alice, locale: 'fr' | 'en' = 'en') {
      return sut.submit.execute({
        applicationId: view.id,
        requestId: nextRequestId(),
        actor,
        acceptedAt: new Date(),
        locale,
      });
    },
  };
  return sut;
}
