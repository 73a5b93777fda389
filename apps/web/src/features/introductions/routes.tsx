import type { MeView } from '@bitd/domain';
import { Suspense, lazy, type ComponentType, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { Loading } from '../../shared/QueryStatus';
import { isStaff } from '../account/session';
import { INTRODUCTIONS_BOARD, INTRODUCTIONS_INBOX } from './paths';

type Pages = typeof import('./pages');

/** A page of the introductions chunk, loaded on first visit. */
function lazyPage(name: keyof Pages): ComponentType {
  const Page = lazy(() => import('./pages').then((m) => ({ default: m[name] })));
  return function IntroductionsChunkPage() {
    return (
      <Suspense fallback={<Loading />}>
        <Page />
      </Suspense>
    );
  };
}

const IntroductionBoardPage = lazyPage('IntroductionBoardPage');
const IntroductionInboxPage = lazyPage('IntroductionInboxPage');
const IntroductionDetailPage = lazyPage('IntroductionDetailPage');

/** Parties (a supplier's or a buyer's members) have an inbox; staff have the board. */
export const hasIntroductionInbox = (u: MeView | null): boolean =>
  u !== null && (u.role === 'supplier' || u.role === 'buyer') && u.membership !== null;

/** The introductions pages, for App's router; `signedIn` guards a page as App does. */
export function introductionRoutes(
  signedIn: (page: ReactNode, allow?: (user: MeView) => boolean) => ReactNode,
): RouteObject[] {
  const path = (p: string) => p.slice(1);
  return [
    { path: path(INTRODUCTIONS_BOARD), element: signedIn(<IntroductionBoardPage />, isStaff) },
    { path: path(INTRODUCTIONS_INBOX), element: signedIn(<IntroductionInboxPage />, hasIntroductionInbox) },
    { path: `${path(INTRODUCTIONS_INBOX)}/:id`, element: signedIn(<IntroductionDetailPage />) },
  ];
}
