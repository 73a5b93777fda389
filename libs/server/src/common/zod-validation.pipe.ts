import { PipeTransform } from '@nestjs/common';
import { toFieldErrors } from '@bitd/domain';
import type { z } from 'zod';
import { DomainError } from './domain-error';

/** Validates a body or query against a domain schema; the answer names each faulty field. */
export class ZodValidationPipe<S extends z.ZodType> implements PipeTransform<unknown, z.output<S>> {
  constructor(private readonly schema: S) {}

  transform(value: unknown): z.output<S> {
    if (value === undefined || value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw DomainError.validation([{ field: '(body)', message: 'must be a JSON object' }]);
    }
    const result = this.schema.safeParse(value);
    if (!result.success) throw DomainError.validation(toFieldErrors(result.error.issues));
    return result.data;
  }
}

export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw DomainError.validation(toFieldErrors(result.error.issues));
  return result.data;
}
