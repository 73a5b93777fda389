import type { z } from 'zod';

/** One problem with one field: `field` is a dotted path such as `capabilities[2].trl`. */
export interface FieldError {
  field: string;
  message: string;
}

/** Body of every error answer of the API. */
export interface ApiErrorBody {
  statusCode: number;
  code: string;
  message: string;
  errors?: FieldError[];
  details?: Record<string, unknown>;
}

export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((acc, p) => {
    if (typeof p === 'number') return `${acc}[${p}]`;
    return acc ? `${acc}.${String(p)}` : String(p);
  }, '');
}

/** Flattens zod issues into field errors a person can act on (unknown keys become one error each). */
const EXPECTED_TYPE: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

export function toFieldErrors(issues: ReadonlyArray<z.core.$ZodIssue>): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({ field: fieldPath([...issue.path, key]), message: 'is not a known field' });
      }
    } else if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message)) {
      out.push({ field: fieldPath(issue.path), message: 'is required' });
    } else if (issue.code === 'invalid_type') {
      // "six" in a number column: say what the field takes, in words a person can act on.
      const wanted = EXPECTED_TYPE[issue.expected] ?? issue.expected;
      out.push({ field: fieldPath(issue.path) || '(record)', message: `must be ${wanted}` });
    } else {
      out.push({ field: fieldPath(issue.path) || '(record)', message: issue.message });
    }
  }
  return out;
}
