import { INTRODUCTION_TEXT_MAX, type IntroductionView } from '@bitd/domain';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../shared/QueryStatus';
import { testId } from '../../shared/testId';
import { isStaff, useUser } from '../account/session';
import { introductionsApi } from './introductions.api';
import { useIntroductionChange } from './introductions.queries';
import { introductionUrl } from './paths';

/**
 * « Proposer une mise en relation » (region agents) or « Demander une mise en relation » (buyers,
 * through an agent) with a supplier, about an opportunity when there is one (its issuer is then
 * the buyer). Nothing for other readers.
 */
export function ProposeIntroduction({
  supplier,
  opportunityId,
}: {
  supplier: { id: string; name: string };
  opportunityId?: string;
}) {
  const { t } = useTranslation();
  const user = useUser();
  const staff = isStaff(user);
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<IntroductionView | null>(null);
  if (!staff && user?.role !== 'buyer') return null;
  const label = t(staff ? 'introductions.propose.button' : 'introductions.propose.request');

  if (done) {
    return (
      <Alert
        className="fr-mt-2w"
        severity="success"
        small
        description={
          <span {...testId('introduction-proposed')}>
            {t(staff ? 'introductions.propose.done' : 'introductions.propose.doneRequest')}{' '}
            <Link to={introductionUrl(done.id)}>{t('introductions.propose.open')}</Link>
          </span>
        }
      />
    );
  }
  if (!open) {
    return (
      <Button
        className="fr-mt-1w"
        size="small"
        priority="secondary"
        iconId="fr-icon-team-line"
        onClick={() => setOpen(true)}
        title={`${label} — ${supplier.name}`}
        nativeButtonProps={testId('propose-introduction')}
      >
        {label}
      </Button>
    );
  }
  return (
    <ProposeForm
      supplier={supplier}
      opportunityId={opportunityId}
      staff={staff}
      onCancel={() => setOpen(false)}
      onDone={setDone}
    />
  );
}

function ProposeForm({
  supplier,
  opportunityId,
  staff,
  onCancel,
  onDone,
}: {
  supplier: { id: string; name: string };
  opportunityId?: string;
  staff: boolean;
  onCancel: () => void;
  onDone: (view: IntroductionView) => void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const [message, setMessage] = useState('');
  const [buyerId, setBuyerId] = useState('');
  const [errors, setErrors] = useState<{ message?: string; buyerId?: string }>({});
  // An agent without an opportunity names the buyer organisation.
  const needsBuyer = staff && !opportunityId;
  const buyers = useQuery({
    queryKey: ['introductions', 'buyers'],
    queryFn: ({ signal }) => introductionsApi.buyers(signal),
    enabled: needsBuyer,
  });
  const propose = useIntroductionChange(() =>
    introductionsApi.propose({
      supplierId: supplier.id,
      message: message.trim(),
      ...(opportunityId ? { opportunityId } : {}),
      ...(needsBuyer ? { buyerId } : {}),
    }),
  );

  return (
    <form
      noValidate
      aria-labelledby={titleId}
      className="fr-mt-2w"
      onSubmit={(e) => {
        e.preventDefault();
        const found = {
          message: message.trim() ? undefined : t('introductions.propose.messageRequired'),
          buyerId: needsBuyer && !buyerId ? t('introductions.propose.buyerRequired') : undefined,
        };
        setErrors(found);
        if (found.message || found.buyerId) return;
        propose.mutate(undefined, { onSuccess: onDone });
      }}
      {...testId('propose-form')}
    >
      <h3 id={titleId} className="fr-h6">
        {t('introductions.propose.title', { name: supplier.name })}
      </h3>
      {needsBuyer && (
        <Select
          label={t('introductions.propose.buyer')}
          state={errors.buyerId ? 'error' : 'default'}
          stateRelatedMessage={errors.buyerId}
          nativeSelectProps={{ name: 'buyerId', value: buyerId, onChange: (e) => setBuyerId(e.target.value) }}
        >
          <option value="">{t('introductions.propose.chooseBuyer')}</option>
          {(buyers.data ?? []).map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </Select>
      )}
      <Input
        textArea
        label={t(staff ? 'introductions.propose.message' : 'introductions.propose.messageRequest')}
        hintText={t('introductions.propose.messageHint')}
        state={errors.message ? 'error' : 'default'}
        stateRelatedMessage={errors.message}
        nativeTextAreaProps={{
          name: 'message',
          rows: 4,
          maxLength: INTRODUCTION_TEXT_MAX,
          value: message,
          onChange: (e) => setMessage(e.target.value),
        }}
      />
      <ul className="fr-btns-group fr-btns-group--inline-sm">
        <li>
          <Button type="submit" disabled={propose.isPending} nativeButtonProps={testId('send-introduction')}>
            {t(staff ? 'introductions.propose.send' : 'introductions.propose.sendRequest')}
          </Button>
        </li>
        <li>
          <Button type="button" priority="secondary" onClick={onCancel}>
            {t('introductions.propose.cancel')}
          </Button>
        </li>
      </ul>
      {propose.isError && <ErrorAlert error={propose.error} />}
      {buyers.isError && <ErrorAlert error={buyers.error} />}
    </form>
  );
}
