import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Suspense, lazy } from 'react';
import { createBrowserRouter } from 'react-router';
// From react-router/dom: navigations can then ask for a synchronous render (`flushSync`), which
// the search page uses so a ticked checkbox never shows unticked while the URL catches up.
import { RouterProvider } from 'react-router/dom';
import { ApiError } from './api/client';
import { HomePage } from './features/home/HomePage';
import { ImportPage } from './features/import/ImportPage';
import { OpportunityDetailPage } from './features/opportunities/detail/OpportunityDetailPage';
import {
  OpportunityCreatePage,
  OpportunityEditPage,
} from './features/opportunities/editor/OpportunityEditorPages';
import { OpportunityListPage } from './features/opportunities/list/OpportunityListPage';
import { SupplierDirectoryPage } from './features/suppliers/directory/SupplierDirectoryPage';
import { SupplierCreatePage, SupplierEditPage } from './features/suppliers/editor/SupplierEditorPages';
import { SupplierProfilePage } from './features/suppliers/profile/SupplierProfilePage';
import { AppLayout } from './layout/AppLayout';
import { RouteError } from './layout/RouteError';
import { NotFoundPage } from './shared/NotFoundPage';
import { Loading } from './shared/QueryStatus';

/** Loaded on first visit: it brings the search contract (and zod, which its module needs). */
const SearchPage = lazy(() =>
  import('./features/search/SearchPage').then((m) => ({ default: m.SearchPage })),
);

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // A 4xx will not get better by asking again.
      retry: (failureCount, error) => !(error instanceof ApiError && error.status < 500) && failureCount < 2,
    },
    mutations: { retry: false },
  },
});

const router = createBrowserRouter([
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomePage /> },
      {
        path: 'recherche',
        element: (
          <Suspense fallback={<Loading />}>
            <SearchPage />
          </Suspense>
        ),
      },
      { path: 'fournisseurs', element: <SupplierDirectoryPage /> },
      { path: 'fournisseurs/nouveau', element: <SupplierCreatePage /> },
      { path: 'fournisseurs/:id', element: <SupplierProfilePage /> },
      { path: 'fournisseurs/:id/modifier', element: <SupplierEditPage /> },
      { path: 'opportunites', element: <OpportunityListPage /> },
      { path: 'opportunites/nouveau', element: <OpportunityCreatePage /> },
      { path: 'opportunites/:id', element: <OpportunityDetailPage /> },
      { path: 'opportunites/:id/modifier', element: <OpportunityEditPage /> },
      { path: 'import', element: <ImportPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
