import {
  INTRODUCTION_STATUSES,
  type IntroductionListQuery,
  type IntroductionStatus,
  type IntroductionSummaryView,
} from '@bitd/domain';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useMemo, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { FilterBar, SelectFilter } from '../../shared/list/FilterBar';
import { ErrorAlert, Loading } from '../../shared/QueryStatus';
import { testId } from '../../shared/testId';
import { usePageTitle } from '../../shared/usePageTitle';
import { IntroductionCard } from './IntroductionCard';
import { introductionsApi } from './introductions.api';
import { useIntroductionChange, useIntroductions } from './introductions.queries';

/** The board's columns, in the order an introduction moves through them (declined last). */
const COLUMNS: readonly IntroductionStatus[] = [
  'proposed',
  'accepted',
  'meeting_planned',
  'contract',
  'nda',
  'consortium',
  'no_go',
  'declined',
];

/** Filters live in the address (French names), so a filtered board can be shared or reloaded. */
const PARAMS = {
  status: 'statut',
  supplierId: 'fournisseur',
  buyerId: 'acheteur',
  opportunityId: 'opportunite',
} as const;
type FilterKey = keyof typeof PARAMS;

interface Move {
  id: string;
  status: IntroductionStatus;
  date?: string;
}

function useBoardFilters() {
  const [params, setParams] = useSearchParams();
  const raw = params.get(PARAMS.status) ?? '';
  const filters: Partial<IntroductionListQuery> = {
    status: (INTRODUCTION_STATUSES as readonly string[]).includes(raw)
      ? (raw as IntroductionStatus)
      : undefined,
    supplierId: params.get(PARAMS.supplierId) || undefined,
    buyerId: params.get(PARAMS.buyerId) || undefined,
    opportunityId: params.get(PARAMS.opportunityId) || undefined,
    queue: params.get('file') === '1' ? 'true' : undefined,
  };
  const update = (changes: Partial<Record<FilterKey | 'queue', string>>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      const name = key === 'queue' ? 'file' : PARAMS[key as FilterKey];
      if (value) next.set(name, value);
      else next.delete(name);
    }
    setParams(next, { replace: true });
  };
  return { filters, update, reset: () => setParams({}, { replace: true }) };
}

/** Distinct { id, name } pairs of the introductions, by name, for the filters' options. */
function optionsOf(
  items: IntroductionSummaryView[] | undefined,
  pick: (i: IntroductionSummaryView) => { id: string; name: string } | null,
) {
  const seen = new Map<string, string>();
  for (const i of items ?? []) {
    const o = pick(i);
    if (o) seen.set(o.id, o.name);
  }
  return [...seen]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label, 'fr'));
}

/**
 * `/agent/mises-en-relation`: the agents' board, one column per status. A card is dragged to a
 * column (HTML5 drag and drop) or moved with the status select on it (keyboard); both send the
 * same request and the API applies the same state machine.
 */
