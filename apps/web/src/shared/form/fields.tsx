import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import type { HTMLInputTypeAttribute, ReactNode } from 'react';
import { useController, type FieldPath, type FieldValues, type RegisterOptions } from 'react-hook-form';
import { apiPath, fieldId } from './paths';

export type FieldRules<T extends FieldValues> = Omit<
  RegisterOptions<T, FieldPath<T>>,
  'valueAsNumber' | 'valueAsDate' | 'setValueAs' | 'disabled'
>;

interface CommonProps<T extends FieldValues> {
  /** Form path (`capabilities.0.code`); the input's `name` is the API path (`capabilities[0].code`). */
  name: FieldPath<T>;
  label: ReactNode;
  hint?: ReactNode;
  rules?: FieldRules<T>;
  className?: string;
}

export type TextFieldProps<T extends FieldValues> = CommonProps<T> & {
  type?: HTMLInputTypeAttribute;
  inputMode?: 'text' | 'numeric' | 'decimal' | 'email' | 'tel' | 'url';
  autoComplete?: string;
  maxLength?: number;
  placeholder?: string;
  min?: string | number;
  max?: string | number;
};

export type TextAreaFieldProps<T extends FieldValues> = CommonProps<T> & {
  rows?: number;
  maxLength?: number;
};

export type SelectFieldProps<T extends FieldValues> = CommonProps<T> & {
  options: Array<{ value: string; label: string }>;
  placeholder?: string;
};

/**
 * One field bound to the form: the DOM `name` equals the API field path, and its error text
 * carries `data-testid="error-<API path>"` (stable hooks for tests and for the error summary).
 * `native` goes on the control; `chrome` is what the DSFR component shows around it (class, label,
 * error state).
 */
function useField<T extends FieldValues>({ name, label, rules, className }: CommonProps<T>) {
  const { field, fieldState } = useController<T, FieldPath<T>>({ name, rules });
  const path = apiPath(name);
  const error = fieldState.error?.message;
  const native = {
    id: fieldId(name),
    name: path,
    value: typeof field.value === 'string' ? field.value : '',
    onChange: (e: { target: { value: string } }) => field.onChange(e.target.value),
    onBlur: field.onBlur,
    ref: field.ref,
    'aria-invalid': error ? true : undefined,
    'aria-required': rules?.required ? true : undefined,
  };
  const chrome = {
    className,
    label: withMark(label, rules?.required),
    state: error ? ('error' as const) : ('default' as const),
    stateRelatedMessage: error ? <span data-testid={`error-${path}`}>{error}</span> : undefined,
  };
  return { native, chrome };
}

/** Required fields carry the asterisk announced at the top of the form. */
export function withMark(label: ReactNode, required: unknown): ReactNode {
  return required ? (
    <>
      {label}
      <span aria-hidden="true"> *</span>
    </>
  ) : (
    label
  );
}

export function TextField<T extends FieldValues>({
  hint,
  type = 'text',
  inputMode,
  autoComplete,
  maxLength,
  placeholder,
  min,
  max,
  ...common
}: TextFieldProps<T>) {
  const { native, chrome } = useField<T>(common);
  return (
    <Input
      {...chrome}
      hintText={hint}
      nativeInputProps={{
        ...native,
        type,
        inputMode,
        autoComplete,
        maxLength,
        placeholder,
        min,
        max,
      }}
    />
  );
}

export function TextAreaField<T extends FieldValues>({
  hint,
  rows = 5,
  maxLength,
  ...common
}: TextAreaFieldProps<T>) {
  const { native, chrome } = useField<T>(common);
  return <Input {...chrome} textArea hintText={hint} nativeTextAreaProps={{ ...native, rows, maxLength }} />;
}

export function SelectField<T extends FieldValues>({
  hint,
  options,
  placeholder,
  ...common
}: SelectFieldProps<T>) {
  const { native, chrome } = useField<T>(common);
  return (
    <Select {...chrome} hint={hint} nativeSelectProps={native}>
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </Select>
  );
}

/** The field components with their `name` checked against the paths of one form's values. */
export function formFields<T extends FieldValues>() {
  return {
    TextField: TextField<T>,
    TextAreaField: TextAreaField<T>,
    SelectField: SelectField<T>,
  };
}
