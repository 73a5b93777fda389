import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  declineIntroductionSchema,
  introductionListQuerySchema,
  introductionNoteSchema,
  introductionStatusSchema,
  planMeetingSchema,
  proposeIntroductionSchema,
  recordOutcomeSchema,
} from '@bitd/domain';
import { CurrentActor, Roles, SignedIn } from '../access/access.decorators';
import type { Actor } from '../common/actor';
import { parseIntroductionInput } from './introduction.errors';
import { IntroductionsService } from './introductions.service';

/**
 * Introductions between suppliers and buyers, brokered by region agents. Who may call a route is
 * declared here; which introductions each caller sees or acts on is decided by
 * `introduction.policies.ts` (anyone outside an introduction gets 404).
 */
@ApiTags('introductions')
@Controller('introductions')
export class IntroductionsController {
  constructor(private readonly introductions: IntroductionsService) {}

  @Get()
  @SignedIn()
  @ApiOperation({
    summary: 'Introductions the caller takes part in (agents: all); ?queue=true is the agents’ queue',
  })
  list(@Query() raw: Record<string, string>, @CurrentActor() actor: Actor) {
    return this.introductions.list(parseIntroductionInput(introductionListQuerySchema, raw), actor);
  }

  @Post()
  @Roles('agent', 'buyer')
  @ApiOperation({ summary: 'Propose an introduction (agents), or ask for one (buyers, through an agent)' })
  propose(@Body() body: unknown, @CurrentActor() actor: Actor) {
    return this.introductions.propose(parseIntroductionInput(proposeIntroductionSchema, body), actor);
  }

  @Get(':id')
  @SignedIn()
  @ApiOperation({ summary: 'One introduction with its timeline (and the contacts once both accepted)' })
  get(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.introductions.get(id, actor);
  }

  @Post(':id/take')
  @Roles('agent')
  @HttpCode(200)
  @ApiOperation({ summary: 'An agent takes a buyer’s request from the queue' })
  take(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.introductions.take(id, actor);
  }

  @Post(':id/accept')
  @Roles('supplier', 'buyer')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept for the caller’s side; the second acceptance reveals the contacts' })
  accept(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.introductions.accept(id, actor);
  }

  @Post(':id/decline')
  @Roles('supplier', 'buyer')
  @HttpCode(200)
  @ApiOperation({ summary: 'Decline for the caller’s side, with an optional reason' })
  decline(@Param('id') id: string, @Body() body: unknown, @CurrentActor() actor: Actor) {
    return this.introductions.decline(
      id,
      parseIntroductionInput(declineIntroductionSchema, body).reason,
      actor,
    );
  }

  @Post(':id/meeting')
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({ summary: 'Plan (or move) the meeting of an accepted introduction' })
  meeting(@Param('id') id: string, @Body() body: unknown, @CurrentActor() actor: Actor) {
    return this.introductions.planMeeting(id, parseIntroductionInput(planMeetingSchema, body).date, actor);
  }

  @Post(':id/outcome')
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({ summary: 'Record how an accepted introduction ended: contract, nda, consortium, no_go' })
  outcome(@Param('id') id: string, @Body() body: unknown, @CurrentActor() actor: Actor) {
    const { outcome, date } = parseIntroductionInput(recordOutcomeSchema, body);
    return this.introductions.recordOutcome(id, { type: 'record_outcome', outcome }, date, actor);
  }

  @Post(':id/notes')
  @SignedIn()
  @ApiOperation({ summary: 'Add a note to the timeline (private: agents only, seen by agents only)' })
  note(@Param('id') id: string, @Body() body: unknown, @CurrentActor() actor: Actor) {
    return this.introductions.addNote(id, parseIntroductionInput(introductionNoteSchema, body), actor);
  }

  @Post(':id/status')
  @Roles('agent')
  @HttpCode(200)
  @ApiOperation({ summary: 'An agent moves the introduction on the board (through the same state machine)' })
  status(@Param('id') id: string, @Body() body: unknown, @CurrentActor() actor: Actor) {
    return this.introductions.changeStatus(id, parseIntroductionInput(introductionStatusSchema, body), actor);
  }
}
