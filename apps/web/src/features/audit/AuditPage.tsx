import type { AuditEntryView } from '@bitd/domain';
import { Accordion } from '@codegouvfr/react-dsfr/Accordion';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { AuditQuery } from '@bitd/domain';
import { auth } from '../../api/client';
import type { Lang } from '../../i18n';
import { formatDateTime, formatNumber } from '../../shared/format';
import { ListPagination } from '../../shared/list/ListPagination';
import { ErrorAlert, Loading } from '../../shared/QueryStatus';
import { testId } from '../../shared/testId';
import { useLang } from '../../shared/useLang';
import { apiFieldErrors } from '../account/form-errors';
import { usePageTitle } from '../../shared/usePageTitle';

const PAGE_SIZE = 25;
/** Entities the platform records changes of (the filter also takes any other typed in the address). */
const ENTITIES = [
  'supplier',
  'opportunity',
  'claim',
  'user',
  'organisation',
  'invitation',
  'membership',
] as const;
const FILTERS = ['entity', 'action', 'entityId', 'actorId', 'organisationId', 'from', 'to'] as const;
type Filter = (typeof FILTERS)[number];
type Filters = Record<Filter, string>;

const EMPTY = Object.fromEntries(FILTERS.map((f) => [f, ''])) as Filters;

function readFilters(params: URLSearchParams): Filters {
  return Object.fromEntries(FILTERS.map((f) => [f, (params.get(f) ?? '').trim()])) as Filters;
}

/** `/audit`: who changed what, when, on whose behalf; newest first, filtered from the address. */
export function AuditPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  usePageTitle(t('audit.title'));
  const request: AuditQuery = {
    ...Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== '')),
    page,
    pageSize: PAGE_SIZE,
  };
  const query = useQuery({
    queryKey: ['audit', request],
    queryFn: ({ signal }) => auth.audit(request, signal),
    placeholderData: keepPreviousData,
  });
  const fieldErrors = query.isError ? apiFieldErrors(t, query.error) : {};
  const data = query.isError ? undefined : query.data;
  const pageCount = data ? Math.max(1, Math.ceil(data.total / (data.pageSize || PAGE_SIZE))) : 1;
  const hrefForPage = (p: number) => {
    const next = new URLSearchParams(params);
    if (p > 1) next.set('page', String(p));
    else next.delete('page');
    const s = next.toString();
    return s ? `/audit?${s}` : '/audit';
  };
  const apply = (next: Filters) => {
    const out = new URLSearchParams();
    for (const f of FILTERS) if (next[f].trim()) out.set(f, next[f].trim());
    setParams(out);
  };

  return (
    <>
      <h1>{t('audit.title')}</h1>
      <p className="fr-text--lead">{t('audit.lead')}</p>
      <AuditFilters key={params.toString()} initial={filters} errors={fieldErrors} onApply={apply} />
      {query.isPending && <Loading />}
      {query.isError && Object.keys(fieldErrors).length === 0 && (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      )}
      {data && (
        <div aria-busy={query.isFetching} className={query.isPlaceholderData ? 'bitd-stale' : undefined}>
          <p role="status" className="fr-mb-2w">
            {t('audit.count', { count: data.total, n: formatNumber(data.total, lang) })}
          </p>
          {data.items.length > 0 && (
            <>
              {/* A table from medium screens; a list of entries on phones, where five columns
                  would wrap every word. */}
              <div className="fr-hidden fr-unhidden-md">
                <Table
                  className="bitd-table bitd-audit-table"
                  caption={t('audit.caption', { page, pages: pageCount })}
                  noCaption
                  headers={[
                    t('audit.cols.at'),
                    t('audit.cols.actor'),
                    t('audit.cols.action'),
                    t('audit.cols.entity'),
                    t('audit.cols.changes'),
                  ]}
                  data={data.items.map((e) => {
                    const c = auditCells(e, t, lang);
                    return [c.at, c.actor, c.action, c.entity, c.changes];
                  })}
                />
              </div>
              <ul
                className="bitd-card-list fr-hidden-md"
                aria-label={t('audit.caption', { page, pages: pageCount })}
              >
                {data.items.map((e) => {
                  const c = auditCells(e, t, lang);
                  return (
                    <li key={e.id} data-testid="audit-entry">
                      <p className="fr-text--sm fr-mb-1v bitd-muted">{c.at}</p>
                      <div className="fr-mb-1w">{c.action}</div>
                      <dl className="bitd-audit-entry">
                        <dt>{t('audit.cols.actor')}</dt>
                        <dd>{c.actor}</dd>
                        <dt>{t('audit.cols.entity')}</dt>
                        <dd>{c.entity}</dd>
                        <dt>{t('audit.cols.changes')}</dt>
                        <dd>{c.changes}</dd>
                      </dl>
                    </li>
                  );
                })}
              </ul>
            </>
          )}
          <ListPagination page={page} pageCount={pageCount} hrefForPage={hrefForPage} />
        </div>
      )}
    </>
  );
}

