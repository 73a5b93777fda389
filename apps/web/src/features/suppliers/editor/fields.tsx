import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import type { HTMLInputTypeAttribute, ReactNode } from 'react';
import { useController, type FieldPath, type RegisterOptions } from 'react-hook-form';
import type { SupplierFormValues } from './form-model';
import { apiPath, fieldId } from './paths';

type Name = FieldPath<SupplierFormValues>;
type Rules = Omit<
  RegisterOptions<SupplierFormValues, Name>,
  'valueAsNumber' | 'valueAsDate' | 'setValueAs' | 'disabled'
>;

interface CommonProps {
  /** Form path (`capabilities.0.code`); the input's `name` is the API path (`capabilities[0].code`). */
  name: Name;
  label: ReactNode;
  hint?: ReactNode;
  rules?: Rules;
  className?: string;
}

/**
 * One field bound to the form: the DOM `name` equals the API field path, and its error text
 * carries `data-testid="error-<API path>"` (stable hooks for tests and for the error summary).
 */
function useField(name: Name, rules?: Rules) {
  const { field, fieldState } = useController<SupplierFormValues, Name>({ name, rules });
  const path = apiPath(name);
  const error = fieldState.error?.message;
  const message = error ? <span data-testid={`error-${path}`}>{error}</span> : undefined;
  const native = {
    id: fieldId(name),
    name: path,
    value: typeof field.value === 'string' ? field.value : '',
    onBlur: field.onBlur,
    ref: field.ref,
    'aria-invalid': error ? true : undefined,
    'aria-required': rules?.required ? true : undefined,
  };
  return { field, native, state: error ? ('error' as const) : ('default' as const), message };
}

/** Required fields carry the asterisk announced at the top of the form. */
function withMark(label: ReactNode, rules?: Rules): ReactNode {
  return rules?.required ? (
    <>
      {label}
      <span aria-hidden="true"> *</span>
    </>
  ) : (
    label
  );
}

export function TextField({
  name,
  label,
  hint,
  rules,
  className,
  type = 'text',
  inputMode,
  autoComplete,
  maxLength,
  placeholder,
}: CommonProps & {
  type?: HTMLInputTypeAttribute;
  inputMode?: 'text' | 'numeric' | 'decimal' | 'email' | 'tel' | 'url';
  autoComplete?: string;
  maxLength?: number;
  placeholder?: string;
}) {
  const { field, native, state, message } = useField(name, rules);
  return (
    <Input
      className={className}
      label={withMark(label, rules)}
      hintText={hint}
      state={state}
      stateRelatedMessage={message}
      nativeInputProps={{
        ...native,
        type,
        inputMode,
        autoComplete,
        maxLength,
        placeholder,
        onChange: (e) => field.onChange(e.target.value),
      }}
    />
  );
}

export function TextAreaField({
  name,
  label,
  hint,
  rules,
  className,
  rows = 5,
  maxLength,
}: CommonProps & { rows?: number; maxLength?: number }) {
  const { field, native, state, message } = useField(name, rules);
  return (
    <Input
      className={className}
      textArea
      label={withMark(label, rules)}
      hintText={hint}
      state={state}
      stateRelatedMessage={message}
      nativeTextAreaProps={{ ...native, rows, maxLength, onChange: (e) => field.onChange(e.target.value) }}
    />
  );
}

export function SelectField({
  name,
  label,
  hint,
  rules,
  className,
  options,
  placeholder,
}: CommonProps & { options: Array<{ value: string; label: string }>; placeholder?: string }) {
  const { field, native, state, message } = useField(name, rules);
  return (
    <Select
      className={className}
      label={withMark(label, rules)}
      hint={hint}
      state={state}
      stateRelatedMessage={message}
      nativeSelectProps={{ ...native, onChange: (e) => field.onChange(e.target.value) }}
    >
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </Select>
  );
}
