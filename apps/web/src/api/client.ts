import type {
  AuditEntryView,
  AuditQuery,
  ClaimView,
  EmailVerifiedView,
  InvitationLookupView,
  InvitationView,
  MemberRole,
  OrganisationDetailView,
  PasswordResetView,
  SessionView,
  SignOutView,
  SiretLookupView,
  VerificationResendView,
} from '@bitd/domain';
import type {
  ApiErrorBody,
  ConsortiaView,
  CpvPickerItem,
  NeedEdits,
  ImportReport,
  OpportunityKind,
  OpportunityMatchesView,
  OpportunityStatus,
  OpportunitySummaryView,
  OpportunityView,
  Page,
  SupplierOpportunitiesView,
  SupplierSearchResponse,
  SupplierSummaryView,
  SupplierView,
} from '@bitd/domain';
import { CSRF_HEADER } from '../features/account/constants';
import { currentLang } from '../i18n';

/** Every call goes through the same origin (Vite proxies `/api` in development). */
export const API_BASE = '/api/v1';

/** An answer of the API that is not a success, with its body when it is an ApiErrorBody. */
export class ApiError extends Error {
  readonly status: number;
  readonly body: ApiErrorBody;

  constructor(status: number, body: ApiErrorBody) {
    super(body.message || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.body = body;
  }

  get code(): string {
    return this.body.code;
  }
}

/** The request never reached the API (offline, proxy down, CORS…). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('Network error', { cause });
    this.name = 'NetworkError';
  }
}

function isApiErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v['message'] === 'string' && (typeof v['code'] === 'string' || typeof v['statusCode'] === 'number')
  );
}

async function errorFrom(res: Response): Promise<ApiError> {
  let parsed: unknown = null;
  const text = await res.text().catch(() => '');
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  if (isApiErrorBody(parsed)) {
    return new ApiError(res.status, {
      statusCode: parsed.statusCode ?? res.status,
      code: parsed.code ?? `HTTP_${res.status}`,
      message: parsed.message,
      errors: Array.isArray(parsed.errors) ? parsed.errors : undefined,
      details: parsed.details,
    });
  }
  return new ApiError(res.status, {
    statusCode: res.status,
    code: `HTTP_${res.status}`,
    message: res.statusText || `HTTP ${res.status}`,
  });
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The CSRF token of the current session (or of the anonymous visitor's cookie), sent back in
 * `X-CSRF-Token` with every change. Every SessionView the API answers replaces it.
 */
let csrfToken: string | null = null;
/** Told of every SessionView the API answers, whichever call brought it (see account/session). */
let sessionListener: ((session: SessionView) => void) | null = null;

export function onSession(listener: ((session: SessionView) => void) | null): void {
  sessionListener = listener;
}

function remember<S extends SessionView>(session: S): S {
  csrfToken = session.csrfToken;
  sessionListener?.(session);
  return session;
}

async function freshCsrfToken(): Promise<string> {
  remember(await json<SessionView>('/auth/session'));
  return csrfToken ?? '';
}

async function send(path: string, init: RequestInit = {}, retried = false): Promise<Response> {
  const method = (init.method ?? 'GET').toUpperCase();
  const changes = !SAFE_METHODS.has(method);
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': currentLang(),
    ...(init.headers as Record<string, string> | undefined),
  };
  if (changes) headers[CSRF_HEADER] = csrfToken ?? (await freshCsrfToken());
  let res: Response;
  try {
    res = await fetch(`${API_BASE}${path}`, { ...init, credentials: 'same-origin', headers });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new NetworkError(e);
  }
  if (!res.ok) {
    const error = await errorFrom(res);
    // The token went stale (signed in or out in another tab, session ended): ask for the current
    // one and send the change once more.
    if (changes && !retried && error.code === 'CSRF_FAILED') {
      await freshCsrfToken();
      return send(path, init, true);
    }
    throw error;
  }
  return res;
}

