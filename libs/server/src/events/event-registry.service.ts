import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { EventProcessor, consumerQueue, subscribedTypes } from './event-consumer';
import type { EventType } from './event-types';

/**
 * Which queues take which event types, read from the `@EventConsumer` processors of the modules
 * this application loaded. The relay asks it where an event goes; nothing else knows.
 */
@Injectable()
export class EventRegistry implements OnModuleInit {
  private readonly routes = new Map<EventType, string[]>();

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    const owners = new Map<string, string>();
    for (const wrapper of this.discovery.getProviders()) {
      const cls = wrapper.metatype as { prototype: object; name: string } | null;
      if (!cls?.prototype || !(cls.prototype instanceof EventProcessor)) continue;
      const queue = consumerQueue(cls);
      if (!queue) throw new Error(`${cls.name} extends EventProcessor without @EventConsumer`);
      // Two processors on one queue would take each other's jobs and fail them.
      const owner = owners.get(queue);
      if (owner && owner !== cls.name) throw new Error(`${cls.name} and ${owner} both consume ${queue}`);
      owners.set(queue, cls.name);
      for (const type of subscribedTypes(cls)) {
        const queues = this.routes.get(type) ?? [];
        if (!queues.includes(queue)) this.routes.set(type, [...queues, queue]);
      }
    }
  }

  /** The queues subscribed to this type (none: the event is only kept in the outbox). */
  queuesFor(type: EventType): readonly string[] {
    return this.routes.get(type) ?? [];
  }

  /** Every subscription, for diagnosis. */
  subscriptions(): Record<string, readonly string[]> {
    return Object.fromEntries(this.routes);
  }
}
