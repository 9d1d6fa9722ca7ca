import type { PortalPage } from '../../app/pages';
import { OperatorApplicationPage } from './ApplicationPage';
import { EditProgrammePage, NewProgrammePage } from './ProgrammeFormPage';
import { OperatorProgrammePage } from './ProgrammePage';
import { OperatorProgrammesPage } from './ProgrammesPage';

const operator = ['operator'] as const;

export const operatorPages: PortalPage[] = [
  {
    path: '/operator/programmes',
    element: <OperatorProgrammesPage />,
    for: operator,
    nav: 'operator.nav.programmes',
  },
  { path: '/operator/programmes/new', element: <NewProgrammePage />, for: operator },
  { path: '/operator/programmes/:id', element: <OperatorProgrammePage />, for: operator },
  { path: '/operator/programmes/:id/edit', element: <EditProgrammePage />, for: operator },
  { path: '/operator/applications/:id', element: <OperatorApplicationPage />, for: operator },
];
