import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type InvitationView, type OrganisationDetailView, invitationSchema } from '@bitd/domain';
import { CurrentActor, SignedIn } from '../access/access.decorators';
import type { Actor } from '../common/actor';
import { parseOrThrow } from '../common/zod-validation.pipe';
import { MembersService } from './members.service';

/** The signed-in user's own organisation; the changes are for its administrators (canManageMembers). */
@ApiTags('organisations')
@Controller('organisations/mine')
export class MyOrganisationController {
  constructor(private readonly members: MembersService) {}

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'My organisation: its members, and for its administrators the invitations' })
  mine(@CurrentActor() actor: Actor): Promise<OrganisationDetailView> {
    return this.members.mine(actor);
  }

  @Post('invitations')
  @SignedIn()
  @ApiOperation({ summary: 'Invite a colleague by e-mail (administrators; link valid 7 days)' })
  invite(@Body() body: unknown, @CurrentActor() actor: Actor): Promise<InvitationView> {
    return this.members.invite(actor, parseOrThrow(invitationSchema, body));
  }

  @Delete('invitations/:id')
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({ summary: 'Cancel a pending invitation (administrators)' })
  revokeInvitation(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<void> {
    return this.members.revokeInvitation(actor, id);
  }

  @Delete('members/:userId')
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a member and end their sessions (administrators; never the last one)' })
  removeMember(@Param('userId') userId: string, @CurrentActor() actor: Actor): Promise<void> {
    return this.members.removeMember(actor, userId);
  }
}
