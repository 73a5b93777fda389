import { SetMetadata, applyDecorators } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { type Job, UnrecoverableError, type WorkerOptions } from 'bullmq';
import { cappedBackoff } from '../queue/queue.constants';
import type { EventJob, EventType, PlatformEvent } from './event-types';

const CONSUMER_QUEUE = 'bitd:event-consumer';
const HANDLES = 'bitd:handles';

/**
 * A feature's BullMQ processor (`@nestjs/bullmq`) on a queue of its own: it receives the events
 * its `@OnEvent` methods name, and runs its own `@OnJob` jobs (schedules, debounced work).
 * Failed jobs are retried with a capped backoff.
 */
export function EventConsumer(
  queue: string,
  options: Omit<WorkerOptions, 'connection'> = {},
): ClassDecorator {
  return applyDecorators(
    SetMetadata(CONSUMER_QUEUE, queue),
    Processor(queue, {
      ...options,
      settings: {
        backoffStrategy: (attemptsMade: number) => cappedBackoff(attemptsMade),
        ...options.settings,
      },
    }),
  );
}

/** The method takes batches of events of these types: `(events, job)`. It must be idempotent. */
export const OnEvent = (...types: EventType[]): MethodDecorator => SetMetadata(HANDLES, types);

/** The method runs the consumer's own jobs of this name: `(data, job)`. */
export const OnJob = (name: string): MethodDecorator => SetMetadata(HANDLES, [name]);

type Handler = (this: EventProcessor, data: unknown, job: Job) => Promise<unknown>;

/** The queue a consumer class reads, if it is one. */
export function consumerQueue(cls: object): string | undefined {
  return Reflect.getMetadata(CONSUMER_QUEUE, cls) as string | undefined;
}

/** Job names (event types and own jobs) to the methods of a consumer class that take them. */
export function handlersOf(cls: { prototype: object; name: string }): Map<string, Handler> {
  const handlers = new Map<string, Handler>();
  for (
    let proto = cls.prototype;
    proto && proto !== EventProcessor.prototype;
    proto = Object.getPrototypeOf(proto)
  ) {
    for (const key of Object.getOwnPropertyNames(proto)) {
      const method = Object.getOwnPropertyDescriptor(proto, key)?.value as unknown;
      if (typeof method !== 'function') continue;
      for (const name of (Reflect.getMetadata(HANDLES, method) as string[] | undefined) ?? []) {
        if (handlers.has(name)) throw new Error(`${cls.name}: two handlers for ${name}`);
        handlers.set(name, method as Handler);
      }
    }
  }
  return handlers;
}

const isEventJob = (job: Job): job is Job<EventJob> =>
  typeof job.data === 'object' && job.data !== null && Array.isArray((job.data as EventJob).events);

/** Base class of event consumers: dispatches each job to the method that declared its name. */
export abstract class EventProcessor extends WorkerHost {
  private handlers?: Map<string, Handler>;

  async process(job: Job): Promise<unknown> {
    this.handlers ??= handlersOf(this.constructor as { prototype: object; name: string });
    const handler = this.handlers.get(job.name);
    // A job nobody handles would be retried for a day in vain: fail it for good, loudly.
    if (!handler) throw new UnrecoverableError(`${this.constructor.name} has no handler for ${job.name}`);
    return handler.call(this, isEventJob(job) ? job.data.events : job.data, job);
  }
}

/** The event types a consumer class subscribes to (its handler names that are event types). */
export function subscribedTypes(cls: { prototype: object; name: string }): EventType[] {
  return [...handlersOf(cls).keys()].filter((name) => name.includes('.')) as EventType[];
}

export type { PlatformEvent };
