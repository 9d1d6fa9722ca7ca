import { ListLegalTemplates } from './list-legal-templates/list-legal-templates.usecase';

export { ListLegalTemplates };

/** Every use case of the service, registered as module providers. */
export const USE_CASES = [ListLegalTemplates];
