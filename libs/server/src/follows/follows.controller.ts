import { Controller, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles, SignedIn } from '../access/access.decorators';
import type { Actor } from '../common/actor';
import { FollowsService } from './follows.service';

@ApiTags('follows')
@Controller()
export class FollowsController {
  constructor(private readonly follows: FollowsService) {}

  @Get('follows/suppliers')
  @Roles('agent')
  @ApiOperation({ summary: "The agent's portfolio: followed companies, each with its best current matches" })
  portfolio(@CurrentActor() actor: Actor) {
    return this.follows.portfolio(actor);
  }

  @Put('follows/suppliers/:supplierId')
  @Roles('agent')
  @HttpCode(204)
  @ApiOperation({ summary: 'Follows a company (region agents)' })
  async follow(@Param('supplierId') supplierId: string, @CurrentActor() actor: Actor): Promise<void> {
    await this.follows.followSupplier(supplierId, actor);
  }

  @Delete('follows/suppliers/:supplierId')
  @Roles('agent')
  @HttpCode(204)
  @ApiOperation({ summary: 'Stops following a company' })
  async unfollow(@Param('supplierId') supplierId: string, @CurrentActor() actor: Actor): Promise<void> {
    await this.follows.unfollowSupplier(supplierId, actor);
  }

  @Get('watches/opportunities')
  @SignedIn()
  @ApiOperation({ summary: 'My watched opportunities (« mes opportunités suivies »)' })
  watched(@CurrentActor() actor: Actor) {
    return this.follows.watched(actor);
  }

  @Put('opportunities/:id/watch')
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({ summary: 'Watches an opportunity the reader can see' })
  async watch(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<void> {
    await this.follows.watchOpportunity(id, actor);
  }

  @Delete('opportunities/:id/watch')
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({ summary: 'Stops watching an opportunity' })
  async unwatch(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<void> {
    await this.follows.unwatchOpportunity(id, actor);
  }
}
