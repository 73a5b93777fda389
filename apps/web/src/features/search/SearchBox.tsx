import { SUPPLIER_QUERY_MAX_LENGTH } from '@bitd/domain';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { testId } from '../../shared/testId';

/** How long typing must pause before the search runs. */
export const SEARCH_DEBOUNCE_MS = 250;

const addressText = (): string => (new URLSearchParams(window.location.search).get('q') ?? '').trim();

interface Props {
  /** The text in the address. */
  value: string;
  /** Writes the text to the address; `replace` while refining text this box wrote itself. */
  onCommit: (q: string, replace: boolean) => void;
  resultsId: string;
}

/**
 * Search as you type: the text goes to the address once typing pauses. The box follows the
 * address when something else changes it (back/forward, a link, "clear everything").
 */
export function SearchBox({ value, onCommit, resultsId }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  /** The address text the box last followed. */
  const [followed, setFollowed] = useState(value);
  /** The text this box last wrote to the address, while the person keeps refining it. */
  const [own, setOwn] = useState<string | null>(null);
  const timer = useRef<number | undefined>(undefined);

  if (value !== followed) {
    setFollowed(value);
    if (value !== own) {
      // changed from elsewhere
      setText(value);
      setOwn(null);
    }
  }

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const commit = (raw: string) => {
    window.clearTimeout(timer.current);
    const q = raw.trim();
    // One history entry per search, not one per pause in the typing.
    const replace = own !== null && addressText() === own;
    setOwn(q);
    onCommit(q, replace);
  };

  return (
    <form
      role="search"
      aria-label={t('search.formLabel')}
      onSubmit={(e) => {
        e.preventDefault();
        commit(text);
      }}
    >
      <Input
        className="fr-mb-0"
        label={t('search.inputLabel')}
        hintText={t('search.inputHint')}
        nativeInputProps={{
          type: 'search',
          name: 'q',
          value: text,
          autoComplete: 'off',
          enterKeyHint: 'search',
          maxLength: SUPPLIER_QUERY_MAX_LENGTH,
          'aria-controls': resultsId,
          ...testId('search-input'),
          onChange: (e) => {
            const next = e.target.value;
            setText(next);
            window.clearTimeout(timer.current);
            const base = addressText();
            timer.current = window.setTimeout(() => {
              // Back/forward while the timer ran: the address wins.
              if (addressText() === base) commit(next);
            }, SEARCH_DEBOUNCE_MS);
          },
          onBlur: () => setOwn(null),
        }}
        addon={
          <Button type="submit" iconId="fr-icon-search-line" title={t('search.submit')}>
            {t('search.submit')}
          </Button>
        }
      />
    </form>
  );
}
