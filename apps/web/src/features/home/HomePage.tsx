import type { MeView } from '@bitd/domain';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { CallOut } from '@codegouvfr/react-dsfr/CallOut';
import { Card } from '@codegouvfr/react-dsfr/Card';
import { useTranslation } from 'react-i18next';
import { testId } from '../../shared/testId';
import { usePageTitle } from '../../shared/usePageTitle';
import { isStaff, ownSupplierId, useSession } from '../account/session';

const GOALS = ['goal1', 'goal2', 'goal3', 'goal4'] as const;

interface HomeCard {
  key: string;
  to: string;
  /** Who is offered the card (everybody when left out). */
  shown?: (user: MeView | null) => boolean;
}

/** The entry points shown on the home page, in order (labels in home.cards.<key>). */
const HOME_CARDS: readonly HomeCard[] = [
  { key: 'directory', to: '/fournisseurs' },
  { key: 'search', to: '/recherche' },
  { key: 'opportunities', to: '/opportunites' },
  { key: 'publish', to: '/opportunites/nouveau', shown: (u) => u?.can.manageOpportunities === true },
  { key: 'claims', to: '/agent/rattachements', shown: (u) => u?.can.reviewClaims === true },
  { key: 'create', to: '/fournisseurs/nouveau', shown: isStaff },
  { key: 'import', to: '/import', shown: (u) => u?.can.runImports === true },
];

export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(null);
  const { query, user } = useSession();
  const own = ownSupplierId(user);
  const cards: HomeCard[] = [
    ...(own ? [{ key: 'myProfile', to: `/fournisseurs/${encodeURIComponent(own)}` }] : []),
    ...HOME_CARDS.filter((c) => !c.shown || c.shown(user)),
  ];

  return (
    <>
      <section className="fr-mb-6w">
        <h1>{t('home.title')}</h1>
        <p className="fr-text--lead">{t('home.lead')}</p>
        {!query.isPending && !user && <SignUpCallOut />}
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
          {cards.map(({ key, to }) => (
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

/** For visitors: SMEs sign up with their SIRET and take over the profile the region imported. */
function SignUpCallOut() {
  const { t } = useTranslation();
  return (
    <div {...testId('home-sign-up')}>
      <CallOut iconId="fr-icon-building-line" title={t('home.cta.title')} titleAs="h2" className="fr-my-4w">
        <span className="bitd-block fr-mb-2w">{t('home.cta.text')}</span>
        <span className="bitd-actions">
          <Button linkProps={{ to: '/inscription' }} iconId="fr-icon-user-add-line">
            {t('home.cta.signUp')}
          </Button>
          <Button priority="secondary" linkProps={{ to: '/connexion' }}>
            {t('home.cta.signIn')}
          </Button>
        </span>
      </CallOut>
    </div>
  );
}
