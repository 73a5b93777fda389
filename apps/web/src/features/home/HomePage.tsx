import { Card } from '@codegouvfr/react-dsfr/Card';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../shared/usePageTitle';

const GOALS = ['goal1', 'goal2', 'goal3', 'goal4'] as const;

/** The entry points shown on the home page, in order (labels in home.cards.<key>). */
const HOME_CARDS = [
  { key: 'directory', to: '/fournisseurs' },
  { key: 'search', to: '/recherche' },
  { key: 'create', to: '/fournisseurs/nouveau' },
  { key: 'opportunities', to: '/opportunites' },
  { key: 'publish', to: '/opportunites/nouveau' },
  { key: 'import', to: '/import' },
] as const;

export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(null);

  return (
    <>
      <section className="fr-mb-6w">
        <h1>{t('home.title')}</h1>
        <p className="fr-text--lead">{t('home.lead')}</p>
        <p>{t('home.convention')}</p>
        <ol className="fr-mb-3w">
          {GOALS.map((g) => (
            <li key={g}>{t(`home.goals.${g}`)}</li>
          ))}
        </ol>
        <p>{t('home.platform')}</p>
      </section>

      <section aria-labelledby="home-links-title">
        <h2 id="home-links-title">{t('home.linksTitle')}</h2>
        <div className="fr-grid-row fr-grid-row--gutters">
          {HOME_CARDS.map(({ key, to }) => (
            <div key={key} className="fr-col-12 fr-col-md-6 fr-col-lg-4">
              <Card
                title={t(`home.cards.${key}.title`)}
                desc={t(`home.cards.${key}.desc`)}
                linkProps={{ to }}
                enlargeLink
                border
                shadow
                titleAs="h3"
              />
            </div>
          ))}
        </div>
      </section>
    </>
  );
}
