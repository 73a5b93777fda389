/** Who makes a change. Every service that writes takes one; every row records it. */
export interface Actor {
  /** Stable id written into `updated_by` (user id, `cli:<user>`, `import`, `system`). */
  id: string;
  kind: 'user' | 'anonymous' | 'cli' | 'system';
  isAdmin: boolean;
}

/** Until sign-in arrives (ProConnect issue), web pages act as one anonymous actor. */
export const ANONYMOUS_ACTOR: Actor = { id: 'anonymous', kind: 'anonymous', isAdmin: false };
export const SYSTEM_ACTOR: Actor = { id: 'system', kind: 'system', isAdmin: true };

export function cliActor(): Actor {
  return { id: `cli:${process.env.USER ?? 'unknown'}`, kind: 'cli', isAdmin: true };
}
