import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Route, Routes } from 'react-router-dom';

import { ApiError } from '../api/problem';
import { applicantPages } from '../pages/applications/pages';
import { investorPages } from '../pages/investor/pages';
import { operatorPages } from '../pages/operator/pages';
import { opsPages } from '../pages/ops/pages';
import { commonPages, notFoundPage } from '../pages/pages';
import { SessionProvider } from '../session/session';
import { Layout } from './Layout';
import type { PortalPage } from './pages';
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

/** Every page, in the menu's order. */
const PAGES: PortalPage[] = [...commonPages, ...applicantPages, ...investorPages, ...operatorPages, ...opsPages];

const guarded = ({ for: audience, element }: PortalPage) =>
  audience === 'anyone' ? (
    element
  ) : (
    <RequireRole roles={audience === 'signed-in' ? undefined : audience}>{element}</RequireRole>
  );

export function App() {
  return (
    <QueryClientProvider client={queries}>
      <BrowserRouter>
        <SessionProvider>
          <Routes>
            <Route element={<Layout pages={PAGES} />}>
              {[...PAGES, notFoundPage].map((page) => (
                <Route key={page.path} path={page.path} element={guarded(page)} />
              ))}
            </Route>
          </Routes>
        </SessionProvider>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
