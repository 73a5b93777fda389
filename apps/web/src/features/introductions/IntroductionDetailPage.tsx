import {
  INTRODUCTION_OUTCOMES,
  INTRODUCTION_TEXT_MAX,
  type IntroductionAnswerView,
  type IntroductionEntryView,
  type IntroductionOutcome,
  type IntroductionView,
} from '@bitd/domain';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDate, formatDateTime } from '../../shared/format';
import { ErrorAlert, RecordQueryStatus } from '../../shared/QueryStatus';
import { Facts, Section } from '../../shared/Section';
import { testId } from '../../shared/testId';
import { useLang } from '../../shared/useLang';
import { usePageTitle } from '../../shared/usePageTitle';
import { isStaff, useUser } from '../account/session';
import { opportunityUrl, supplierUrl } from '../opportunities/paths';
import { AnswerButtons } from './AnswerButtons';
import { otherPartyName, partiesOf } from './IntroductionCard';
import { IntroductionStatusBadge } from './IntroductionStatusBadge';
import { introductionsApi } from './introductions.api';
import { useIntroduction, useIntroductionChange } from './introductions.queries';
import { INTRODUCTIONS_BOARD, INTRODUCTIONS_INBOX } from './paths';
import './introductions.css';

/** `/mises-en-relation/:id`: one introduction, its answers, contacts once shared, actions and history. */
export function IntroductionDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const lang = useLang();
  const user = useUser();
  const query = useIntroduction(id);
  const i = query.data;
  usePageTitle(i ? partiesOf(i) : t('introductions.detail.title'));
  if (!query.isSuccess || !i) {
    return <RecordQueryStatus query={query} notFoundMessage={t('introductions.detail.notFound')} />;
  }

  return (
    <>
      <Breadcrumb
        currentPageLabel={partiesOf(i)}
        homeLinkProps={{ to: '/' }}
        segments={[
          {
            label: t(isStaff(user) ? 'introductions.nav.board' : 'introductions.nav.inbox'),
            linkProps: { to: isStaff(user) ? INTRODUCTIONS_BOARD : INTRODUCTIONS_INBOX },
          },
        ]}
      />
      <h1 className="fr-mb-1w">{partiesOf(i)}</h1>
      <p className="fr-mb-3w">
        <IntroductionStatusBadge status={i.status} />
      </p>
      {i.inQueue && (
        <Alert
          className="fr-mb-3w"
          severity="info"
          small
          description={t(
            i.awaitingClaim ? 'introductions.detail.queueAwaitingClaim' : 'introductions.detail.queueNoAgent',
          )}
        />
      )}

      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-lg-7">
          <Section id="introduction-parties" title={t('introductions.detail.parties')}>
            <Facts
              items={[
                {
                  term: t('introductions.detail.supplier'),
                  value: <Link to={supplierUrl(i.supplier.id)}>{i.supplier.name}</Link>,
                },
                { term: t('introductions.detail.buyer'), value: i.buyer.name },
                i.opportunity && {
                  term: t('introductions.detail.opportunity'),
                  value: <Link to={opportunityUrl(i.opportunity.id)}>{i.opportunity.title}</Link>,
                },
                {
                  term: t('introductions.detail.agent'),
                  value: [
                    i.agent?.name ?? t('introductions.card.noAgent'),
                    i.requestedBy === 'buyer' ? t('introductions.detail.requestedByBuyer') : null,
                  ]
                    .filter(Boolean)
                    .join(' · '),
                },
                {
                  term: t('introductions.detail.message'),
                  value: <span className="bitd-plain-text">{i.message}</span>,
                },
                i.meetingDate
                  ? {
                      term: t('introductions.detail.meeting'),
                      value: <span {...testId('meeting-date')}>{formatDate(i.meetingDate, lang)}</span>,
                    }
                  : null,
                i.outcome
                  ? {
                      term: t('introductions.detail.outcome'),
                      value: `${t(`introductions.status.${i.outcome}`)} (${formatDate(i.outcomeDate, lang)})`,
                    }
                  : null,
              ]}
            />
          </Section>
          <Section id="introduction-answers" title={t('introductions.detail.answers')}>
            <Facts
              items={[
                { term: i.supplier.name, value: <AnswerText answer={i.supplierAnswer} /> },
                { term: i.buyer.name, value: <AnswerText answer={i.buyerAnswer} /> },
              ]}
            />
            <AnswerButtons introduction={i} otherName={otherPartyName(i)} />
          </Section>
          <ContactsSection introduction={i} />
          <ActionsSection introduction={i} />
        </div>
        <div className="fr-col-12 fr-col-lg-5">
          <Section id="introduction-timeline" title={t('introductions.detail.timeline')}>
            <ol className="bitd-intro-timeline" {...testId('introduction-timeline')}>
              {i.timeline.map((e) => (
                <TimelineEntry key={e.id} entry={e} />
              ))}
            </ol>
            <NoteForm introduction={i} />
          </Section>
        </div>
      </div>
    </>
  );
}

