import type { PortalPage } from '../../app/pages';
import { InvestorHomePage } from './InvestorHomePage';

const investor = ['investor'] as const;

export const investorPages: PortalPage[] = [
  { path: '/investor', element: <InvestorHomePage />, for: investor, nav: 'investor.nav.profile' },
];
