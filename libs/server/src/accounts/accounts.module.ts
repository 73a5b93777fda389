import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from '../access/access.guard';
import { MailModule } from '../mail/mail.module';
import { ClaimsController } from '../organisations/claims.controller';
import { ClaimsService } from '../organisations/claims.service';
import { AccountController } from './account.controller';
import { AccountLinksController } from './account-links.controller';
import { AccountsService } from './accounts.service';
import { PersonalDataService } from './personal-data.service';
import { AuthController } from './auth.controller';
import { EmailVerificationService } from './email-verification.service';
import { PasswordResetService } from './password-reset.service';
import { OidcController } from './oidc/oidc.controller';
import { OidcUsersService } from './oidc/oidc-users.service';
import { OidcService } from './oidc/oidc.service';
import { PasswordService } from './password.service';
import { SessionsService } from './sessions.service';
import { SignInThrottle } from './sign-in-throttle';

/**
 * Users, sessions (password or OpenID Connect sign-in) and the access guard every route of the
 * api passes through. Global: the guard and the session reader are one shared provider.
 */
@Global()
@Module({
  imports: [MailModule],
  controllers: [AuthController, AccountController, AccountLinksController, OidcController, ClaimsController],
  providers: [
    AccountsService,
    EmailVerificationService,
    PasswordResetService,
    PasswordService,
    SessionsService,
    SignInThrottle,
    ClaimsService,
    PersonalDataService,
    OidcService,
    OidcUsersService,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [SessionsService, PasswordService, AccountsService],
})
export class AccountsModule {}