function AnswerText({ answer }: { answer: IntroductionAnswerView | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (!answer) return <span className="bitd-muted">{t('introductions.card.answer.pending')}</span>;
  const what = t(`introductions.card.answer.${answer.answer}`);
  const date = formatDateTime(answer.at, lang);
  return (
    <>
      {answer.by
        ? t('introductions.detail.answerBy', { answer: what, date, name: answer.by })
        : t('introductions.detail.answerAt', { answer: what, date })}
      {answer.reason && (
        <span className="bitd-block fr-text--sm bitd-plain-text">
          {t('introductions.detail.reason', { reason: answer.reason })}
        </span>
      )}
    </>
  );
}

function ContactsSection({ introduction: i }: { introduction: IntroductionView }) {
  const { t } = useTranslation();
  const c = i.contacts;
  return (
    <Section id="introduction-contacts" title={t('introductions.detail.contacts')}>
      {!c ? (
        <p className="bitd-muted" {...testId('contacts-hidden')}>
          {t('introductions.detail.contactsHidden')}
        </p>
      ) : (
        <div className="fr-grid-row fr-grid-row--gutters" {...testId('introduction-contacts')}>
          <div className="fr-col-12 fr-col-md-6">
            <h3 className="fr-h6">{c.supplier.name}</h3>
            <p className="fr-text--sm bitd-strong fr-mb-1v">{t('introductions.detail.profileContacts')}</p>
            <PeopleList
              people={c.supplier.contacts.map((p) => ({
                name: p.role ? `${p.name} (${p.role})` : p.name,
                email: p.email,
                phone: p.phone,
              }))}
            />
            <p className="fr-text--sm bitd-strong fr-mb-1v">{t('introductions.detail.members')}</p>
            <PeopleList people={c.supplier.members} />
          </div>
          <div className="fr-col-12 fr-col-md-6">
            <h3 className="fr-h6">{c.buyer.name}</h3>
            <PeopleList people={c.buyer.members} />
          </div>
        </div>
      )}
    </Section>
  );
}

function PeopleList({ people }: { people: Array<{ name: string; email: string; phone?: string | null }> }) {
  const { t } = useTranslation();
  if (people.length === 0) return <p className="bitd-muted fr-text--sm">{t('introductions.detail.none')}</p>;
  return (
    <ul className="fr-text--sm">
      {people.map((p) => (
        <li key={`${p.name}-${p.email}`} className="bitd-break">
          {p.name} · <a href={`mailto:${p.email}`}>{p.email}</a>
          {p.phone ? ` · ${p.phone}` : ''}
        </li>
      ))}
    </ul>
  );
}

/** Taking the request, planning the meeting, recording the outcome: as the API allows the reader. */
function ActionsSection({ introduction: i }: { introduction: IntroductionView }) {
  const { t } = useTranslation();
  const take = useIntroductionChange(() => introductionsApi.take(i.id));
  const canMeet = i.can.includes('plan_meeting');
  const canConclude = i.can.includes('record_outcome');
  if (!i.can.includes('take') && !canMeet && !canConclude) return null;
  return (
    <Section id="introduction-actions" title={t('introductions.detail.actions')}>
      {i.can.includes('take') && (
        <>
          <Button
            iconId="fr-icon-user-add-line"
            disabled={take.isPending}
            onClick={() => take.mutate(undefined)}
            nativeButtonProps={testId('take-introduction')}
          >
            {t('introductions.card.take')}
          </Button>
          {take.isError && <ErrorAlert error={take.error} />}
        </>
      )}
      {canMeet && <MeetingForm introduction={i} />}
      {canConclude && <OutcomeForm introduction={i} />}
    </Section>
  );
}

function MeetingForm({ introduction: i }: { introduction: IntroductionView }) {
  const { t } = useTranslation();
  const [date, setDate] = useState(i.meetingDate ?? '');
  const [error, setError] = useState<string | null>(null);
  const plan = useIntroductionChange(() => introductionsApi.planMeeting(i.id, date));
  return (
    <form
      noValidate
      className="fr-mt-3w"
      onSubmit={(e) => {
        e.preventDefault();
        if (!date) return setError(t('introductions.actions.dateRequired'));
        setError(null);
        plan.mutate(undefined);
      }}
    >
      <Input
        label={t('introductions.actions.meetingDate')}
        state={error ? 'error' : 'default'}
        stateRelatedMessage={error}
        nativeInputProps={{
          type: 'date',
          name: 'meetingDate',
          value: date,
          onChange: (e) => setDate(e.target.value),
        }}
      />
      <Button
        type="submit"
        priority="secondary"
        disabled={plan.isPending}
        nativeButtonProps={testId('plan-meeting')}
      >
        {t('introductions.actions.planMeeting')}
      </Button>
      {plan.isError && <ErrorAlert error={plan.error} />}
    </form>
  );
}

function OutcomeForm({ introduction: i }: { introduction: IntroductionView }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<IntroductionOutcome | ''>('');
  const [date, setDate] = useState(new Date().toISOString().slice(0, 10));
  const [error, setError] = useState<string | null>(null);
  const record = useIntroductionChange(() =>
    introductionsApi.recordOutcome(i.id, outcome as IntroductionOutcome, date),
  );
  return (
    <form
      noValidate
      className="fr-mt-3w"
      onSubmit={(e) => {
        e.preventDefault();
        if (!outcome) return setError(t('introductions.actions.outcomeRequired'));
        if (!date) return setError(t('introductions.actions.dateRequired'));
        setError(null);
        record.mutate(undefined);
      }}
    >
      <Select
        label={t('introductions.actions.outcome')}
        state={error ? 'error' : 'default'}
        stateRelatedMessage={error}
        nativeSelectProps={{
          name: 'outcome',
          value: outcome,
          onChange: (e) => setOutcome(e.target.value as IntroductionOutcome | ''),
        }}
      >
        <option value="">{t('introductions.actions.chooseOutcome')}</option>
        {INTRODUCTION_OUTCOMES.map((o) => (
          <option key={o} value={o}>
            {t(`introductions.status.${o}`)}
          </option>
        ))}
      </Select>
      <Input
        label={t('introductions.actions.outcomeDate')}
        nativeInputProps={{
          type: 'date',
          name: 'outcomeDate',
          value: date,
          onChange: (e) => setDate(e.target.value),
        }}
      />
      <Button
        type="submit"
        priority="secondary"
        disabled={record.isPending}
        nativeButtonProps={testId('record-outcome')}
      >
        {t('introductions.actions.recordOutcome')}
      </Button>
      {record.isError && <ErrorAlert error={record.error} />}
    </form>
  );
}

function TimelineEntry({ entry: e }: { entry: IntroductionEntryView }) {
  const { t } = useTranslation();
  const lang = useLang();
  const side = e.side ? t(`introductions.side.${e.side}`) : '';
  const what = t(`introductions.timeline.${e.kind}`, {
    side,
    date: formatDate(e.date, lang),
    outcome: e.outcome ? t(`introductions.status.${e.outcome}`) : '',
  });
  const who = e.author
    ? t('introductions.timeline.by', { name: e.author })
    : e.side && e.authorRole
      ? t('introductions.timeline.bySide', { side })
      : '';
  return (
    <li className={e.private ? 'bitd-intro-timeline__private' : undefined} {...testId(`timeline-${e.kind}`)}>
      <p className="fr-text--sm fr-mb-0">
        <span className="bitd-strong">{what}</span> {who}
        {e.private && (
          <span className="fr-badge fr-badge--sm fr-ml-1w">{t('introductions.timeline.private')}</span>
        )}
      </p>
      <p className="fr-text--xs bitd-muted fr-mb-0">{formatDateTime(e.at, lang)}</p>
      {e.body && <p className="fr-text--sm fr-mb-0 bitd-plain-text">{e.body}</p>}
    </li>
  );
}

function NoteForm({ introduction: i }: { introduction: IntroductionView }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [isPrivate, setPrivate] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const add = useIntroductionChange(() => introductionsApi.addNote(i.id, body.trim(), isPrivate));
  return (
    <form
      noValidate
      className="fr-mt-3w"
      onSubmit={(e) => {
        e.preventDefault();
        if (!body.trim()) return setError(t('introductions.detail.noteRequired'));
        if (body.length > INTRODUCTION_TEXT_MAX)
          return setError(t('introductions.detail.noteTooLong', { count: body.length }));
        setError(null);
        add.mutate(undefined, { onSuccess: () => setBody('') });
      }}
    >
      <h3 className="fr-h6">{t('introductions.detail.addNote')}</h3>
      <Input
        textArea
        label={t('introductions.detail.note')}
        hintText={t('introductions.detail.noteHint')}
        state={error ? 'error' : 'default'}
        stateRelatedMessage={error}
        nativeTextAreaProps={{ name: 'note', rows: 4, value: body, onChange: (e) => setBody(e.target.value) }}
      />
      {i.can.includes('private_note') && (
        <Checkbox
          options={[
            {
              label: t('introductions.detail.privateNote'),
              nativeInputProps: {
                name: 'private',
                checked: isPrivate,
                onChange: (e) => setPrivate(e.target.checked),
              },
            },
          ]}
        />
      )}
      <Button
        type="submit"
        priority="secondary"
        disabled={add.isPending}
        nativeButtonProps={testId('add-note')}
      >
        {t('introductions.detail.saveNote')}
      </Button>
      {add.isError && <ErrorAlert error={add.error} />}
    </form>
  );
}
