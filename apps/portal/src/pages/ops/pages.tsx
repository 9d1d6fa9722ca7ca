import type { PortalPage } from '../../app/pages';

export const opsPages: PortalPage[] = [];