export async function json<T>(path: string, init: RequestInit = {}): Promise<T> {
  const res = await send(path, init);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

export function jsonBody(method: string, body: unknown, signal?: AbortSignal): RequestInit {
  return { method, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' }, signal };
}

/**
 * With a `version`, the API refuses the write (409 VERSION_CONFLICT) if someone saved the record
 * meanwhile.
 */
function withIfMatch(init: RequestInit, version: number | undefined): RequestInit {
  return version === undefined ? init : { ...init, headers: { ...init.headers, 'If-Match': `"${version}"` } };
}

function query(params: Record<string, string | number | undefined | null>): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
  }
  const s = qs.toString();
  return s ? `?${s}` : '';
}

export const SUPPLIER_SORTS = [
  'name',
  '-name',
  'updatedAt',
  '-updatedAt',
  'completeness',
  '-completeness',
] as const;
export type SupplierSort = (typeof SUPPLIER_SORTS)[number];

export interface SupplierListParams {
  page: number;
  pageSize: number;
  sort?: SupplierSort;
  q?: string;
  department?: string;
}

/** One answer of the CPV picker (`GET /reference/cpv`): the code, its labels and why it is proposed. */
export type CpvEntry = CpvPickerItem;

export const OPPORTUNITY_SORTS = [
  'deadline',
  '-deadline',
  '-updatedAt',
  'updatedAt',
  'title',
  '-title',
] as const;
export type OpportunitySort = (typeof OPPORTUNITY_SORTS)[number];

export interface OpportunityListParams {
  page: number;
  pageSize: number;
  sort?: OpportunitySort;
  status?: OpportunityStatus;
  kind?: OpportunityKind;
}

/** Body of POST /opportunities and PATCH /opportunities/:id (validated by the API). */
export type OpportunityBody = Record<string, unknown>;

export type ExportFormat = 'jsonl' | 'csv';

/** What an interchange file holds (INTERCHANGE.md); also the path segment of its import and export. */
export const INTERCHANGE_KINDS = ['suppliers', 'opportunities'] as const;
export type InterchangeKind = (typeof INTERCHANGE_KINDS)[number];

/** Body of POST /suppliers and PATCH /suppliers/:id (validated by the API, see INTERCHANGE.md). */
export type SupplierBody = Record<string, unknown>;

export interface SignUpBody {
  email: string;
  password: string;
  displayName: string;
  siret: string;
  /** Only for a SIRET the platform does not know yet (a new organisation and its draft profile). */
  company?: { name: string; postalCode: string; city: string };
}

export type ClaimStatus = ClaimView['status'];

export type ClaimDecisionBody = { decision: 'approve' } | { decision: 'reject'; reason: string };

export interface AcceptInvitationBody {
  token: string;
  displayName?: string;
  password?: string;
}

