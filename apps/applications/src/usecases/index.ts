import { CreateApplicationDraft } from './create-application-draft/create-application-draft.usecase';
import { GetApplication } from './get-application/get-application.usecase';

export { CreateApplicationDraft, GetApplication };

/** Every use case of the service, registered as module providers. */
export const USE_CASES = [CreateApplicationDraft, GetApplication];
