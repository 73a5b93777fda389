import type { ShortlistEntryView } from '@bitd/domain';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { lists } from '../../api/client';
import { formatNumber } from '../../shared/format';
import { QueryStates, useErrorMessage } from '../../shared/QueryStatus';
import { useLang } from '../../shared/useLang';
import { useRequestIntroduction, useShortlist, useToggleShortlisted } from './shortlists.queries';

/** The opportunity's shortlist beside its matches: export, remove, ask the region for an introduction. */
export function ShortlistPanel({ opportunityId }: { opportunityId: string }) {
  const { t } = useTranslation();
  const query = useShortlist(opportunityId);
  const entries = query.data?.entries ?? [];

  return (
    <section
      className="bitd-shortlist fr-p-3w fr-mb-4w"
      aria-labelledby="shortlist-title"
      data-testid="shortlist-panel"
    >
      <div className="bitd-results-head">
        <h3 id="shortlist-title" className="fr-h6 fr-mb-0">
          {t('lists.shortlist.title', { count: entries.length })}
        </h3>
        {entries.length > 0 && (
          // A plain link: the browser downloads what the API answers (Content-Disposition).
          <a
            className="fr-btn fr-btn--sm fr-btn--secondary fr-btn--icon-left fr-icon-download-line"
            href={lists.shortlistCsvUrl(opportunityId)}
            download
            data-testid="shortlist-export"
          >
            {t('lists.shortlist.export')}
          </a>
        )}
      </div>
      <QueryStates
        query={query}
        isEmpty={entries.length === 0}
        empty={<p className="fr-text--sm bitd-muted fr-mb-0 fr-mt-1w">{t('lists.shortlist.empty')}</p>}
      />
      {entries.length > 0 && (
        <ul className="bitd-plain-list fr-mt-2w" aria-labelledby="shortlist-title">
          {entries.map((e) => (
            <ShortlistEntry key={e.supplier.id} entry={e} opportunityId={opportunityId} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ShortlistEntry({ entry: e, opportunityId }: { entry: ShortlistEntryView; opportunityId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const remove = useToggleShortlisted();
  const [asking, setAsking] = useState(false);
  return (
    <li className="bitd-shortlist__entry" data-testid="shortlist-entry">
      <div className="bitd-results-head">
        <p className="fr-mb-0">
          <Link to={`/fournisseurs/${encodeURIComponent(e.supplier.id)}`} className="bitd-strong">
            {e.supplier.name}
          </Link>{' '}
          <span className="fr-text--sm bitd-muted">
            {e.supplier.city}
            {e.supplier.department ? ` (${e.supplier.department})` : ''}
            {e.match &&
              ` · ${t('lists.shortlist.score', { score: formatNumber(Math.round(e.match.score), lang) })}`}
          </span>
        </p>
        <span className="bitd-actions">
          <Button
            size="small"
            priority="tertiary"
            onClick={() => setAsking((v) => !v)}
            nativeButtonProps={{ 'aria-expanded': asking }}
          >
            {t('lists.introduction.ask')}
          </Button>
          <Button
            size="small"
            priority="tertiary no outline"
            iconId="fr-icon-delete-line"
            disabled={remove.isPending}
            title={t('lists.shortlist.removeOf', { name: e.supplier.name })}
            nativeButtonProps={{ 'aria-label': t('lists.shortlist.removeOf', { name: e.supplier.name }) }}
            onClick={() => remove.mutate({ opportunityId, supplierId: e.supplier.id, on: false })}
          >
            {t('lists.shortlist.remove')}
          </Button>
        </span>
      </div>
      {e.note && <p className="fr-text--sm fr-mb-0">{e.note}</p>}
      {asking && (
        <IntroductionForm
          opportunityId={opportunityId}
          supplierId={e.supplier.id}
          name={e.supplier.name}
          onDone={() => setAsking(false)}
        />
      )}
    </li>
  );
}

/** The message to the region; the introductions feature answers (its error is shown as it says it). */
function IntroductionForm({
  opportunityId,
  supplierId,
  name,
  onDone,
}: {
  opportunityId: string;
  supplierId: string;
  name: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const ask = useRequestIntroduction();
  const errorMessage = useErrorMessage();
  const [message, setMessage] = useState('');
  if (ask.isSuccess) {
    return (
      <Alert
        className="fr-mt-1w"
        small
        severity="success"
        description={t('lists.introduction.sent', { name })}
        closable
        onClose={onDone}
      />
    );
  }
  return (
    <form
      className="fr-mt-1w"
      onSubmit={(ev) => {
        ev.preventDefault();
        ask.mutate({ opportunityId, supplierId, message: message.trim() });
      }}
    >
      <Input
        textArea
        label={t('lists.introduction.message', { name })}
        hintText={t('lists.introduction.hint')}
        nativeTextAreaProps={{
          value: message,
          onChange: (ev) => setMessage(ev.currentTarget.value),
          rows: 3,
          name: 'message',
        }}
      />
      {ask.isError && (
        <Alert className="fr-mb-2w" small severity="error" description={errorMessage(ask.error)} />
      )}
      <Button size="small" type="submit" disabled={ask.isPending}>
        {t('lists.introduction.send')}
      </Button>
    </form>
  );
}