/** Accounts: sessions, sign-up, e-mail tokens, organisations, claims, audit. */
export const auth = {
  /** Who is signed in, and the CSRF token every change must carry. */
  session(signal?: AbortSignal): Promise<SessionView> {
    return json<SessionView>('/auth/session', { signal }).then(remember);
  },

  signIn(body: { email: string; password: string }): Promise<SessionView> {
    return json<SessionView>('/auth/sign-in', jsonBody('POST', body)).then(remember);
  },

  /** After an OpenID sign-in, `providerSignOutUrl` is where the browser goes to end it there too. */
  signOut(): Promise<SignOutView> {
    return json<SignOutView>('/auth/sign-out', { method: 'POST' }).then(remember);
  },

  signOutEverywhere(): Promise<SessionView> {
    return json<SessionView>('/auth/sign-out-everywhere', { method: 'POST' }).then(remember);
  },

  /** 201 with the new user signed in; with a known SIRET the user has a pending claim. */
  signUp(body: SignUpBody): Promise<SessionView> {
    return json<SessionView>('/auth/sign-up', jsonBody('POST', body)).then(remember);
  },

  siretLookup(siret: string, signal?: AbortSignal): Promise<SiretLookupView> {
    return json(`/auth/siret-lookup${query({ siret })}`, { signal });
  },

  /** Where the browser goes (a full-page navigation) to sign in with the OpenID provider. */
  oidcStartUrl(returnTo: string): string {
    return `${API_BASE}/auth/oidc/start${query({ returnTo })}`;
  },

  /** With `claimApprovedFor` when the address's domain is the claimed profile's website's. */
  verifyEmail(token: string): Promise<EmailVerifiedView> {
    return json('/auth/verify-email', jsonBody('POST', { token }));
  },

  resendVerification(): Promise<VerificationResendView> {
    return json('/auth/verify-email/resend', { method: 'POST' });
  },

  /** Always 202, whether the address has an account or not. */
  async requestPasswordReset(email: string): Promise<void> {
    await send('/auth/password-reset/request', jsonBody('POST', { email }));
  },

  /** Every session of the account is ended: the user signs in again with the new password. */
  resetPassword(token: string, password: string): Promise<PasswordResetView> {
    return json('/auth/password-reset', jsonBody('POST', { token, password }));
  },

  lookupInvitation(token: string, signal?: AbortSignal): Promise<InvitationLookupView> {
    return json(`/invitations/lookup${query({ token })}`, { signal });
  },

  acceptInvitation(body: AcceptInvitationBody): Promise<SessionView> {
    return json<SessionView>('/invitations/accept', jsonBody('POST', body)).then(remember);
  },

  myOrganisation(signal?: AbortSignal): Promise<OrganisationDetailView> {
    return json('/organisations/mine', { signal });
  },

  invite(body: { email: string; role: MemberRole }): Promise<InvitationView> {
    return json('/organisations/mine/invitations', jsonBody('POST', body));
  },

  async cancelInvitation(id: string): Promise<void> {
    await send(`/organisations/mine/invitations/${encodeURIComponent(id)}`, { method: 'DELETE' });
  },

  async removeMember(userId: string): Promise<void> {
    await send(`/organisations/mine/members/${encodeURIComponent(userId)}`, { method: 'DELETE' });
  },

  claims(status: ClaimStatus, signal?: AbortSignal): Promise<ClaimView[]> {
    return json(`/claims${query({ status })}`, { signal });
  },

  decideClaim(id: string, body: ClaimDecisionBody): Promise<ClaimView> {
    return json(`/claims/${encodeURIComponent(id)}/decision`, jsonBody('POST', body));
  },

  audit(params: AuditQuery, signal?: AbortSignal): Promise<Page<AuditEntryView>> {
    return json(`/audit${query({ ...params })}`, { signal });
  },

  /** A JSON file of everything the platform holds about the signed-in user (a plain download). */
  exportUrl(): string {
    return `${API_BASE}/account/export`;
  },

  async deleteAccount(confirmEmail: string): Promise<void> {
    await send('/account', jsonBody('DELETE', { confirmEmail }));
  },
};

