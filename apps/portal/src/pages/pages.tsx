import type { PortalPage } from '../app/pages';
import { HomePage, NotFoundPage } from './HomePage';
import { InboxPage } from './InboxPage';
import { LoginPage } from './LoginPage';
import { PreferencesPage } from './PreferencesPage';
import { ProgrammePage } from './programmes/ProgrammePage';
import { ProgrammesPage } from './programmes/ProgrammesPage';
import { RegisterPage } from './RegisterPage';

/** The pages of every visitor: the calls, the log-in, and a signed-in account's inbox and preferences. */
export const commonPages: PortalPage[] = [
  { path: '/', element: <HomePage />, for: 'anyone' },
  { path: '/login', element: <LoginPage />, for: 'anyone' },
  { path: '/register', element: <RegisterPage />, for: 'anyone' },
  { path: '/programmes', element: <ProgrammesPage />, for: 'anyone', nav: 'app.nav.programmes' },
  { path: '/programmes/:id', element: <ProgrammePage />, for: 'anyone' },
  { path: '/inbox', element: <InboxPage />, for: 'signed-in' },
  { path: '/preferences', element: <PreferencesPage />, for: 'signed-in' },
];

export const notFoundPage: PortalPage = { path: '*', element: <NotFoundPage />, for: 'anyone' };
