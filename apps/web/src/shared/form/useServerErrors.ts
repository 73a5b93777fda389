import type { FieldError } from '@bitd/domain';
import { useState } from 'react';
import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import type { SummaryItem } from './ErrorSummary';
import { flattenErrors } from './flattenErrors';
import { formPath } from './paths';

/** The form path of the text input that shows an API field, or null when no input does. */
export function inputPathOf<T extends FieldValues>(
  form: Pick<UseFormReturn<T>, 'getValues'>,
  apiField: string,
): FieldPath<T> | null {
  const path = formPath(apiField) as FieldPath<T>;
  return apiField && typeof form.getValues(path) === 'string' ? path : null;
}

/**
 * The API's field errors of a refused save: each shown next to its input (`targetOf`, by default
 * the text input of that path), the others kept aside (`unmapped`). `summary` lists both for the
 * error summary; an unmapped error links somewhere only when `linked` says so.
 */
export function useServerErrors<T extends FieldValues>(
  form: UseFormReturn<T>,
  {
    targetOf = (apiField) => inputPathOf(form, apiField),
    linked = () => false,
  }: {
    targetOf?: (apiField: string) => FieldPath<T> | null;
    linked?: (apiField: string) => boolean;
  } = {},
) {
  const [unmapped, setUnmapped] = useState<FieldError[]>([]);

  const show = (errors: FieldError[]) => {
    const rest: FieldError[] = [];
    for (const fe of errors) {
      const path = targetOf(fe.field);
      if (path) form.setError(path, { type: 'server', message: fe.message });
      else rest.push(fe);
    }
    setUnmapped(rest);
  };

  const summary: SummaryItem[] = [
    ...flattenErrors(form.formState.errors).map((e) => ({ ...e, linked: true })),
    ...unmapped.map((e) => ({ ...e, linked: linked(e.field) })),
  ];

  return { unmapped, summary, show, clear: () => setUnmapped([]) };
}
