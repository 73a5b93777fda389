import { useTranslation } from 'react-i18next';
import type { CpvEntry } from '../../api/client';
import { useLang } from '../../shared/useLang';
import { cpvText } from './cpv.queries';

/**
 * Why the picker proposes a code, under its label: the thesaurus concept behind it and the words
 * typed that named it (« Concept « drone sous-marin » · d’après vos mots « drone sous-marin » »), or
 * that the words are in the CPV label, or that the code was typed.
 */
export function CpvReason({ entry }: { entry: CpvEntry }) {
  const { t } = useTranslation();
  const lang = useLang();
  const parts: string[] = [];
  if (entry.concept) parts.push(t('cpv.concept', { concept: cpvText(entry.concept, lang) }));
  if (entry.matchedBy === 'concept' && entry.words) parts.push(t('cpv.fromWords', { words: entry.words }));
  else if (entry.matchedBy === 'label') parts.push(t('cpv.byLabel'));
  else if (entry.matchedBy === 'code') parts.push(t('cpv.byCode'));
  return <span className="bitd-combobox__why">{parts.join(' · ')}</span>;
}
