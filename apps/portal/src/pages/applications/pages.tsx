import type { PortalPage } from '../../app/pages';
import { ApplicationPage } from './ApplicationPage';
import { ApplicationsPage } from './ApplicationsPage';
import { EditApplicationPage, NewApplicationPage } from './form/ApplicationFormPage';

const applicant = ['applicant'] as const;

export const applicantPages: PortalPage[] = [
  { path: '/applications', element: <ApplicationsPage />, for: applicant, nav: 'app.nav.applications' },
  { path: '/programmes/:id/apply', element: <NewApplicationPage />, for: applicant },
  { path: '/applications/:id', element: <ApplicationPage />, for: applicant },
  { path: '/applications/:id/edit', element: <EditApplicationPage />, for: applicant },
];
