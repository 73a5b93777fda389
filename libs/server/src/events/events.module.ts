import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { EventRegistry } from './event-registry.service';
import { EventRelay } from './event-relay.service';

/**
 * The worker side of the event feed: the registry of subscriptions and the relay. Feature
 * modules only declare `@EventConsumer` processors; this module knows none of them.
 */
@Module({
  imports: [DiscoveryModule],
  providers: [EventRegistry, EventRelay],
  exports: [EventRegistry, EventRelay],
})
export class EventsModule {}
