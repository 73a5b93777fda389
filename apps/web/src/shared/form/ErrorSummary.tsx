import type { FieldError } from '@bitd/domain';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId } from './paths';

export interface SummaryItem extends FieldError {
  /** Whether an input of the form shows this error (then the item links to it). */
  linked: boolean;
}

/**
 * Every problem at the top of the form, each linking to its field; takes focus after a failed save.
 * `labelOf` names an API field path for people; `recordLabel` names the record as a whole.
 */
export function ErrorSummary({
  items,
  labelOf,
  recordLabel,
  ref,
}: {
  items: SummaryItem[];
  labelOf: (path: string) => string;
  recordLabel: string;
  ref?: Ref<HTMLDivElement>;
}) {
  const { t } = useTranslation();
  return (
    <div ref={ref} tabIndex={-1} className="bitd-focus-target fr-mb-4w" data-testid="error-summary">
      <Alert
        severity="error"
        role="alert"
        title={t('editor.errorSummary', { count: items.length })}
        description={
          <ul className="fr-mb-0">
            {items.map((e) => (
              <li key={`${e.field}:${e.message}`}>
                {e.linked ? (
                  <a
                    className="fr-link fr-link--sm"
                    href={`#${fieldId(e.field)}`}
                    onClick={(ev) => {
                      const el = document.getElementById(fieldId(e.field));
                      if (el) {
                        ev.preventDefault();
                        // A group (fieldset of checkboxes) gives focus to its first control.
                        const target =
                          el instanceof HTMLFieldSetElement
                            ? (el.querySelector<HTMLElement>('input, select, textarea') ?? el)
                            : el;
                        target.focus();
                        el.scrollIntoView({ block: 'center' });
                      }
                    }}
                  >
                    {labelOf(e.field)}
                  </a>
                ) : (
                  <strong>{e.field === '(record)' || e.field === '' ? recordLabel : labelOf(e.field)}</strong>
                )}
                {' : '}
                {e.message}
              </li>
            ))}
          </ul>
        }
      />
    </div>
  );
}
