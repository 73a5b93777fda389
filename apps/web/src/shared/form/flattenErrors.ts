import type { FieldErrors, FieldValues } from 'react-hook-form';
import { apiPath } from './paths';

/** RHF's nested error tree as a flat list of `{ field: API path, message }` (field paths in the API form). */
export function flattenErrors<T extends FieldValues>(
  errors: FieldErrors<T>,
): Array<{ field: string; message: string }> {
  const out: Array<{ field: string; message: string }> = [];
  const walk = (node: unknown, path: string[]) => {
    if (!node || typeof node !== 'object') return;
    const rec = node as Record<string, unknown>;
    if (typeof rec['message'] === 'string' && typeof rec['type'] === 'string') {
      out.push({ field: apiPath(path.join('.')), message: rec['message'] });
      return;
    }
    for (const [k, v] of Object.entries(rec)) {
      if (k === 'ref' || k === 'root') continue;
      walk(v, [...path, k]);
    }
  };
  walk(errors, []);
  return out;
}
