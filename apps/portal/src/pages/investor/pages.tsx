import type { PortalPage } from '../../app/pages';
import { DealFlowPage } from './DealFlowPage';
import { DealPage } from './DealPage';
import { IntroductionsPage } from './IntroductionsPage';
import { InvestorHomePage } from './InvestorHomePage';
import { WebhooksPage } from './WebhooksPage';

const investor = ['investor'] as const;

export const investorPages: PortalPage[] = [
  { path: '/investor', element: <InvestorHomePage />, for: investor, nav: 'investor.nav.profile' },
  { path: '/deal-flow', element: <DealFlowPage />, for: investor, nav: 'investor.nav.dealFlow' },
  { path: '/deal-flow/:matchId', element: <DealPage />, for: investor },
  { path: '/introductions', element: <IntroductionsPage />, for: investor, nav: 'investor.nav.introductions' },
  { path: '/webhooks', element: <WebhooksPage />, for: investor, nav: 'investor.nav.webhooks' },
];
