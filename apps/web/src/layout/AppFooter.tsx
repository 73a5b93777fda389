import { headerFooterDisplayItem } from '@codegouvfr/react-dsfr/Display';
import { Footer } from '@codegouvfr/react-dsfr/Footer';
import { useTranslation } from 'react-i18next';
import { BRAND_TOP } from './AppHeader';

export function AppFooter() {
  const { t } = useTranslation();
  return (
    <Footer
      id="footer"
      brandTop={BRAND_TOP}
      homeLinkProps={{ to: '/', title: t('app.homeLinkTitle') }}
      accessibility="non compliant"
      contentDescription={t('footer.description')}
      bottomItems={[headerFooterDisplayItem]}
      license={t('footer.license')}
    />
  );
}
