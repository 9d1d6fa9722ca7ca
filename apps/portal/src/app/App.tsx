import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Route, Routes } from 'react-router-dom';

import { ApiError } from '../api/problem';
import { ApplicationPage } from '../pages/applications/ApplicationPage';
import { ApplicationsPage } from '../pages/applications/ApplicationsPage';
import { EditApplicationPage, NewApplicationPage } from '../pages/applications/form/ApplicationFormPage';
import { HomePage, NotFoundPage } from '../pages/HomePage';
import { InboxPage } from '../pages/InboxPage';
import { LoginPage } from '../pages/LoginPage';
import { PreferencesPage } from '../pages/PreferencesPage';
import { ProgrammePage } from '../pages/programmes/ProgrammePage';
import { ProgrammesPage } from '../pages/programmes/ProgrammesPage';
import { RegisterPage } from '../pages/RegisterPage';
import { SessionProvider } from '../session/session';
import { Layout } from './Layout';
import { RequireRole } from './RequireRole';

const queries = new QueryClient({
  defaultOptions: {
    queries: {
      // A refusal (4xx) will not change by asking again; the client already retried the 503s.
      retry: (failures, error) =>
        failures < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      refetchOnWindowFocus: true,
    },
  },
});

const applicant = (page: React.ReactNode) => <RequireRole roles={['applicant']}>{page}</RequireRole>;
const signedIn = (page: React.ReactNode) => <RequireRole>{page}</RequireRole>;

export function App() {
  return (
    <QueryClientProvider client={queries}>
      <BrowserRouter>
        <SessionProvider>
          <Routes>
            <Route element={<Layout />}>
              <Route index element={<HomePage />} />
              <Route path="login" element={<LoginPage />} />
              <Route path="register" element={<RegisterPage />} />
              <Route path="programmes" element={<ProgrammesPage />} />
              <Route path="programmes/:id" element={<ProgrammePage />} />
              <Route path="programmes/:id/apply" element={applicant(<NewApplicationPage />)} />
              <Route path="applications" element={applicant(<ApplicationsPage />)} />
              <Route path="applications/:id" element={applicant(<ApplicationPage />)} />
              <Route path="applications/:id/edit" element={applicant(<EditApplicationPage />)} />
              <Route path="inbox" element={signedIn(<InboxPage />)} />
              <Route path="preferences" element={signedIn(<PreferencesPage />)} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </SessionProvider>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
