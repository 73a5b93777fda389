import type { IntroductionSide, IntroductionSummaryView } from '@bitd/domain';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../shared/format';
import { useLang } from '../../shared/useLang';
import { IntroductionStatusBadge } from './IntroductionStatusBadge';
import { introductionUrl } from './paths';
import './introductions.css';

/** The parties' names as a card or page title: « supplier – buyer ». */
export const partiesOf = (i: Pick<IntroductionSummaryView, 'supplier' | 'buyer'>) =>
  `${i.supplier.name} – ${i.buyer.name}`;

/** The organisation on the other side of the reader (both, for agents). */
export function otherPartyName(i: IntroductionSummaryView): string {
  if (i.mySide === 'supplier') return i.buyer.name;
  if (i.mySide === 'buyer') return i.supplier.name;
  return partiesOf(i);
}

/** One introduction in a list or on the board: who, about what, where it stands; `children` act on it. */
export function IntroductionCard({
  introduction: i,
  headingLevel = 'h3',
  children,
}: {
  introduction: IntroductionSummaryView;
  headingLevel?: 'h2' | 'h3';
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const Heading = headingLevel;
  const titleId = `introduction-${i.id}-title`;
  const answer = (side: IntroductionSide) => {
    const a = side === 'supplier' ? i.supplierAnswer : i.buyerAnswer;
    return t(`introductions.card.answer.${a?.answer ?? 'pending'}`);
  };

  return (
    <article
      aria-labelledby={titleId}
      className="bitd-intro-card"
      data-testid="introduction-card"
      data-id={i.id}
    >
      <Heading id={titleId} className="fr-h6 fr-mb-1v">
        <Link
          className="bitd-hit__link"
          to={introductionUrl(i.id)}
          title={t('introductions.card.openOf', { supplier: i.supplier.name, buyer: i.buyer.name })}
        >
          {partiesOf(i)}
        </Link>
      </Heading>
      <p className="fr-mb-1v">
        <IntroductionStatusBadge status={i.status} />{' '}
        {i.inQueue && (
          <Badge as="span" small noIcon severity="warning">
            {t('introductions.card.inQueue')}
          </Badge>
        )}{' '}
        {i.awaitingClaim && (
          <Badge as="span" small noIcon>
            {t('introductions.card.awaitingClaim')}
          </Badge>
        )}{' '}
        {i.requestedBy === 'buyer' && (
          <Badge as="span" small noIcon>
            {t('introductions.card.requestedByBuyer')}
          </Badge>
        )}
      </p>
      {i.opportunity && (
        <p className="fr-text--sm fr-mb-1v bitd-break">
          {t('introductions.card.about', { title: i.opportunity.title })}
        </p>
      )}
      <p className="fr-text--xs fr-mb-1v bitd-muted">
        {i.agent ? t('introductions.card.agent', { name: i.agent.name }) : t('introductions.card.noAgent')}
      </p>
      <p className="fr-text--xs fr-mb-1v">
        {t('introductions.card.answers')} {i.supplier.name} {answer('supplier')} · {i.buyer.name}{' '}
        {answer('buyer')}
      </p>
      {i.meetingDate && (
        <p className="fr-text--xs fr-mb-1v">
          {t('introductions.card.meeting', { date: formatDate(i.meetingDate, lang) })}
        </p>
      )}
      {i.outcomeDate && (
        <p className="fr-text--xs fr-mb-1v">
          {t('introductions.card.outcomeOn', { date: formatDate(i.outcomeDate, lang) })}
        </p>
      )}
      {children}
    </article>
  );
}
