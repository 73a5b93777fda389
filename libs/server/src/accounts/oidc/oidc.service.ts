import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import type { Redis } from 'ioredis';
import * as oidc from 'openid-client';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { REDIS } from '../../redis/redis.module';
import { newToken, sameSecret, tokenHash } from '../tokens';
import { type OidcIdentity, identityFromClaims } from './oidc-identity';

/** What the web shows a message for, after `/connexion?erreur=`. */
export type OidcErrorCode =
  'oidc_disabled' | 'oidc_unavailable' | 'oidc_state' | 'oidc_denied' | 'oidc_failed' | 'oidc_email';

/** A sign-in that cannot go on, with the code the browser is sent back with. */
export class OidcFailure extends Error {
  constructor(
    readonly code: OidcErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** What the start of a sign-in leaves for its callback, in Redis under the hash of the cookie's id. */
interface PendingSignIn {
  state: string;
  nonce: string;
  /** Null when the provider does not announce PKCE (S256) in its metadata. */
  codeVerifier: string | null;
  returnTo: string;
}

export interface CompletedSignIn {
  identity: OidcIdentity;
  /** Kept for the provider's sign-out (`id_token_hint`). */
  idToken: string;
  returnTo: string;
}

/** A sign-in must come back within 10 minutes (the provider's own pages included). */
export const FLOW_TTL_SECONDS = 600;
const FIRST_RETRY_MS = 2_000;
const MAX_RETRY_MS = 5 * 60_000;
/** Seconds for each call to the provider: a person is waiting on the other side. */
const PROVIDER_TIMEOUT_S = 10;

/**
 * The relying-party side of OpenID Connect (ProConnect in production, the local demo provider
 * otherwise): authorization code with PKCE, state and nonce, ID token and UserInfo checks.
 * The provider's metadata is discovered once and kept; while the provider cannot be reached the
 * api still starts, discovery is retried in the background with a growing delay, and a sign-in
 * meanwhile fails with `oidc_unavailable`.
 */
@Injectable()
export class OidcService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(OidcService.name);
  private configuration: oidc.Configuration | null = null;
  private discovering: Promise<oidc.Configuration | null> | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private retryDelayMs = FIRST_RETRY_MS;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  get enabled(): boolean {
    return this.config.OIDC_ISSUER !== undefined;
  }

  /** What the provider must have registered for the platform. */
  get redirectUri(): string {
    return `${this.publicUrl}/api/v1/auth/oidc/callback`;
  }

  onModuleInit(): void {
    // Not awaited: the api starts whether or not the provider answers.
    if (this.enabled) void this.discover();
  }

  onModuleDestroy(): void {
    this.cancelRetry();
  }

  /** Starts a sign-in: the provider's authorization URL, and the id the browser keeps in a cookie. */
  async begin(returnTo: string): Promise<{ url: string; flowId: string }> {
    const provider = await this.provider();
    const pending: PendingSignIn = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      codeVerifier: provider.serverMetadata().supportsPKCE() ? oidc.randomPKCECodeVerifier() : null,
      returnTo,
    };
    const params: Record<string, string> = {
      redirect_uri: this.redirectUri,
      scope: this.config.OIDC_SCOPES,
      state: pending.state,
      nonce: pending.nonce,
    };
    if (pending.codeVerifier) {
      params.code_challenge = await oidc.calculatePKCECodeChallenge(pending.codeVerifier);
      params.code_challenge_method = 'S256';
    }
    if (this.config.OIDC_ACR_VALUES) params.acr_values = this.config.OIDC_ACR_VALUES;
    if (this.config.OIDC_CLAIMS) params.claims = this.config.OIDC_CLAIMS;
    const flowId = newToken();
    await this.redis.set(
      this.key('flow', tokenHash(flowId)),
      JSON.stringify(pending),
      'EX',
      FLOW_TTL_SECONDS,
    );
    return { url: oidc.buildAuthorizationUrl(provider, params).href, flowId };
  }

  /**
   * Completes a sign-in from the provider's answer. The pending record is read and deleted in one
   * step, so a second call with the same answer finds nothing; the provider refuses a code used
   * twice, and a code from another flow fails the PKCE check.
   */
  async complete(flowId: string | undefined, query: Record<string, unknown>): Promise<CompletedSignIn> {
    const pending = flowId && flowId.length <= 100 ? await this.takePending(flowId) : null;
    if (!pending)
      throw new OidcFailure('oidc_state', 'no pending sign-in for this browser (expired or used)');
    if (typeof query.state !== 'string' || !sameSecret(query.state, pending.state)) {
      throw new OidcFailure('oidc_state', 'the state in the answer is not the one this browser was given');
    }
    if (typeof query.error === 'string') {
      throw new OidcFailure(
        query.error === 'access_denied' ? 'oidc_denied' : 'oidc_failed',
        `the provider answered ${query.error}`,
      );
    }
    const provider = await this.provider();
    const answer = new URL(this.redirectUri);
    for (const [key, value] of Object.entries(query)) {
      if (typeof value === 'string') answer.searchParams.set(key, value);
    }
    try {
      const tokens = await oidc.authorizationCodeGrant(provider, answer, {
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        pkceCodeVerifier: pending.codeVerifier ?? undefined,
        idTokenExpected: true,
      });
      const idClaims = tokens.claims();
      if (!idClaims || !tokens.id_token) throw new OidcFailure('oidc_failed', 'no ID token in the answer');
      // ProConnect puts the person's claims in UserInfo only (a signed JWT), not in the ID token.
      const userInfo = provider.serverMetadata().userinfo_endpoint
        ? await oidc.fetchUserInfo(provider, tokens.access_token, idClaims.sub)
        : {};
      const identity = identityFromClaims(idClaims.iss, idClaims.sub, { ...idClaims, ...userInfo });
      if (!identity) throw new OidcFailure('oidc_email', 'the provider sent no usable e-mail address');
      return { identity, idToken: tokens.id_token, returnTo: pending.returnTo };
    } catch (e) {
      if (e instanceof OidcFailure) throw e;
      if (unreachable(e))
        throw new OidcFailure('oidc_unavailable', 'the provider did not answer', { cause: e });
      throw new OidcFailure('oidc_failed', `the provider's answer was refused: ${describe(e)}`, { cause: e });
    }
  }

