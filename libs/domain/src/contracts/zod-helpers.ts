import { z } from 'zod';

/** Each field of a shape made optional and nullable: a partial update where null clears a field. */
export function nullableFields<S extends Record<string, z.ZodType>>(shape: S) {
  return Object.fromEntries(
    Object.entries(shape).map(([k, v]) => [k, v.nullable().optional()]),
  ) as unknown as {
    [K in keyof S]: z.ZodOptional<z.ZodNullable<S[K]>>;
  };
}
