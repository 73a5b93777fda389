import { z } from 'zod';

/** Each field of a shape made optional and nullable: a partial update where null clears a field. */
export function nullableFields<S extends Record<string, z.ZodType>>(shape: S) {
  return Object.fromEntries(
    Object.entries(shape).map(([k, v]) => [k, v.nullable().optional()]),
  ) as unknown as {
    [K in keyof S]: z.ZodOptional<z.ZodNullable<S[K]>>;
  };
}

export const NUL_MESSAGE = 'must not contain a NUL character';

/**
 * Refuses U+0000 in a string: PostgreSQL cannot store it in text, so without this check the
 * write would fail with a 500 instead of a 400 naming the field.
 */
export function nulFree<S extends z.ZodType<string>>(schema: S): S {
  return schema.refine((v) => !v.includes('\u0000'), NUL_MESSAGE);
}

/** Free text: trimmed, at most `max` characters, no NUL. */
export const text = (max: number) => nulFree(z.string().trim().max(max, `must be at most ${max} characters`));
export const requiredText = (max: number) => text(max).min(1, 'is required and cannot be empty');
