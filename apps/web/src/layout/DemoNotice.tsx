import { Notice } from '@codegouvfr/react-dsfr/Notice';
import { useTranslation } from 'react-i18next';

/** Always shown, never closable: the platform holds only fictitious demonstration data. */
export function DemoNotice() {
  const { t } = useTranslation();
  return <Notice id="bitd-demo-notice" severity="warning" isClosable={false} title={t('app.demoNotice')} />;
}
