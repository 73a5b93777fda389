import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useTranslation } from 'react-i18next';
import { testId } from '../testId';

/**
 * Someone saved the record while this form was open (PATCH with If-Match answered 409). Its
 * texts are `staleTitle`, `staleText` and `staleReload` under `i18nPrefix`; the reload button
 * shows only with `onReload`.
 */
export function StaleAlert({
  i18nPrefix: k,
  reloadTestId,
  onReload,
}: {
  i18nPrefix: string;
  reloadTestId: string;
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Alert
      className="fr-mb-3w"
      severity="warning"
      role="alert"
      title={t(`${k}.staleTitle`)}
      description={
        <>
          <span className="bitd-block">{t(`${k}.staleText`)}</span>
          {onReload && (
            <Button
              className="fr-mt-2w"
              type="button"
              size="small"
              iconId="fr-icon-refresh-line"
              onClick={onReload}
              nativeButtonProps={testId(reloadTestId)}
            >
              {t(`${k}.staleReload`)}
            </Button>
          )}
        </>
      }
    />
  );
}