export function IntroductionBoardPage() {
  const { t } = useTranslation();
  usePageTitle(t('introductions.board.title'));
  const { filters, update, reset } = useBoardFilters();
  const list = useIntroductions(filters);
  const everything = useIntroductions({});
  const [dragged, setDragged] = useState<IntroductionSummaryView | null>(null);
  // A card dropped on « rendez-vous planifié » asks for the date on the card itself.
  const [dateAsked, setDateAsked] = useState<Move | null>(null);
  const [announce, setAnnounce] = useState('');
  const move = useIntroductionChange((m: Move) => introductionsApi.moveTo(m.id, m.status, m.date));
  const run = (m: Move) => {
    setDateAsked(null);
    move.mutate(m, {
      onSuccess: (v) =>
        setAnnounce(
          t('introductions.board.moved', {
            supplier: v.supplier.name,
            buyer: v.buyer.name,
            status: t(`introductions.status.${v.status}`),
          }),
        ),
    });
  };

  const options = useMemo(
    () => ({
      suppliers: optionsOf(everything.data, (i) => i.supplier),
      buyers: optionsOf(everything.data, (i) => i.buyer),
      opportunities: optionsOf(
        everything.data,
        (i) => i.opportunity && { id: i.opportunity.id, name: i.opportunity.title },
      ),
    }),
    [everything.data],
  );
  const columns = filters.status ? [filters.status] : COLUMNS;
  const hasFilters = Object.values(filters).some(Boolean);

  const accepts = (status: IntroductionStatus) => dragged !== null && dragged.nextStatuses.includes(status);
  const drop = (status: IntroductionStatus) => (e: DragEvent) => {
    e.preventDefault();
    const card = dragged;
    setDragged(null);
    if (!card || !card.nextStatuses.includes(status)) return;
    if (status === 'meeting_planned') setDateAsked({ id: card.id, status });
    else run({ id: card.id, status });
  };

  return (
    <>
      <h1>{t('introductions.board.title')}</h1>
      <p className="fr-text--lead">{t('introductions.board.lead')}</p>
      <FilterBar
        label={t('introductions.board.filters')}
        hasFilters={hasFilters}
        onReset={reset}
        resetLabel={t('introductions.board.reset')}
        resetClassName="fr-col-12 fr-col-md-2"
      >
        <SelectFilter
          className="fr-col-12 fr-col-sm-6 fr-col-md-3"
          label={t('introductions.board.status')}
          name="status"
          value={filters.status ?? ''}
          onChange={(status) => update({ status })}
          allLabel={t('introductions.board.allStatuses')}
          options={COLUMNS.map((s) => ({ value: s, label: t(`introductions.status.${s}`) }))}
        />
        <SelectFilter
          className="fr-col-12 fr-col-sm-6 fr-col-md-3"
          label={t('introductions.board.supplier')}
          name="supplierId"
          value={filters.supplierId ?? ''}
          onChange={(supplierId) => update({ supplierId })}
          allLabel={t('introductions.board.allSuppliers')}
          options={options.suppliers}
        />
        <SelectFilter
          className="fr-col-12 fr-col-sm-6 fr-col-md-3"
          label={t('introductions.board.buyer')}
          name="buyerId"
          value={filters.buyerId ?? ''}
          onChange={(buyerId) => update({ buyerId })}
          allLabel={t('introductions.board.allBuyers')}
          options={options.buyers}
        />
        <SelectFilter
          className="fr-col-12 fr-col-sm-6 fr-col-md-3"
          label={t('introductions.board.opportunity')}
          name="opportunityId"
          value={filters.opportunityId ?? ''}
          onChange={(opportunityId) => update({ opportunityId })}
          allLabel={t('introductions.board.allOpportunities')}
          options={options.opportunities}
        />
        <div className="fr-col-12 fr-col-md-10">
          <Checkbox
            className="fr-mb-0"
            options={[
              {
                label: t('introductions.board.queue'),
                nativeInputProps: {
                  name: 'queue',
                  checked: filters.queue === 'true',
                  onChange: (e) => update({ queue: e.target.checked ? '1' : '' }),
                  ...testId('queue-filter'),
                },
              },
            ]}
          />
        </div>
      </FilterBar>

      <p className="fr-sr-only" role="status" aria-live="polite">
        {announce}
      </p>
      {move.isError && <ErrorAlert error={move.error} />}
      {list.isPending && <Loading />}
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.isSuccess && (
        <>
          <p className="fr-text--sm" role="status">
            {t('introductions.board.count', { count: list.data.length })}
          </p>
          <div className="bitd-intro-board" {...testId('introductions-board')}>
            {columns.map((status) => {
              const cards = list.data.filter((i) => i.status === status);
              const target = accepts(status);
              return (
                <section
                  key={status}
                  aria-labelledby={`column-${status}`}
                  className={`bitd-intro-col${target ? ' bitd-intro-col--target' : ''}`}
                  data-testid="board-column"
                  data-status={status}
                  onDragOver={(e) => {
                    if (accepts(status)) e.preventDefault();
                  }}
                  onDrop={drop(status)}
                >
                  <h2 id={`column-${status}`} className="fr-h6 fr-mb-1v">
                    {t(`introductions.status.${status}`)}
                  </h2>
                  <p className="fr-text--xs bitd-muted fr-mb-1w">
                    {t('introductions.board.columnCount', { count: cards.length })}
                  </p>
                  {target && (
                    <p className="fr-sr-only">
                      {t('introductions.board.dropHere', { status: t(`introductions.status.${status}`) })}
                    </p>
                  )}
                  {cards.length === 0 ? (
                    <p className="fr-text--sm bitd-muted fr-mb-0">{t('introductions.board.emptyColumn')}</p>
                  ) : (
                    <ul className="bitd-intro-col__cards">
                      {cards.map((i) => (
                        <li
                          key={i.id}
                          draggable={i.nextStatuses.length > 0}
                          onDragStart={(e) => {
                            e.dataTransfer.effectAllowed = 'move';
                            e.dataTransfer.setData('text/plain', i.id);
                            setDragged(i);
                          }}
                          onDragEnd={() => setDragged(null)}
                          className={i.nextStatuses.length > 0 ? 'bitd-intro-draggable' : undefined}
                        >
                          <IntroductionCard introduction={i}>
                            <BoardCardActions
                              introduction={i}
                              dateAsked={dateAsked?.id === i.id ? dateAsked.status : null}
                              busy={move.isPending}
                              onMove={run}
                            />
                          </IntroductionCard>
                        </li>
                      ))}
                    </ul>
                  )}
                </section>
              );
            })}
          </div>
        </>
      )}
    </>
  );
}

