import { toFieldErrors } from '@bitd/domain';
import type { z } from 'zod';
import { type Bilingual, DomainError } from './domain-error';

const BODY: Record<string, Bilingual> = { '(body)': { fr: 'contenu de la demande', en: 'request body' } };

/**
 * Validates input like `parseOrThrow`, and says in the answer's own language which fields are
 * wrong (`labels` names each top-level field as a person reads it); the field errors stay as the
 * API names them, for clients that point at the input.
 */
export function parseNamed<S extends z.ZodType>(
  schema: S,
  value: unknown,
  labels: Record<string, Bilingual>,
): z.output<S> {
  const body = value ?? {};
  const result =
    typeof body === 'object' && !Array.isArray(body)
      ? schema.safeParse(body)
      : ({ success: false, error: null } as const);
  if (result.success) return result.data;
  const errors = result.error
    ? toFieldErrors(result.error.issues)
    : [{ field: '(body)', message: 'must be a JSON object' }];
  const named = [...new Set(errors.map((e) => e.field.split(/[.[]/)[0]))].map(
    (f) => labels[f] ?? BODY[f] ?? { fr: f, en: f },
  );
  throw DomainError.validation(errors, {
    fr: `${named.length > 1 ? 'Champs à corriger' : 'Champ à corriger'} : ${named.map((n) => `« ${n.fr} »`).join(', ')}.`,
    en: `${named.length > 1 ? 'Fields to correct' : 'Field to correct'}: ${named.map((n) => `“${n.en}”`).join(', ')}.`,
  });
}
