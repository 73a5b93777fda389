import type { MatchNeed } from '@bitd/domain';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../shared/useLang';

/** The needs as the matcher read them from the codes and the words of the opportunity. */
export function NeedsList({ needs }: { needs: MatchNeed[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (needs.length === 0) return <p className="bitd-muted">{t('matching.noNeeds')}</p>;
  // The main need first, the others in the matcher's order.
  const ordered = [...needs.filter((n) => n.main), ...needs.filter((n) => !n.main)];
  return (
    <ul className="bitd-needs" data-testid="match-needs">
      {ordered.map((n) => (
        <li key={n.key} className={n.main ? 'bitd-need bitd-need--main' : 'bitd-need'} data-main={n.main}>
          <span className="bitd-strong">{n.label[lang] || n.label.fr}</span>{' '}
          {n.main && (
            <Badge as="span" small noIcon severity="info">
              {t('matching.mainNeed')}
            </Badge>
          )}
          {(n.codes.length > 0 || n.terms.length > 0) && (
            <span className="bitd-block fr-text--xs fr-mb-0 bitd-muted">
              {n.codes.length > 0 && t('matching.needCodes', { codes: n.codes.join(', ') })}
              {n.codes.length > 0 && n.terms.length > 0 && ' · '}
              {n.terms.length > 0 &&
                t('matching.needTerms', {
                  terms: n.terms.map((w) => t('matching.quoted', { text: w })).join(', '),
                })}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
