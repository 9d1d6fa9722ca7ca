import type { Actor, ApplicationView } from '@pollen/contracts';

import { ApplicationsConfig } from '../../src/config/applications.config';
import { ChangeConsents } from '../../src/usecases/change-consents/change-consents.usecase';
import { CreateApplicationDraft } from '../../src/usecases/create-application-draft/create-application-draft.usecase';
import { DecideApplication } from '../../src/usecases/decide-application/decide-application.usecase';
import { GetProgramme } from '../../src/usecases/get-programme/get-programme.usecase';
import { ListApplications } from '../../src/usecases/list-applications/list-applications.usecase';
import { ReserveBudget } from '../../src/usecases/reserve-budget/reserve-budget.usecase';
import { SettleBudget } from '../../src/usecases/settle-budget/settle-budget.usecase';
import { StartDiscussion } from '../../src/usecases/start-discussion/start-discussion.usecase';
import { SubmitApplication } from '../../src/usecases/submit-application/submit-application.usecase';
import { SweepBudgetHolds } from '../../src/usecases/sweep-budget-holds/sweep-budget-holds.usecase';
import { UpdateDraft } from '../../src/usecases/update-draft/update-draft.usecase';
import { UpdateProgramme } from '../../src/usecases/update-programme/update-programme.usecase';
import { WithdrawApplication } from '../../src/usecases/withdraw-application/withdraw-application.usecase';
import { aCompleteDraft, aProgramme } from '../factories/programme.factory';
import { InMemoryApplicationStore } from './in-memory-application.store';
import { InMemoryProgrammeStore } from './in-memory-programme.store';
import { RecordingBudgetSettler } from './recording-budget-settler';

export const alice: Actor = { id: 'alice', roles: ['applicant'] };
export const bob: Actor = { id: 'bob', roles: ['applicant'] };
export const operator: Actor = { id: 'ops', roles: ['operator'] };

let requests = 0;
export const nextRequestId = () => `req-${++requests}`;

/** The service's configuration as tests need it: only what the use cases read. */
export function testConfig(overrides: Partial<ApplicationsConfig> = {}): ApplicationsConfig {
  return Object.assign(new ApplicationsConfig(), overrides);
}

/** The use cases of the applicant journey over in-memory stores, with one open programme. */
export async function journey(config = testConfig()) {
  const store = new InMemoryApplicationStore();
  const programmes = new InMemoryProgrammeStore();
  const settler = new RecordingBudgetSettler();
  await programmes.insert(aProgramme(), []);
  const sut = {
    store,
    programmes,
    settler,
    create: new CreateApplicationDraft(store, programmes),
    update: new UpdateDraft(store),
    submit: new SubmitApplication(store, programmes),
    withdraw: new WithdrawApplication(store),
    consents: new ChangeConsents(store),
    decide: new DecideApplication(store, programmes, config, settler),
    reserve: new ReserveBudget(programmes, store, config),
    settle: new SettleBudget(programmes, store, config),
    sweep: new SweepBudgetHolds(programmes, settler, config),
    getProgramme: new GetProgramme(programmes),
    updateProgramme: new UpdateProgramme(programmes),
    list: new ListApplications(store),
    startDiscussion: new StartDiscussion(store),
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
    /** A submitted application that passed screening. */
    async eligible(actor: Actor = alice): Promise<ApplicationView> {
      return sut.submitNow(await sut.completeDraft(actor), actor);
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