export const api = {
  listSuppliers(params: SupplierListParams, signal?: AbortSignal): Promise<Page<SupplierSummaryView>> {
    return json(`/suppliers${query({ ...params })}`, { signal });
  },

  getSupplier(id: string, signal?: AbortSignal): Promise<SupplierView> {
    return json(`/suppliers/${encodeURIComponent(id)}`, { signal });
  },

  createSupplier(body: SupplierBody): Promise<SupplierView> {
    return json('/suppliers', jsonBody('POST', body));
  },

  /** With `version`, the API refuses (409 VERSION_CONFLICT) if someone saved the profile meanwhile. */
  updateSupplier(id: string, body: SupplierBody, version?: number): Promise<SupplierView> {
    return json(`/suppliers/${encodeURIComponent(id)}`, withIfMatch(jsonBody('PATCH', body), version));
  },

  async deleteSupplier(id: string): Promise<void> {
    await send(`/suppliers/${encodeURIComponent(id)}`, { method: 'DELETE' });
  },

  /** Opportunities the matcher finds for this supplier, best first. */
  getSupplierMatches(id: string, signal?: AbortSignal): Promise<SupplierOpportunitiesView> {
    return json(`/suppliers/${encodeURIComponent(id)}/matches`, { signal });
  },

  listOpportunities(
    params: OpportunityListParams,
    signal?: AbortSignal,
  ): Promise<Page<OpportunitySummaryView>> {
    return json(`/opportunities${query({ ...params })}`, { signal });
  },

  getOpportunity(id: string, signal?: AbortSignal): Promise<OpportunityView> {
    return json(`/opportunities/${encodeURIComponent(id)}`, { signal });
  },

  createOpportunity(body: OpportunityBody): Promise<OpportunityView> {
    return json('/opportunities', jsonBody('POST', body));
  },

  /** With `version`, the API refuses (409 VERSION_CONFLICT) if someone saved the opportunity meanwhile. */
  updateOpportunity(id: string, body: OpportunityBody, version?: number): Promise<OpportunityView> {
    return json(`/opportunities/${encodeURIComponent(id)}`, withIfMatch(jsonBody('PATCH', body), version));
  },

  /** Publishes a draft (or reopens a closed one); refused when its deadline has passed. */
  publishOpportunity(id: string): Promise<OpportunityView> {
    return json(`/opportunities/${encodeURIComponent(id)}/publish`, { method: 'POST' });
  },

  /** The buyer's corrections to the needs read; the matches are recomputed with them. */
  setOpportunityNeeds(id: string, edits: NeedEdits): Promise<OpportunityView> {
    return json(`/opportunities/${encodeURIComponent(id)}/needs`, jsonBody('PUT', edits));
  },

  closeOpportunity(id: string): Promise<OpportunityView> {
    return json(`/opportunities/${encodeURIComponent(id)}/close`, { method: 'POST' });
  },

  /** Ranked suppliers with their explanations; `status: 'pending'` while the worker computes them. */
  getOpportunityMatches(id: string, signal?: AbortSignal): Promise<OpportunityMatchesView> {
    return json(`/opportunities/${encodeURIComponent(id)}/matches`, { signal });
  },

  /** Suggested teams for a dual research call. */
  getOpportunityConsortia(id: string, signal?: AbortSignal): Promise<ConsortiaView> {
    return json(`/opportunities/${encodeURIComponent(id)}/consortia`, { signal });
  },

  /**
   * `GET /search/suppliers` with a query string already in the API's parameter names (the search
   * page keeps its state in the address under the same names; see features/search/search-params).
   */
  searchSuppliers(queryString: string, signal?: AbortSignal): Promise<SupplierSearchResponse> {
    return json(`/search/suppliers${queryString ? `?${queryString}` : ''}`, { signal });
  },

  searchCpv(q: string, lang: string, signal?: AbortSignal): Promise<CpvEntry[]> {
    return json(`/reference/cpv${query({ q, lang })}`, { signal });
  },

  /** Suppliers or opportunities from a JSON Lines or CSV file; the report says what each row did. */
  importFile(kind: InterchangeKind, file: File): Promise<ImportReport> {
    const form = new FormData();
    form.append('file', file, file.name);
    // No Content-Type header: the browser sets the multipart boundary itself.
    return json(`/imports/${kind}`, { method: 'POST', body: form });
  },

  exportUrl(kind: InterchangeKind, format: ExportFormat): string {
    return `${API_BASE}/exports/${kind}${query({ format })}`;
  },
};

/** HTTP status of an error thrown by this module, or null when none applies. */
export function errorStatus(error: unknown): number | null {
  return error instanceof ApiError ? error.status : null;
}
