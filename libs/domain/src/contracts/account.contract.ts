import { z } from 'zod';
import { SIRET_MESSAGES, normalizeSiret, siretProblem } from '../identifiers/siret';

/**
 * Accounts, organisations and rights: what the api and the web app agree on. The server decides
 * every right; the web only uses `MeView.can` to leave out what a role cannot do.
 */

/** A member's role inside its organisation. */
export const MEMBER_ROLES = ['member', 'admin'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** Roles held on the platform itself, above any organisation. */
export const PLATFORM_ROLES = ['agent', 'admin'] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

export const ORGANISATION_KINDS = ['supplier', 'buyer', 'region'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/**
 * The one role a request acts with, from the most powerful the user holds: what guards
 * (`@Roles`) and field rules read.
 */
export const ACCESS_ROLES = ['anonymous', 'supplier', 'buyer', 'agent', 'admin'] as const;
export type AccessRole = (typeof ACCESS_ROLES)[number];

export interface MembershipView {
  organisationId: string;
  organisationName: string;
  organisationKind: OrganisationKind;
  role: MemberRole;
  /** For a supplier organisation: its profile (same id), once the claim is approved. */
  supplierId: string | null;
}

export interface ClaimView {
  id: string;
  siret: string;
  organisationId: string;
  organisationName: string;
  status: 'pending' | 'approved' | 'rejected';
  reason: string | null;
  createdAt: string;
  decidedAt: string | null;
  claimant: { id: string; email: string; displayName: string } | null;
}

/** What each role may do, so the interface offers only that. */
export interface Capabilities {
  editOwnProfile: boolean;
  manageOpportunities: boolean;
  runImports: boolean;
  reviewClaims: boolean;
  readAudit: boolean;
  manageOrganisation: boolean;
  administer: boolean;
}

export interface MeView {
  id: string;
  email: string;
  displayName: string;
  emailVerified: boolean;
  role: Exclude<AccessRole, 'anonymous'>;
  platformRole: PlatformRole | null;
  membership: MembershipView | null;
  /** A claim on a profile that a region agent has not decided yet. */
  pendingClaim: ClaimView | null;
  can: Capabilities;
  /** How the user signed in this time. */
  signInMethod: 'password' | 'oidc';
}

/** `GET /auth/session`: who is signed in (null when nobody) and the CSRF token to send back. */
export interface SessionView {
  user: MeView | null;
  csrfToken: string;
  /** Sign-in methods the server offers (the OpenID provider's display name when configured). */
  oidc: { enabled: boolean; label: string };
}

/** `POST /auth/sign-out`: nobody signed in any more, and the provider's sign-out to follow, if any. */
export interface SignOutView extends SessionView {
  /**
   * After an OpenID Connect sign-in: the provider's sign-out page, for the browser to go to so that
   * the provider's session ends too (ProConnect then comes back to the home page). Else null.
   */
  providerSignOutUrl: string | null;
}

export interface MemberView {
  userId: string;
  email: string;
  displayName: string;
  role: MemberRole;
  joinedAt: string;
}

export interface InvitationView {
  id: string;
  email: string;
  role: MemberRole;
  expiresAt: string;
  acceptedAt: string | null;
}

export interface OrganisationDetailView {
  id: string;
  name: string;
  kind: OrganisationKind;
  siret: string | null;
  members: MemberView[];
  invitations: InvitationView[];
}

export interface AuditEntryView {
  id: string;
  at: string;
  actorId: string | null;
  actorLabel: string;
  organisationId: string | null;
  onBehalfOf: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  changes: Record<string, { before: unknown; after: unknown }>;
  requestId: string | null;
}

/** Filters of `GET /audit`, newest first. */
export interface AuditQuery {
  entity?: string;
  entityId?: string;
  actorId?: string;
  /** Entries of this organisation, or made on its behalf. */
  organisationId?: string;
  action?: string;
  /** Days, YYYY-MM-DD. */
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

/** The CSRF header every state-changing request made with a cookie carries. */
export const CSRF_HEADER = 'x-csrf-token';
export const MIN_PASSWORD_LENGTH = 12;

const email = z
  .string({ error: 'is required' })
  .trim()
  .toLowerCase()
  .pipe(z.email('must be a valid e-mail address').max(254, 'must be at most 254 characters'));

const password = z
  .string({ error: 'is required' })
  .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(200, 'must be at most 200 characters');

const siret = z
  .string({ error: 'is required' })
  .transform(normalizeSiret)
  .superRefine((v, ctx) => {
    const problem = siretProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: SIRET_MESSAGES[problem] });
  });

export const passwordSignInSchema = z.strictObject({
  email,
  password: z.string({ error: 'is required' }).min(1, 'is required').max(200),
});
export type PasswordSignIn = z.output<typeof passwordSignInSchema>;

/**
 * Sign-up of a company's staff: a new SIRET creates the organisation and its draft profile (so
 * `company` is then required); a known one becomes a claim on the imported profile.
 */
export const signUpSchema = z.strictObject({
  email,
  password,
  displayName: z.string({ error: 'is required' }).trim().min(1, 'is required').max(120),
  siret,
  company: z
    .strictObject({
      name: z.string({ error: 'is required' }).trim().min(1, 'is required').max(200),
      postalCode: z.string({ error: 'is required' }).regex(/^\d{5}$/, 'must be 5 digits'),
      city: z.string({ error: 'is required' }).trim().min(1, 'is required').max(100),
    })
    .optional(),
});
export type SignUp = z.output<typeof signUpSchema>;

export const claimDecisionSchema = z.discriminatedUnion('decision', [
  z.strictObject({ decision: z.literal('approve') }),
  z.strictObject({
    decision: z.literal('reject'),
    reason: z.string({ error: 'is required' }).trim().min(3, 'give a reason').max(1000),
  }),
]);
export type ClaimDecision = z.output<typeof claimDecisionSchema>;

export const invitationSchema = z.strictObject({
  email,
  role: z.enum(MEMBER_ROLES, { error: `must be one of ${MEMBER_ROLES.join(', ')}` }).default('member'),
});
export type InvitationInput = z.output<typeof invitationSchema>;

export const acceptInvitationSchema = z.strictObject({
  token: z.string().min(20).max(200),
  displayName: z.string().trim().min(1, 'is required').max(120).optional(),
  password: password.optional(),
});

/** `GET /auth/siret-lookup?siret=`: what signing up with this SIRET will do. */
export interface SiretLookupView {
  siret: string;
  /** new: creates the organisation; claimable: a claim on the imported profile; pending / claimed: refused. */
  status: 'new' | 'claimable' | 'claim_pending' | 'claimed';
  organisation: { id: string; name: string; city: string | null; website: string | null } | null;
}

export const deleteAccountSchema = z.strictObject({ confirmEmail: email });

export const resetRequestSchema = z.strictObject({ email });
export const resetPasswordSchema = z.strictObject({
  token: z.string().min(20).max(200),
  password,
});
export const verifyEmailSchema = z.strictObject({ token: z.string().min(20).max(200) });

/** `POST /auth/verify-email`: the address is verified. */
export interface EmailVerifiedView {
  email: string;
  /**
   * The organisation the user joined with it: a pending claim is approved at once when the
   * address is on the profile's website domain.
   */
  claimApprovedFor: { organisationId: string; organisationName: string } | null;
}

/** `POST /auth/verify-email/resend`. */
export interface VerificationResendView {
  sent: boolean;
  emailVerified: boolean;
}

/** `POST /auth/password-reset/request`: the same answer whether the address has an account or not. */
export interface ResetRequestedView {
  accepted: true;
}

/** `POST /auth/password-reset`: the new password is set and every session of the account ended. */
export interface PasswordResetView {
  email: string;
}

/** `GET /invitations/lookup?token=`: what the invitation page shows before accepting. */
export interface InvitationLookupView {
  organisationName: string;
  organisationKind: OrganisationKind;
  email: string;
  role: MemberRole;
  expiresAt: string;
  status: 'pending' | 'expired' | 'accepted' | 'revoked';
  /** The address has an account: sign in with it, then accept (no password to choose). */
  accountExists: boolean;
}
