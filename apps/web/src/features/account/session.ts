import type { Capabilities, MeView, SessionView } from '@bitd/domain';
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { auth } from '../../api/client';

export const SESSION_KEY = ['session'] as const;

/**
 * Who is signed in (`user`, null for a visitor) and what the server offers. Every page reads it;
 * the API client keeps the CSRF token of the latest answer.
 */
export function useSession() {
  const query = useQuery({
    queryKey: SESSION_KEY,
    queryFn: ({ signal }) => auth.session(signal),
    staleTime: 5 * 60_000,
    // Signed out in another tab, or a session ended elsewhere: seen when the user comes back.
    refetchOnWindowFocus: true,
    meta: { quiet401: true },
  });
  return { query, session: query.data, user: query.data?.user ?? null };
}

/** The signed-in user, or null (also while the session is loading). */
export function useUser(): MeView | null {
  return useSession().user;
}

/** What the signed-in user may do; false for every capability of a visitor. */
export function useCan(): (capability: keyof Capabilities) => boolean {
  const user = useUser();
  return (capability) => user?.can[capability] ?? false;
}

/** Region agents and administrators: create profiles, import, decide claims, read the audit. */
export function isStaff(user: MeView | null): boolean {
  return user?.role === 'agent' || user?.role === 'admin';
}

/** Buyers and staff read a supplier's clearance level, and may filter and facet on it. */
export function readsClearance(user: MeView | null): boolean {
  return user?.role === 'buyer' || isStaff(user);
}

/** The profile of the user's own company, when the user belongs to one. */
export function ownSupplierId(user: MeView | null): string | null {
  return user?.role === 'supplier' ? (user.membership?.supplierId ?? null) : null;
}

/** What decides what the pages show: when it changes, every other answer is asked again. */
function rightsOf(session: SessionView | undefined): string {
  const u = session?.user;
  if (!u) return 'anonymous';
  return JSON.stringify([u.id, u.role, u.platformRole, u.membership, u.can, u.pendingClaim?.id ?? null]);
}

/**
 * Stores a SessionView the API answered (session query, sign-in, sign-out, sign-up, invitation…).
 * When who is signed in or what they may do changed, every other query is reset: the active ones
 * are fetched again with the new rights, the others on their next use.
 */
export function applySession(client: QueryClient, session: SessionView): void {
  const before = client.getQueryData<SessionView>(SESSION_KEY);
  client.setQueryData(SESSION_KEY, session);
  if (before !== undefined && rightsOf(before) !== rightsOf(session)) {
    void client.resetQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
  }
}

/** `/connexion?retour=…`, for a path of this application only. */
export function signInUrl(returnTo?: string | null): string {
  const safe = safeReturnPath(returnTo);
  return safe && safe !== '/' ? `/connexion?retour=${encodeURIComponent(safe)}` : '/connexion';
}

/**
 * A path to come back to after signing in: only one of this application (never `//host`, a
 * scheme, or a page of the sign-in flow itself).
 */
export function safeReturnPath(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  if (/^\/(connexion|inscription)(\/|\?|$)/.test(value)) return null;
  return value;
}
