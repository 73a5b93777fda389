import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import type { ReactNode } from 'react';

/**
 * The filters above a list: a search form of columns (`children`), then a reset button while a
 * filter is set. Nothing is sent: `onSubmit` reads the form (Enter in a text field).
 */
export function FilterBar({
  label,
  onSubmit,
  hasFilters,
  onReset,
  resetLabel,
  resetClassName,
  children,
}: {
  label: string;
  onSubmit?: (form: HTMLFormElement) => void;
  hasFilters: boolean;
  onReset: () => void;
  resetLabel: string;
  /** The reset button's grid column. */
  resetClassName: string;
  children: ReactNode;
}) {
  return (
    <form
      role="search"
      aria-label={label}
      className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom fr-mb-3w"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit?.(e.currentTarget);
      }}
    >
      {children}
      {hasFilters && (
        <div className={resetClassName}>
          <Button
            type="button"
            priority="tertiary"
            size="small"
            iconId="fr-icon-close-line"
            onClick={onReset}
          >
            {resetLabel}
          </Button>
        </div>
      )}
    </form>
  );
}

/** One select of a filter bar, in its grid column; `allLabel` is the first option (value ''). */
export function SelectFilter<V extends string>({
  className,
  label,
  name,
  value,
  onChange,
  allLabel,
  options,
}: {
  /** The grid column. */
  className: string;
  label: string;
  name: string;
  /** '' (in V) when the select has an `allLabel`. */
  value: V;
  onChange: (value: V) => void;
  allLabel?: string;
  options: ReadonlyArray<{ value: V; label: string }>;
}) {
  return (
    <div className={className}>
      <Select
        className="fr-mb-0"
        label={label}
        nativeSelectProps={{ name, value, onChange: (e) => onChange(e.target.value as V) }}
      >
        {allLabel !== undefined && <option value="">{allLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </div>
  );
}
