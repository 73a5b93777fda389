import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { InvitationsController } from './invitations.controller';
import { InvitationsService } from './invitations.service';
import { MembersService } from './members.service';
import { MyOrganisationController } from './my-organisation.controller';

/** Members of an organisation and invitations by e-mail. */
@Module({
  imports: [MailModule],
  controllers: [MyOrganisationController, InvitationsController],
  providers: [MembersService, InvitationsService],
})
export class OrganisationsModule {}
