import type { IntroductionView } from '@bitd/domain';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/QueryStatus';
import { testId } from '../../shared/testId';
import { introductionsApi } from './introductions.api';
import { useIntroductionChange } from './introductions.queries';

/**
 * Accept, or decline with an optional reason, for the reader's side (shown only when the API says
 * the reader may: `can`). `otherName` is the organisation on the other side.
 */
export function AnswerButtons({
  introduction: i,
  otherName,
}: {
  introduction: Pick<IntroductionView, 'id' | 'can'>;
  otherName: string;
}) {
  const { t } = useTranslation();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const accept = useIntroductionChange(() => introductionsApi.accept(i.id));
  const decline = useIntroductionChange(() => introductionsApi.decline(i.id, reason.trim() || undefined));
  if (!i.can.includes('accept') && !i.can.includes('decline')) return null;
  const busy = accept.isPending || decline.isPending;

  return (
    <div className="fr-mt-2w">
      {!declining ? (
        <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--icon-left">
          <li>
            <Button
              iconId="fr-icon-check-line"
              disabled={busy}
              onClick={() => accept.mutate(undefined)}
              title={t('introductions.actions.acceptOf', { name: otherName })}
              nativeButtonProps={testId('accept-introduction')}
            >
              {t('introductions.actions.accept')}
            </Button>
          </li>
          <li>
            <Button
              priority="secondary"
              iconId="fr-icon-close-line"
              disabled={busy}
              onClick={() => {
                setDeclining(true);
                window.setTimeout(() => reasonRef.current?.focus(), 0);
              }}
              title={t('introductions.actions.declineOf', { name: otherName })}
              nativeButtonProps={testId('decline-introduction')}
            >
              {t('introductions.actions.decline')}
            </Button>
          </li>
        </ul>
      ) : (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            decline.mutate(undefined);
          }}
        >
          <Input
            textArea
            label={t('introductions.actions.declineReason')}
            nativeTextAreaProps={{
              ref: reasonRef,
              name: 'reason',
              rows: 3,
              maxLength: 1000,
              value: reason,
              onChange: (e) => setReason(e.currentTarget.value),
            }}
          />
          <ul className="fr-btns-group fr-btns-group--inline-sm">
            <li>
              <Button type="submit" disabled={busy} nativeButtonProps={testId('confirm-decline')}>
                {t('introductions.actions.confirmDecline')}
              </Button>
            </li>
            <li>
              <Button type="button" priority="secondary" onClick={() => setDeclining(false)}>
                {t('introductions.actions.cancel')}
              </Button>
            </li>
          </ul>
        </form>
      )}
      {accept.isError && <ErrorAlert error={accept.error} />}
      {decline.isError && <ErrorAlert error={decline.error} />}
    </div>
  );
}
