import { Controller, Get, Logger, Query, Req, Res } from '@nestjs/common';
import { ApiFoundResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public, type RequestWithActor } from '../../access/access.decorators';
import { SessionsService } from '../sessions.service';
import { tokenHash } from '../tokens';
import { safeReturnTo } from './oidc-identity';
import { OidcUsersService } from './oidc-users.service';
import { FLOW_TTL_SECONDS, OidcFailure, OidcService } from './oidc.service';

/** Holds the id of the pending sign-in between the start and the provider's answer. */
const OIDC_FLOW_COOKIE = 'bitd_oidc';
const FLOW_COOKIE_PATH = '/api/v1/auth/oidc';
/** The web's sign-in page shows a French message for each `erreur` code. */
const SIGN_IN_PAGE = '/connexion';

/**
 * Sign-in through the OpenID provider. Both routes are browser navigations: they answer with
 * redirects, errors included (`/connexion?erreur=<code>`), never with JSON.
 */
@ApiTags('auth')
@Controller('auth/oidc')
export class OidcController {
  private readonly logger = new Logger(OidcController.name);

  constructor(
    private readonly oidc: OidcService,
    private readonly users: OidcUsersService,
    private readonly sessions: SessionsService,
  ) {}

  @Get('start')
  @Public()
  @ApiOperation({
    summary: 'Start an OpenID Connect sign-in (ProConnect): redirects to the provider',
    description:
      'On error, redirects to /connexion?erreur=oidc_disabled | oidc_unavailable. `returnTo` must be a path of this site; anything else becomes `/`.',
  })
  @ApiQuery({ name: 'returnTo', required: false, example: '/opportunites' })
  @ApiFoundResponse({ description: "The provider's authorization page" })
  async start(@Query('returnTo') returnTo: unknown, @Res() res: Response): Promise<void> {
    try {
      const { url, flowId } = await this.oidc.begin(safeReturnTo(returnTo));
      res.cookie(OIDC_FLOW_COOKIE, flowId, {
        ...this.sessions.cookieOptions(FLOW_TTL_SECONDS * 1000),
        path: FLOW_COOKIE_PATH,
      });
      res.redirect(302, url);
    } catch (e) {
      this.refuse(res, e);
    }
  }

  @Get('callback')
  @Public()
  @ApiOperation({
    summary: "The provider's answer: opens a new session and redirects to `returnTo`",
    description:
      'On error, redirects to /connexion?erreur=oidc_state | oidc_denied | oidc_failed | oidc_email | oidc_unavailable | oidc_disabled.',
  })
  @ApiFoundResponse({ description: 'Signed in: the page asked for at the start; else the sign-in page' })
  async callback(@Req() req: RequestWithActor, @Res() res: Response): Promise<void> {
    const flowId = (req.cookies as Record<string, string | undefined> | undefined)?.[OIDC_FLOW_COOKIE];
    res.clearCookie(OIDC_FLOW_COOKIE, { ...this.sessions.cookieOptions(), path: FLOW_COOKIE_PATH });
    try {
      const signIn = await this.oidc.complete(flowId, req.query);
      const userId = await this.users.resolve(signIn.identity);
      // A new session at each sign-in (no fixation); the one this browser had ends.
      if (req.sessionId) await this.sessions.revoke(req.sessionId);
      const token = await this.sessions.open(res, userId, 'oidc', req.headers['user-agent']);
      await this.oidc.rememberIdToken(tokenHash(token), signIn.idToken);
      res.redirect(302, signIn.returnTo);
    } catch (e) {
      this.refuse(res, e);
    }
  }

  private refuse(res: Response, e: unknown): void {
    const code = e instanceof OidcFailure ? e.code : 'oidc_failed';
    if (e instanceof OidcFailure) this.logger.warn(`OpenID sign-in refused (${code}): ${e.message}`);
    else this.logger.error(`OpenID sign-in failed: ${e instanceof Error ? e.stack : String(e)}`);
    res.redirect(302, `${SIGN_IN_PAGE}?erreur=${code}`);
  }
}