function AuditFilters({
  initial,
  errors,
  onApply,
}: {
  initial: Filters;
  /** The API's refusal of a filter (an identifier that is not one, a date that is not one). */
  errors: Record<string, string>;
  onApply: (f: Filters) => void;
}) {
  const { t } = useTranslation();
  const [v, setV] = useState(initial);
  const state = (f: Filter) => ({
    state: errors[f] ? ('error' as const) : ('default' as const),
    stateRelatedMessage: errors[f],
  });
  const set = (f: Filter) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setV((prev) => ({ ...prev, [f]: value }));
  };
  const known = (ENTITIES as readonly string[]).includes(v.entity);
  return (
    <form
      className="bitd-facets fr-mb-4w"
      aria-label={t('audit.filters')}
      onSubmit={(e) => {
        e.preventDefault();
        onApply(v);
      }}
      {...testId('audit-filters')}
    >
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6 fr-col-lg-3">
          <Select
            label={t('audit.filter.entity')}
            nativeSelectProps={{ name: 'entity', value: v.entity, onChange: set('entity') }}
          >
            <option value="">{t('audit.any')}</option>
            {ENTITIES.map((x) => (
              <option key={x} value={x}>
                {t(`audit.entities.${x}`)}
              </option>
            ))}
            {!known && v.entity && <option value={v.entity}>{v.entity}</option>}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-6 fr-col-lg-3">
          <Input
            label={t('audit.filter.action')}
            hintText={t('audit.filter.actionHint')}
            {...state('action')}
            nativeInputProps={{ name: 'action', value: v.action, onChange: set('action') }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-6 fr-col-lg-3">
          <Input
            label={t('audit.filter.from')}
            {...state('from')}
            nativeInputProps={{ name: 'from', type: 'date', value: v.from, onChange: set('from') }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-6 fr-col-lg-3">
          <Input
            label={t('audit.filter.to')}
            {...state('to')}
            nativeInputProps={{ name: 'to', type: 'date', value: v.to, onChange: set('to') }}
          />
        </div>
      </div>
      <Accordion
        className="fr-mb-2w"
        label={t('audit.filter.byId')}
        defaultExpanded={Boolean(initial.entityId || initial.actorId || initial.organisationId)}
      >
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-4">
            <Input
              label={t('audit.filter.entityId')}
              hintText={t('audit.filter.idHint')}
              {...state('entityId')}
              nativeInputProps={{ name: 'entityId', value: v.entityId, onChange: set('entityId') }}
            />
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <Input
              label={t('audit.filter.actorId')}
              hintText={t('audit.filter.idHint')}
              {...state('actorId')}
              nativeInputProps={{ name: 'actorId', value: v.actorId, onChange: set('actorId') }}
            />
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <Input
              label={t('audit.filter.organisationId')}
              hintText={t('audit.filter.idHint')}
              {...state('organisationId')}
              nativeInputProps={{
                name: 'organisationId',
                value: v.organisationId,
                onChange: set('organisationId'),
              }}
            />
          </div>
        </div>
      </Accordion>
      <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--icon-left">
        <li>
          <Button type="submit" iconId="fr-icon-filter-line" nativeButtonProps={testId('audit-apply')}>
            {t('audit.apply')}
          </Button>
        </li>
        <li>
          <Button type="button" priority="secondary" onClick={() => onApply(EMPTY)}>
            {t('audit.reset')}
          </Button>
        </li>
      </ul>
    </form>
  );
}

const ENTITY_PATHS: Record<string, string> = { supplier: '/fournisseurs', opportunity: '/opportunites' };

/** The parts of one entry, laid out as a table row or as a card. */
function auditCells(e: AuditEntryView, t: TFunction, lang: Lang) {
  const entityPath = ENTITY_PATHS[e.entity];
  const changes = Object.entries(e.changes);
  return {
    at: (
      <span key="at" className="bitd-nowrap">
        {formatDateTime(e.at, lang)}
      </span>
    ),
    actor: (
      <span key="actor">
        {e.actorId ? (
          <Link
            className="fr-link fr-link--sm bitd-block bitd-break"
            to={`/audit?actorId=${encodeURIComponent(e.actorId)}`}
            title={t('audit.byActor', { actor: e.actorLabel })}
          >
            {e.actorLabel}
          </Link>
        ) : (
          <span className="bitd-block bitd-break">{e.actorLabel}</span>
        )}
        {e.onBehalfOf && (
          <span className="bitd-block fr-text--xs bitd-muted fr-mb-0">
            {t('audit.onBehalfOf')}{' '}
            <Link
              className="fr-link fr-link--sm"
              to={`/audit?organisationId=${encodeURIComponent(e.onBehalfOf)}`}
              title={t('audit.byOrganisation', { id: e.onBehalfOf })}
            >
              {shortId(e.onBehalfOf)}
            </Link>
          </span>
        )}
      </span>
    ),
    action: (
      <span key="action">
        <span className="bitd-block">{t(`audit.actions.${e.action}`, { defaultValue: e.action })}</span>
        <code className="fr-text--xs bitd-muted">{e.action}</code>
      </span>
    ),
    entity: (
      <span key="entity">
        <span className="bitd-block">{t(`audit.entities.${e.entity}`, { defaultValue: e.entity })}</span>
        {e.entityId &&
          (entityPath ? (
            <Link
              className="fr-link fr-link--sm bitd-break"
              to={`${entityPath}/${encodeURIComponent(e.entityId)}`}
            >
              {shortId(e.entityId)}
            </Link>
          ) : (
            <code className="fr-text--xs bitd-break">{shortId(e.entityId)}</code>
          ))}
      </span>
    ),
    changes:
      changes.length === 0 ? (
        <span key="changes" className="bitd-muted">
          {t('common.none')}
        </span>
      ) : (
        <ul key="changes" className="bitd-changes">
          {changes.map(([field, c]) => (
            <li key={field}>
              <strong>{field}</strong> : <span className="bitd-change-before">{shownValue(c.before, t)}</span>
              {' → '}
              <span className="bitd-change-after">{shownValue(c.after, t)}</span>
            </li>
          ))}
        </ul>
      ),
  };
}

/** The first block of a UUID is enough to tell entries apart on screen; the full one is in the link. */
function shortId(id: string): string {
  return /^[0-9a-f]{8}-[0-9a-f-]{27}$/i.test(id) ? `${id.slice(0, 8)}…` : id;
}

const MAX_SHOWN = 120;

/** A changed value as text: ∅ for none, yes/no, and lists or objects as short JSON. */
function shownValue(value: unknown, t: TFunction): string {
  if (value === null || value === undefined || value === '') return '∅';
  if (typeof value === 'boolean') return value ? t('audit.yes') : t('audit.no');
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}
