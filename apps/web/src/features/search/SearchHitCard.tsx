import {
  CAPABILITY_DOMAINS,
  CERTIFICATION_LABELS,
  CLEARANCE_LEVELS,
  originalWording,
  type CertificationScheme,
  type ClearanceLevel,
  type SearchHitReason,
  type SupplierSearchHit,
} from '@bitd/domain';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Tag } from '@codegouvfr/react-dsfr/Tag';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../../shared/format';
import { useLang } from '../../shared/useLang';
import { ClearanceBadge } from '../suppliers/SupplierBadges';
import { Highlighted, stripHighlights } from './Highlighted';

/** At most this many capabilities per result; the profile shows them all. */
const CAPABILITIES_PER_HIT = 4;

/** Evidence that the supplier does the capability itself; the other tiers are only close to it. */
const STRONG: ReadonlySet<SearchHitReason['how']> = new Set(['declared', 'described']);

/**
 * Why the supplier matched each capability the text named, one line each. Described evidence is
 * quoted as the description writes it when the description shown holds it.
 */
function HitReasons({ reasons, description }: { reasons: SearchHitReason[]; description: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (reasons.length === 0) return null;
  const wording = (r: SearchHitReason) =>
    r.via && r.how === 'described' ? (originalWording(r.via, description) ?? r.via) : r.via;
  return (
    <ul className="bitd-why fr-mb-1w" aria-label={t('search.hit.why.label')} data-testid="hit-why">
      {reasons.map((r, i) => {
        const strong = STRONG.has(r.how);
        const via = wording(r);
        return (
          <li key={i} className={strong ? undefined : 'bitd-muted'} data-how={r.how}>
            <span
              className={`${strong ? 'fr-icon-check-line' : 'fr-icon-arrow-right-line'} fr-icon--sm`}
              aria-hidden="true"
            />
            <span>
              {t(strong ? 'search.hit.why.strong' : 'search.hit.why.weak')}{' '}
              <span className="bitd-strong">{r.concept[lang]}</span>
              {t('search.hit.why.colon')}
              {t(`search.hit.why.${r.how}`, {
                context: via ? 'via' : undefined,
                via: via ? t('common.quoted', { text: via }) : undefined,
              })}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

const isClearance = (v: string | null): v is ClearanceLevel =>
  v !== null && (CLEARANCE_LEVELS as readonly string[]).includes(v);

/** `action`: what the reader can do with the hit (a buyer adds it to a shortlist). */
export function SearchHitCard({ hit, action }: { hit: SupplierSearchHit; action?: ReactNode }) {
  const { t } = useTranslation();
  const lang = useLang();
  const domains = hit.domains.map((id) => {
    const d = CAPABILITY_DOMAINS.find((x) => x.id === id);
    return { id, label: d ? (lang === 'en' ? d.en : d.fr) : id };
  });
  // A capability label the text matched comes back with its markers: show that version.
  const matched = hit.highlights.capabilities;
  const highlightOf = (label: string | null): string | null =>
    (label && matched.find((h) => stripHighlights(h) === label)) || null;
  const capabilities = hit.capabilities.map((c) => ({
    code: c.code,
    label: lang === 'en' ? (c.en ?? c.fr) : (c.fr ?? c.en),
  }));
  // Capabilities the text matched first: they say why this supplier is in the results.
  const ordered = [
    ...capabilities.filter((c) => highlightOf(c.label)),
    ...capabilities.filter((c) => !highlightOf(c.label)),
  ];
  const shown = ordered.slice(0, CAPABILITIES_PER_HIT);
  const more = capabilities.length - shown.length;
  const titleId = `hit-${hit.id}-title`;

  return (
    <li
      className="bitd-hit"
      data-testid="search-hit"
      data-department={hit.department ?? ''}
      aria-labelledby={titleId}
    >
      <h3 className="fr-h6 fr-mb-1v" id={titleId}>
        <Link className="bitd-hit__link" to={`/fournisseurs/${encodeURIComponent(hit.id)}`}>
          <Highlighted text={hit.highlights.name || hit.name} />
        </Link>
      </h3>
      <p className="fr-text--sm fr-mb-1w bitd-muted">
        <span className="fr-icon-map-pin-2-line fr-icon--sm" aria-hidden="true" /> {hit.city}
        {hit.department ? ` (${hit.department})` : ''}
        {hit.distanceKm !== null && (
          <>
            {' · '}
            <span data-testid="hit-distance" data-km={hit.distanceKm}>
              {t('search.distance', { km: formatNumber(hit.distanceKm, lang) })}
            </span>
          </>
        )}
      </p>

      <HitReasons reasons={hit.why} description={stripHighlights(hit.highlights.description ?? '')} />

      {hit.highlights.description && (
        <p className="fr-text--sm fr-mb-1w bitd-hit__description" data-testid="hit-description">
          <Highlighted text={hit.highlights.description} />
        </p>
      )}

      <ul className="fr-badges-group fr-mb-1v" aria-label={t('search.hit.badges')}>
        {isClearance(hit.clearance) && (
          <li>
            <ClearanceBadge level={hit.clearance} />
          </li>
        )}
        {hit.trlMax !== null && (
          <li title={t(`trl.${hit.trlMax}`)}>
            <Badge as="span" small noIcon severity="info">
              {t('search.hit.trlMax', { trl: hit.trlMax })}
            </Badge>
          </li>
        )}
        {hit.certificationsValid.map((scheme) => (
          <li key={scheme}>
            <Badge as="span" small severity="success">
              {CERTIFICATION_LABELS[scheme as CertificationScheme] ?? scheme}
            </Badge>
          </li>
        ))}
      </ul>

      {domains.length > 0 && (
        <ul className="fr-tags-group fr-mb-1v" aria-label={t('search.hit.domains')}>
          {domains.map((d) => (
            <li key={d.id}>
              <Tag as="span" small>
                {d.label}
              </Tag>
            </li>
          ))}
        </ul>
      )}

      {shown.length > 0 && (
        <ul className="bitd-cap-list" aria-label={t('search.hit.capabilities')}>
          {shown.map((c, i) => {
            const highlighted = highlightOf(c.label);
            return (
              <li key={`${c.code}-${i}`}>
                <code className="bitd-hit__code">{c.code}</code>{' '}
                <span className="fr-text--xs">
                  {highlighted ? <Highlighted text={highlighted} /> : (c.label ?? '')}
                </span>
              </li>
            );
          })}
          {more > 0 && (
            <li className="fr-text--xs bitd-muted">{t('directory.moreCodes', { count: more })}</li>
          )}
        </ul>
      )}
      {action}
    </li>
  );
}
