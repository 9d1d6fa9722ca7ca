import type { PortalPage } from '../../app/pages';

export const operatorPages: PortalPage[] = [];
