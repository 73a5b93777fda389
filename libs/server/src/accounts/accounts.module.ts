import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from '../access/access.guard';
import { ClaimsController } from '../organisations/claims.controller';
import { ClaimsService } from '../organisations/claims.service';
import { AccountController } from './account.controller';
import { AccountsService } from './accounts.service';
import { PersonalDataService } from './personal-data.service';
import { AuthController } from './auth.controller';
import { PasswordService } from './password.service';
import { SessionsService } from './sessions.service';
import { SignInThrottle } from './sign-in-throttle';

/**
 * Users, sessions and the access guard every route of the api passes through. Global: the guard
 * and the session reader are one shared provider.
 */
@Global()
@Module({
  controllers: [AuthController, AccountController, ClaimsController],
  providers: [
    AccountsService,
    PasswordService,
    SessionsService,
    SignInThrottle,
    ClaimsService,
    PersonalDataService,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [SessionsService, PasswordService, AccountsService],
})
export class AccountsModule {}
