import type { AccessRole, MemberRole, OrganisationKind } from '@bitd/domain';

/**
 * Who makes a request or a change. Guards and policies decide from it; every service that writes
 * takes one, and every row and audit entry records it.
 */
export interface Actor {
  /** Written into `updated_by`: the user's id, or `cli:<user>`, `import:…`, `system`, `anonymous`. */
  id: string;
  kind: 'user' | 'anonymous' | 'cli' | 'system';
  /** The one role the request acts with (the most powerful the user holds). */
  role: AccessRole;
  /** The user's id when a person acts, for the audit log. */
  userId: string | null;
  /** What the audit log shows: the user's e-mail, or the process. */
  label: string;
  organisationId: string | null;
  organisationKind: OrganisationKind | null;
  memberRole: MemberRole | null;
  /** The request this change belongs to (logs and audit log). */
  requestId?: string;
}

export const ANONYMOUS_ACTOR: Actor = {
  id: 'anonymous',
  kind: 'anonymous',
  role: 'anonymous',
  userId: null,
  label: 'anonymous',
  organisationId: null,
  organisationKind: null,
  memberRole: null,
};

/** The platform itself (worker jobs, deadlines, the demo seed): all rights, no person. */
export const SYSTEM_ACTOR: Actor = {
  ...ANONYMOUS_ACTOR,
  id: 'system',
  kind: 'system',
  role: 'admin',
  label: 'system',
};

export function cliActor(): Actor {
  const id = `cli:${process.env.USER ?? 'unknown'}`;
  return { ...ANONYMOUS_ACTOR, id, kind: 'cli', role: 'admin', label: id };
}

/** The same actor, recorded under another id (imports write `import:<id>`). */
export function actingAs(actor: Actor, id: string): Actor {
  return { ...actor, id };
}

export const isAdmin = (actor: Actor): boolean => actor.role === 'admin';
/** Region agents and administrators: read everything, act on a company's behalf. */
export const isStaff = (actor: Actor): boolean => actor.role === 'agent' || actor.role === 'admin';
