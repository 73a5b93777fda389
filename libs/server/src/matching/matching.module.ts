import { Module } from '@nestjs/common';
import { MatchesController } from './matches.controller';
import { MatchesService } from './matches.service';

/** API side: reads stored matches. */
@Module({ controllers: [MatchesController], providers: [MatchesService] })
export class MatchingModule {}