  /** Kept as long as the session can live, for `endSessionUrl`. */
  async rememberIdToken(sessionId: string, idToken: string): Promise<void> {
    await this.redis.set(
      this.key('id-token', sessionId),
      idToken,
      'EX',
      this.config.SESSION_ABSOLUTE_HOURS * 3600,
    );
  }

  /**
   * For a session opened through the provider: its sign-out URL, so the browser ends the
   * provider's session too (else the next sign-in would reuse it without asking). Null otherwise.
   */
  async endSessionUrl(sessionId: string): Promise<string | null> {
    const idToken = await this.redis.getdel(this.key('id-token', sessionId));
    if (!idToken || !this.configuration?.serverMetadata().end_session_endpoint) return null;
    return oidc.buildEndSessionUrl(this.configuration, {
      id_token_hint: idToken,
      post_logout_redirect_uri: `${this.publicUrl}/`,
      // ProConnect requires a state; nothing is done on return but showing the home page.
      state: oidc.randomState(),
    }).href;
  }

  private get publicUrl(): string {
    return this.config.PUBLIC_URL.replace(/\/+$/, '');
  }

  private async provider(): Promise<oidc.Configuration> {
    if (!this.enabled) throw new OidcFailure('oidc_disabled', 'OIDC_ISSUER is not set');
    const provider = this.configuration ?? (await this.discover());
    if (!provider) throw new OidcFailure('oidc_unavailable', `${this.config.OIDC_ISSUER} cannot be reached`);
    return provider;
  }

  private discover(): Promise<oidc.Configuration | null> {
    this.discovering ??= this.fetchMetadata()
      .then((provider) => {
        this.configuration = provider;
        this.cancelRetry();
        this.retryDelayMs = FIRST_RETRY_MS;
        this.logger.log(`OpenID provider ready: ${this.config.OIDC_ISSUER}`);
        return provider;
      })
      .catch((e: unknown) => {
        this.logger.warn(
          `OpenID provider ${this.config.OIDC_ISSUER} unreachable (${describe(e)}); retrying in ${Math.round(this.retryDelayMs / 1000)} s`,
        );
        this.scheduleRetry();
        return null;
      })
      .finally(() => {
        this.discovering = null;
      });
    return this.discovering;
  }

  private fetchMetadata(): Promise<oidc.Configuration> {
    const issuer = new URL(this.config.OIDC_ISSUER as string);
    // Signatures of the ID token and of a JWT UserInfo are checked against the provider's keys,
    // as ProConnect asks; plain http is allowed for the local demo provider only (app-config).
    const execute = [oidc.enableNonRepudiationChecks];
    if (issuer.protocol === 'http:') execute.push(oidc.allowInsecureRequests);
    return oidc.discovery(
      issuer,
      this.config.OIDC_CLIENT_ID as string,
      undefined,
      oidc.ClientSecretPost(this.config.OIDC_CLIENT_SECRET),
      { execute, timeout: PROVIDER_TIMEOUT_S },
    );
  }

  private scheduleRetry(): void {
    if (this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.discover();
    }, this.retryDelayMs);
    this.retryTimer.unref();
    this.retryDelayMs = Math.min(this.retryDelayMs * 2, MAX_RETRY_MS);
  }

  private cancelRetry(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private async takePending(flowId: string): Promise<PendingSignIn | null> {
    const raw = await this.redis.getdel(this.key('flow', tokenHash(flowId)));
    return raw ? (JSON.parse(raw) as PendingSignIn) : null;
  }

  private key(kind: 'flow' | 'id-token', id: string): string {
    return `${this.config.NAMESPACE}:oidc:${kind}:${id}`;
  }
}

/** The provider is down or slow, as opposed to refusing what it was sent. */
function unreachable(e: unknown): boolean {
  if (e instanceof TypeError && e.message === 'fetch failed') return true;
  return e instanceof oidc.ClientError && (e.code === 'OAUTH_TIMEOUT' || e.code === 'OAUTH_ABORT');
}

function describe(e: unknown): string {
  if (e instanceof oidc.ResponseBodyError)
    return `${e.error}${e.error_description ? `: ${e.error_description}` : ''}`;
  if (e instanceof Error) return e.cause instanceof Error ? `${e.message} (${e.cause.message})` : e.message;
  return String(e);
}
