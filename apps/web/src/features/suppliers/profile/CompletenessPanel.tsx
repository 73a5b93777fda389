import type { CompletenessView } from '@bitd/domain';
import { useTranslation } from 'react-i18next';
import { Meter } from '../../../shared/Meter';
import { CompletenessBadge, completenessSeverity } from '../SupplierBadges';

/** Score and what is missing, most valuable first (order given by the API). */
export function CompletenessPanel({ completeness }: { completeness: CompletenessView }) {
  const { t } = useTranslation();
  const { score, missing } = completeness;
  return (
    <aside aria-labelledby="completeness-title" className="bitd-panel fr-mb-4w">
      <h2 id="completeness-title" className="fr-h6 fr-mb-1w">
        {t('completeness.title')}
      </h2>
      <p className="fr-mb-1w">
        <CompletenessBadge score={score} small={false} />
      </p>
      <Meter value={score} level={completenessSeverity(score)} label={t('completeness.title')} />
      {missing.length === 0 ? (
        <p className="fr-text--sm fr-mt-2w fr-mb-0">{t('completeness.complete')}</p>
      ) : (
        <>
          <p className="fr-text--sm fr-mt-2w fr-mb-1w">{t('completeness.missingIntro')}</p>
          <ul className="fr-text--sm fr-mb-0" data-testid="completeness-missing">
            {missing.map((key) => (
              <li key={key}>{t(`completeness.missing.${key.replace(/\./g, '_')}`, { defaultValue: key })}</li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
