import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type EmailVerifiedView,
  type PasswordResetView,
  type ResetRequestedView,
  type VerificationResendView,
  resetPasswordSchema,
  resetRequestSchema,
  verifyEmailSchema,
} from '@bitd/domain';
import { CurrentActor, Public, SignedIn } from '../access/access.decorators';
import type { Actor } from '../common/actor';
import { parseOrThrow } from '../common/zod-validation.pipe';
import { EmailVerificationService } from './email-verification.service';
import { PasswordResetService } from './password-reset.service';

/** The account flows that go through a mailed link: e-mail verification and password reset. */
@ApiTags('auth')
@Controller('auth')
export class AccountLinksController {
  constructor(
    private readonly verification: EmailVerificationService,
    private readonly reset: PasswordResetService,
  ) {}

  @Post('verify-email')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Verify the address with the mailed token (48 h, once)' })
  verifyEmail(@Body() body: unknown): Promise<EmailVerifiedView> {
    return this.verification.verify(parseOrThrow(verifyEmailSchema, body).token);
  }

  @Post('verify-email/resend')
  @SignedIn()
  @HttpCode(202)
  @ApiOperation({ summary: 'Mail a new verification link (one per few minutes)' })
  resendVerification(@CurrentActor() actor: Actor): Promise<VerificationResendView> {
    return this.verification.resend(actor);
  }

  @Post('password-reset/request')
  @Public()
  @HttpCode(202)
  @ApiOperation({
    summary: 'Mail a password reset link (1 h) if the address has an account; same answer either way',
  })
  async requestReset(@Body() body: unknown, @CurrentActor() actor: Actor): Promise<ResetRequestedView> {
    await this.reset.request(parseOrThrow(resetRequestSchema, body).email, actor.requestId);
    return { accepted: true };
  }

  @Post('password-reset')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Set a new password with the mailed token; ends every session of the account' })
  resetPassword(@Body() body: unknown, @CurrentActor() actor: Actor): Promise<PasswordResetView> {
    const input = parseOrThrow(resetPasswordSchema, body);
    return this.reset.reset(input.token, input.password, actor.requestId);
  }
}
