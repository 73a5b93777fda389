import { Body, Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type SessionView, type SignOutView, passwordSignInSchema, signUpSchema } from '@bitd/domain';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { Public, SignedIn, type RequestWithActor } from '../access/access.decorators';
import { parseOrThrow } from '../common/zod-validation.pipe';
import { AccountsService, type RequestContext } from './accounts.service';
import { OidcService } from './oidc/oidc.service';
import { CSRF_COOKIE, SESSION_COOKIE, SessionsService } from './sessions.service';
import { newToken } from './tokens';

const siretQuery = z.strictObject({ siret: signUpSchema.shape.siret });

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly sessions: SessionsService,
    private readonly oidc: OidcService,
  ) {}

  @Get('session')
  @Public()
  @ApiOperation({ summary: 'Who is signed in, and the CSRF token to send in X-CSRF-Token' })
  session(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<SessionView> {
    return this.currentSession(req, res);
  }

  @Post('sign-in')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Password sign-in (SME staff); limited per account and per client' })
  async signIn(@Body() body: unknown, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    await this.revokeCurrent(req);
    return this.opened(
      await this.accounts.signIn(parseOrThrow(passwordSignInSchema, body), context(req), res),
    );
  }

  @Post('sign-up')
  @Public()
  @ApiOperation({
    summary:
      "Create an account with the company's SIRET: a new organisation, or a claim on its imported profile",
  })
  async signUp(@Body() body: unknown, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const input = parseOrThrow(signUpSchema, body);
    await this.revokeCurrent(req);
    return this.opened(await this.accounts.signUp(input, context(req), res));
  }

  @Get('siret-lookup')
  @Public()
  @ApiOperation({ summary: 'What signing up with this SIRET will do (new organisation, claim, or refused)' })
  siretLookup(@Query() raw: Record<string, string>) {
    return this.accounts.siretLookup(parseOrThrow(siretQuery, raw).siret);
  }

  @Post('sign-out')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: "End this session; after an OpenID sign-in, answers the provider's sign-out URL to go to",
  })
  async signOut(
    @Req() req: RequestWithActor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SignOutView> {
    const providerSignOutUrl = req.sessionId ? await this.oidc.endSessionUrl(req.sessionId) : null;
    await this.endCurrent(req, res);
    return { ...(await this.currentSession({ ...req, cookies: {} } as Request, res)), providerSignOutUrl };
  }

  @Post('sign-out-everywhere')
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({ summary: 'End every session of the signed-in user, on every device' })
  async signOutEverywhere(@Req() req: RequestWithActor, @Res({ passthrough: true }) res: Response) {
    if (req.actor?.userId) await this.sessions.revokeAll(req.actor.userId);
    this.sessions.clearCookie(res);
    return this.currentSession({ ...req, cookies: {} } as Request, res);
  }

  /** A new sign-in replaces the session the browser had (its cookie is overwritten). */
  private async revokeCurrent(req: Request): Promise<void> {
    const id = (req as RequestWithActor).sessionId;
    if (id) await this.sessions.revoke(id);
  }

  private async endCurrent(req: Request, res: Response): Promise<void> {
    await this.revokeCurrent(req);
    this.sessions.clearCookie(res);
  }

  private async opened(token: string): Promise<SessionView> {
    const session = await this.sessions.resolve(token);
    return this.accounts.sessionView(session, session?.csrfToken ?? '');
  }

  private async currentSession(req: Request, res: Response): Promise<SessionView> {
    const cookies = (req.cookies ?? {}) as Record<string, string | undefined>;
    const session = await this.sessions.resolve(cookies[SESSION_COOKIE]);
    if (session) return this.accounts.sessionView(session, session.csrfToken);
    // Nobody signed in: the CSRF token is bound to a cookie of its own (double submit).
    let csrf = cookies[CSRF_COOKIE];
    if (!csrf || csrf.length > 100) {
      csrf = newToken();
      res.cookie(CSRF_COOKIE, csrf, { ...this.sessions.cookieOptions(), sameSite: 'strict' });
    }
    return this.accounts.sessionView(null, csrf);
  }
}

function context(req: Request): RequestContext {
  return {
    ip: req.ip ?? req.socket.remoteAddress ?? 'unknown',
    userAgent: req.headers['user-agent'],
  };
}