/** Take a request from the queue; move the card with a select (the keyboard's way to drag it). */
function BoardCardActions({
  introduction: i,
  dateAsked,
  busy,
  onMove,
}: {
  introduction: IntroductionSummaryView;
  /** The status the card was dropped on, when it needs a date first. */
  dateAsked: IntroductionStatus | null;
  busy: boolean;
  onMove: (m: Move) => void;
}) {
  const { t } = useTranslation();
  const take = useIntroductionChange(() => introductionsApi.take(i.id));
  return (
    <>
      {i.can.includes('take') && (
        <Button
          size="small"
          className="fr-mt-1w"
          iconId="fr-icon-user-add-line"
          disabled={take.isPending}
          onClick={() => take.mutate(undefined)}
          nativeButtonProps={testId('take-introduction')}
        >
          {t('introductions.card.take')}
        </Button>
      )}
      {take.isError && <ErrorAlert error={take.error} />}
      {i.nextStatuses.length > 0 && (
        // Keyed by the drop: a card dropped on « rendez-vous planifié » opens with it chosen.
        <MoveControl
          key={dateAsked ?? 'none'}
          introduction={i}
          initial={dateAsked}
          busy={busy}
          onMove={onMove}
        />
      )}
    </>
  );
}

function MoveControl({
  introduction: i,
  initial,
  busy,
  onMove,
}: {
  introduction: IntroductionSummaryView;
  initial: IntroductionStatus | null;
  busy: boolean;
  onMove: (m: Move) => void;
}) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<IntroductionStatus | ''>(initial ?? '');
  const [date, setDate] = useState('');
  const [error, setError] = useState<string | null>(null);
  const label = t('introductions.board.moveOf', { supplier: i.supplier.name, buyer: i.buyer.name });
  return (
    <form
      noValidate
      className="bitd-intro-move fr-mt-1w"
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        if (!status) return;
        if (status === 'meeting_planned' && !date) return setError(t('introductions.board.dateRequired'));
        setError(null);
        onMove({ id: i.id, status, date: date || undefined });
      }}
    >
      <Select
        className="fr-mb-1w"
        label={t('introductions.board.move')}
        nativeSelectProps={{
          name: 'status',
          value: status,
          title: label,
          onChange: (e) => setStatus(e.target.value as IntroductionStatus | ''),
          ...testId('move-status'),
        }}
      >
        <option value="">{t('introductions.board.chooseStatus')}</option>
        {i.nextStatuses.map((s) => (
          <option key={s} value={s}>
            {t(`introductions.status.${s}`)}
          </option>
        ))}
      </Select>
      {status && (
        <>
          <Input
            className="fr-mb-1w"
            label={t('introductions.board.date')}
            hintText={t('introductions.board.dateHint')}
            state={error ? 'error' : 'default'}
            stateRelatedMessage={error}
            nativeInputProps={{
              type: 'date',
              name: 'date',
              value: date,
              autoFocus: initial !== null,
              onChange: (e) => setDate(e.target.value),
              ...testId('move-date'),
            }}
          />
          <Button
            type="submit"
            size="small"
            priority="secondary"
            disabled={busy}
            nativeButtonProps={testId('move-apply')}
          >
            {t('introductions.board.apply')}
          </Button>
        </>
      )}
    </form>
  );
}
