import type { PortalPage } from '../../app/pages';
import { InvestorPage } from './InvestorPage';
import { InvestorsPage } from './InvestorsPage';

const operator = ['operator'] as const;

export const opsPages: PortalPage[] = [
  { path: '/operator/investors', element: <InvestorsPage />, for: operator, nav: 'ops.nav.investors' },
  { path: '/operator/investors/:id', element: <InvestorPage />, for: operator },
];
