import { CPV_PICKER_MAX_QUERY } from '@bitd/domain';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CpvEntry } from '../../api/client';
import { useDebouncedValue } from '../../shared/useDebouncedValue';
import { useLang } from '../../shared/useLang';
import { CpvReason } from './CpvReason';
import { cpvText, isCpvQuery, useCpvSearch } from './cpv.queries';

export interface CpvPick {
  code: string;
  label: string;
}

/**
 * Search box over the CPV reference (server-side, debounced): type words (read through the defence
 * thesaurus: « drone sous-marin », « UUV », « cyber ») or the start of a code, pick an answer with the
 * mouse or the keyboard (↑ ↓ Enter, Escape closes). Each answer says which concept and words led to it.
 */
export function CpvPicker({ onPick, label }: { onPick: (pick: CpvPick) => void; label?: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const baseId = useId();
  const listId = `${baseId}-list`;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const debounced = useDebouncedValue(text.trim(), 300);
  const search = useCpvSearch(debounced, lang);
  const readable = isCpvQuery(debounced);
  const results: CpvEntry[] = readable ? (search.data ?? []) : [];
  const expanded = open && debounced.length >= 2;

  const pick = (entry: CpvEntry) => {
    onPick({ code: entry.code, label: cpvText(entry, lang) });
    setText('');
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((i) => (results.length ? (i + 1) % results.length : -1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => (results.length ? (i <= 0 ? results.length - 1 : i - 1) : -1));
    } else if (e.key === 'Enter') {
      // Never submit the whole form from the search box.
      e.preventDefault();
      const entry = results[active] ?? (results.length === 1 ? results[0] : undefined);
      if (expanded && entry) pick(entry);
    } else if (e.key === 'Escape' && expanded) {
      e.preventDefault();
      setOpen(false);
    }
  };

  let status = '';
  if (debounced.length >= 2) {
    if (!readable) status = t('cpv.unreadable');
    else if (search.isError) status = t('cpv.error');
    else if (search.isFetching && !search.data) status = t('common.loading');
    else status = t('cpv.results', { count: results.length });
  }

  return (
    <div className="bitd-combobox">
      <Input
        label={label ?? t('cpv.searchLabel')}
        hintText={t('cpv.searchHint')}
        iconId="fr-icon-search-line"
        nativeInputProps={{
          type: 'search',
          role: 'combobox',
          autoComplete: 'off',
          maxLength: CPV_PICKER_MAX_QUERY,
          'aria-autocomplete': 'list',
          'aria-expanded': expanded,
          'aria-controls': listId,
          'aria-activedescendant': expanded && active >= 0 ? `${listId}-${active}` : undefined,
          value: text,
          onChange: (e) => {
            setText(e.target.value);
            setOpen(true);
            setActive(-1);
          },
          onKeyDown,
          onFocus: () => setOpen(true),
          onBlur: () => setOpen(false),
        }}
      />
      <p className="fr-sr-only" role="status" aria-live="polite">
        {expanded ? status : ''}
      </p>
      <ul
        id={listId}
        role="listbox"
        aria-label={t('cpv.listLabel')}
        className="bitd-combobox__list"
        hidden={!expanded}
      >
        {expanded && results.length === 0 && (
          <li className="bitd-combobox__empty" role="presentation">
            {status}
          </li>
        )}
        {expanded &&
          results.map((entry, i) => (
            <li
              key={entry.code}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={
                i === active ? 'bitd-combobox__option bitd-combobox__option--active' : 'bitd-combobox__option'
              }
              // mousedown, not click: it runs before the input's blur closes the list
              onMouseDown={(e) => {
                e.preventDefault();
                pick(entry);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span className="bitd-combobox__code">{entry.code}</span> {cpvText(entry, lang)}
              <CpvReason entry={entry} />
            </li>
          ))}
      </ul>
    </div>
  );
}
