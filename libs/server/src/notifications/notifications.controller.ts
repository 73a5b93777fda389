import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { notificationListQuerySchema, notificationPreferencesSchema, unsubscribeSchema } from '@bitd/domain';
import { CurrentActor, Public, SignedIn } from '../access/access.decorators';
import type { Actor } from '../common/actor';
import { parseOrThrow } from '../common/zod-validation.pipe';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @SignedIn()
  @ApiOperation({
    summary: 'My notifications, newest first (page, pageSize, unread=true), with the unread count',
  })
  list(@Query() raw: Record<string, unknown>, @CurrentActor() actor: Actor) {
    return this.notifications.list(actor, parseOrThrow(notificationListQuerySchema, raw));
  }

  @Get('preferences')
  @SignedIn()
  @ApiOperation({ summary: 'How I am told of each kind: immediate, daily (summary) or off' })
  preferences(@CurrentActor() actor: Actor) {
    return this.notifications.preferences(actor);
  }

  @Put('preferences')
  @SignedIn()
  @ApiOperation({ summary: 'Change how I am told of some kinds (the others keep their setting)' })
  setPreferences(@Body() body: unknown, @CurrentActor() actor: Actor) {
    return this.notifications.setPreferences(actor, parseOrThrow(notificationPreferencesSchema, body));
  }

  @Post('read-all')
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark all my notifications read' })
  readAll(@CurrentActor() actor: Actor) {
    return this.notifications.markAllRead(actor);
  }

  @Post('unsubscribe')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: "A mail's unsubscribe link: turns its kind off for its person (single use)" })
  unsubscribe(@Body() body: unknown) {
    return this.notifications.unsubscribe(parseOrThrow(unsubscribeSchema, body).token);
  }

  @Post(':id/read')
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark one of my notifications read' })
  read(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.notifications.markRead(actor, id);
  }
}
