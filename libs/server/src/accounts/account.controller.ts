import { Body, Controller, Delete, Get, HttpCode, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { deleteAccountSchema } from '@bitd/domain';
import type { Response } from 'express';
import { CurrentActor, SignedIn } from '../access/access.decorators';
import type { Actor } from '../common/actor';
import { parseOrThrow } from '../common/zod-validation.pipe';
import { PersonalDataService } from './personal-data.service';
import { SessionsService } from './sessions.service';

@ApiTags('account')
@SignedIn()
@Controller('account')
export class AccountController {
  constructor(
    private readonly personalData: PersonalDataService,
    private readonly sessions: SessionsService,
  ) {}

  @Get('export')
  @ApiOperation({ summary: 'Download everything the platform keeps about me (JSON)' })
  async export(@CurrentActor() actor: Actor, @Res({ passthrough: true }) res: Response) {
    res.setHeader('Content-Disposition', 'attachment; filename="mes-donnees-bitd-bretagne.json"');
    return this.personalData.export(actor.userId ?? actor.id);
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Delete my account (confirmEmail must be its address); the audit log keeps the fact only',
  })
  async remove(
    @Body() body: unknown,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ) {
    await this.personalData.deleteAccount(actor, parseOrThrow(deleteAccountSchema, body).confirmEmail);
    this.sessions.clearCookie(res);
  }
}
