import { ProjectApplicationEvent } from './project-application-event/project-application-event.usecase';

export { ProjectApplicationEvent };

/** Every use case of the service, registered as module providers. */
export const USE_CASES = [ProjectApplicationEvent];
