import { Module } from '@nestjs/common';
import { IntroductionsController } from './introductions.controller';
import { IntroductionsService } from './introductions.service';

/** Introductions brokered by region agents (api side; it publishes events, consumes none). */
@Module({
  controllers: [IntroductionsController],
  providers: [IntroductionsService],
  exports: [IntroductionsService],
})
export class IntroductionsModule {}
