import { Body, Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type InvitationLookupView, type SessionView, acceptInvitationSchema } from '@bitd/domain';
import type { Response } from 'express';
import { z } from 'zod';
import { CurrentActor, Public, type RequestWithActor } from '../access/access.decorators';
import { AccountsService } from '../accounts/accounts.service';
import { SESSION_COOKIE, SessionsService } from '../accounts/sessions.service';
import type { Actor } from '../common/actor';
import { parseOrThrow } from '../common/zod-validation.pipe';
import { InvitationsService } from './invitations.service';

const lookupQuery = z.strictObject({ token: acceptInvitationSchema.shape.token });

/** The page a mailed invitation link opens. */
@ApiTags('organisations')
@Controller('invitations')
export class InvitationsController {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly sessions: SessionsService,
    private readonly accounts: AccountsService,
  ) {}

  @Get('lookup')
  @Public()
  @ApiOperation({ summary: 'What an invitation link is for: organisation, address, expired or not' })
  lookup(@Query() raw: Record<string, string>): Promise<InvitationLookupView> {
    return this.invitations.lookup(parseOrThrow(lookupQuery, raw).token);
  }

  @Post('accept')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Accept an invitation: creates the account (password required) and signs it in, or joins with the signed-in account of that address',
  })
  async accept(
    @Body() body: unknown,
    @CurrentActor() actor: Actor,
    @Req() req: RequestWithActor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SessionView> {
    const { userId, created } = await this.invitations.accept(
      parseOrThrow(acceptInvitationSchema, body),
      actor,
    );
    let token = (req.cookies as Record<string, string | undefined>)[SESSION_COOKIE];
    if (created) {
      // A new account: whoever was signed in on this browser is signed out, the newcomer in.
      if (req.sessionId) await this.sessions.revoke(req.sessionId);
      token = await this.sessions.open(res, userId, 'password', req.headers['user-agent']);
    }
    const session = await this.sessions.resolve(token);
    return this.accounts.sessionView(session, session?.csrfToken ?? '');
  }
}
