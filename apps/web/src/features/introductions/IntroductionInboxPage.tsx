import type { IntroductionSummaryView } from '@bitd/domain';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading } from '../../shared/QueryStatus';
import { testId } from '../../shared/testId';
import { usePageTitle } from '../../shared/usePageTitle';
import { AnswerButtons } from './AnswerButtons';
import { IntroductionCard, otherPartyName } from './IntroductionCard';
import { useIntroductions } from './introductions.queries';

const needsAnswer = (i: IntroductionSummaryView) => i.can.includes('accept');

/** `/mises-en-relation`: a supplier's or a buyer's introductions, those awaiting its answer first. */
export function IntroductionInboxPage() {
  const { t } = useTranslation();
  usePageTitle(t('introductions.inbox.title'));
  const query = useIntroductions({});

  return (
    <>
      <h1>{t('introductions.inbox.title')}</h1>
      <p className="fr-text--lead">{t('introductions.inbox.lead')}</p>
      {query.isPending && <Loading />}
      {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && (
        <>
          <InboxList
            id="to-answer"
            title={t('introductions.inbox.toAnswer')}
            empty={t('introductions.inbox.emptyToAnswer')}
            items={query.data.filter(needsAnswer)}
          />
          <InboxList
            id="others"
            title={t('introductions.inbox.others')}
            empty={t('introductions.inbox.empty')}
            items={query.data.filter((i) => !needsAnswer(i))}
          />
        </>
      )}
    </>
  );
}

function InboxList({
  id,
  title,
  empty,
  items,
}: {
  id: string;
  title: string;
  empty: string;
  items: IntroductionSummaryView[];
}) {
  return (
    <section aria-labelledby={`${id}-title`} className="fr-mb-6w" {...testId(`inbox-${id}`)}>
      <h2 id={`${id}-title`} className="fr-h4">
        {title}
      </h2>
      {items.length === 0 ? (
        <p className="bitd-muted">{empty}</p>
      ) : (
        <ul className="bitd-card-list">
          {items.map((i) => (
            <li key={i.id}>
              <IntroductionCard introduction={i}>
                <p className="fr-text--sm fr-mt-1w fr-mb-0 bitd-plain-text">{i.message}</p>
                <AnswerButtons introduction={i} otherName={otherPartyName(i)} />
              </IntroductionCard>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
