import type { PortalPage } from '../../app/pages';
import { DeadLetterPage } from './DeadLetterPage';
import { InvestorPage } from './InvestorPage';
import { InvestorsPage } from './InvestorsPage';
import { MatchingPage } from './MatchingPage';
import { StatusPage } from './StatusPage';

const operator = ['operator'] as const;

export const opsPages: PortalPage[] = [
  { path: '/operator/investors', element: <InvestorsPage />, for: operator, nav: 'ops.nav.investors' },
  { path: '/operator/investors/:id', element: <InvestorPage />, for: operator },
  { path: '/operator/matching', element: <MatchingPage />, for: operator, nav: 'ops.nav.matching' },
  { path: '/operator/status', element: <StatusPage />, for: operator, nav: 'ops.nav.status' },
  { path: '/operator/dead-letters/:id', element: <DeadLetterPage />, for: operator },
];
