import { Module } from '@nestjs/common';
import { FollowsController } from './follows.controller';
import { FollowsService } from './follows.service';

/** Agents' portfolios of followed companies and everyone's watched opportunities. */
@Module({ controllers: [FollowsController], providers: [FollowsService] })
export class FollowsModule {}
