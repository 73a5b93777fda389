import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Suspense, lazy, type ComponentType, type ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
// From react-router/dom: navigations can then ask for a synchronous render (`flushSync`), which
// the search page uses so a ticked checkbox never shows unticked while the URL catches up.
import { RouterProvider } from 'react-router/dom';
import type { MeView } from '@bitd/domain';
import { ApiError, onSession } from './api/client';
import { RequireSignIn } from './features/account/RequireSignIn';
import { SESSION_KEY, applySession, isStaff, signInUrl } from './features/account/session';
import { SignInPage } from './features/account/SignInPage';
import { HomePage } from './features/home/HomePage';
import { ImportPage } from './features/import/ImportPage';
import { introductionRoutes } from './features/introductions/routes';
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

type ListPages = typeof import('./features/follows/lazy-pages');

/** A page of personal lists (portfolio, watched opportunities, saved searches), loaded on first visit. */
function lazyListPage(name: keyof ListPages) {
  const Page = lazy(() => import('./features/follows/lazy-pages').then((m) => ({ default: m[name] })));
  return function ListChunkPage() {
    return (
      <Suspense fallback={<Loading />}>
        <Page />
      </Suspense>
    );
  };
}

const PortfolioPage = lazyListPage('PortfolioPage');
const WatchedOpportunitiesPage = lazyListPage('WatchedOpportunitiesPage');
const SavedSearchesPage = lazyListPage('SavedSearchesPage');

type LazyPages = typeof import('./features/account/lazy-pages');

/** A page of a lazily loaded chunk (made once, here), with the loading line while the chunk arrives. */
function lazyPage<M extends Record<string, ComponentType>>(load: () => Promise<M>, name: keyof M) {
  const Page = lazy(() => load().then((m): { default: ComponentType } => ({ default: m[name] })));
  return function ChunkPage() {
    return (
      <Suspense fallback={<Loading />}>
        <Page />
      </Suspense>
    );
  };
}

const lazyAccountPage = (name: keyof LazyPages) =>
  lazyPage(() => import('./features/account/lazy-pages'), name);
const lazyNotificationPage = (name: keyof typeof import('./features/notifications/pages')) =>
  lazyPage(() => import('./features/notifications/pages'), name);

const SignUpPage = lazyAccountPage('SignUpPage');
const ForgotPasswordPage = lazyAccountPage('ForgotPasswordPage');
const ResetPasswordPage = lazyAccountPage('ResetPasswordPage');
const VerifyEmailPage = lazyAccountPage('VerifyEmailPage');
const InvitationPage = lazyAccountPage('InvitationPage');
const AccountPage = lazyAccountPage('AccountPage');
const OrganisationPage = lazyAccountPage('OrganisationPage');
const ClaimsPage = lazyAccountPage('ClaimsPage');
const AuditPage = lazyAccountPage('AuditPage');
const NotificationsPage = lazyNotificationPage('NotificationsPage');
const NotificationPreferencesPage = lazyNotificationPage('NotificationPreferencesPage');
const UnsubscribePage = lazyNotificationPage('UnsubscribePage');

const queryClient = new QueryClient({
  queryCache: new QueryCache({
    // A page asked for something that needs a session (expired, or never opened): sign in, then
    // come back here. Queries that may answer 401 without it being the page's point say so.
    onError: (error, query) => {
      if (!(error instanceof ApiError) || error.status !== 401 || query.meta?.['quiet401']) return;
      void queryClient.invalidateQueries({ queryKey: SESSION_KEY });
      const { pathname, search } = window.location;
      if (pathname !== '/connexion') void router.navigate(signInUrl(pathname + search), { replace: true });
    },
  }),
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

// Every SessionView the API answers (sign-in, sign-out, invitation…) becomes the session.
onSession((session) => applySession(queryClient, session));

const signedIn = (page: ReactNode, allow?: (user: MeView) => boolean) => (
  <RequireSignIn allow={allow}>{page}</RequireSignIn>
);

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
      { path: 'fournisseurs/nouveau', element: signedIn(<SupplierCreatePage />, isStaff) },
      { path: 'fournisseurs/:id', element: <SupplierProfilePage /> },
      { path: 'fournisseurs/:id/modifier', element: signedIn(<SupplierEditPage />) },
      { path: 'opportunites', element: <OpportunityListPage /> },
      {
        path: 'opportunites/nouveau',
        element: signedIn(<OpportunityCreatePage />, (u) => u.can.manageOpportunities),
      },
      { path: 'opportunites/:id', element: <OpportunityDetailPage /> },
      {
        path: 'opportunites/:id/modifier',
        element: signedIn(<OpportunityEditPage />, (u) => u.can.manageOpportunities),
      },
      { path: 'import', element: signedIn(<ImportPage />, (u) => u.can.runImports) },
      { path: 'connexion', element: <SignInPage /> },
      { path: 'inscription', element: <SignUpPage /> },
      { path: 'mot-de-passe-oublie', element: <ForgotPasswordPage /> },
      { path: 'reinitialiser-mot-de-passe', element: <ResetPasswordPage /> },
      { path: 'verifier-email', element: <VerifyEmailPage /> },
      { path: 'invitation', element: <InvitationPage /> },
      { path: 'compte', element: signedIn(<AccountPage />) },
      { path: 'organisation', element: signedIn(<OrganisationPage />, (u) => u.membership !== null) },
      { path: 'agent/rattachements', element: signedIn(<ClaimsPage />, (u) => u.can.reviewClaims) },
      { path: 'audit', element: signedIn(<AuditPage />, (u) => u.can.readAudit) },
      { path: 'portefeuille', element: signedIn(<PortfolioPage />, isStaff) },
      { path: 'mes-opportunites', element: signedIn(<WatchedOpportunitiesPage />) },
      { path: 'mes-recherches', element: signedIn(<SavedSearchesPage />) },
      ...introductionRoutes(signedIn),
      { path: 'notifications', element: signedIn(<NotificationsPage />) },
      { path: 'notifications/preferences', element: signedIn(<NotificationPreferencesPage />) },
      { path: 'desabonnement', element: <UnsubscribePage /> },
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
