import type { PortalPage } from '../../app/pages';

export const investorPages: PortalPage[] = [];
