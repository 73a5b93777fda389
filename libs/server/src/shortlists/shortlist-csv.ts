import { CERTIFICATION_LABELS, type SupplierPrivateField, isCertificationValidOn } from '@bitd/domain';
import { stringify } from 'csv-stringify/sync';
import { hiddenSupplierFields, visibleContacts } from '../access/policies';
import type { Actor } from '../common/actor';
import type { Bilingual } from '../common/domain-error';
import { neutraliseCell } from '../imports/csv-injection';
import type { OrganisationEntity } from '../organisations/organisation.entity';
import type { ShortlistRow } from './shortlists.service';

interface Column {
  key: string;
  header: Bilingual;
  /** The private field this column shows: left empty for a reader who may not see it. */
  private?: SupplierPrivateField;
  value: (s: OrganisationEntity, r: ShortlistRow, actor: Actor, today: string) => string | number | null;
}

const join = (values: readonly string[]) => values.join(' ; ');

const COLUMNS: readonly Column[] = [
  { key: 'name', header: { fr: 'Raison sociale', en: 'Company' }, value: (s) => s.name },
  { key: 'siret', header: { fr: 'SIRET', en: 'SIRET' }, value: (s) => s.siret },
  { key: 'city', header: { fr: 'Commune', en: 'Town' }, value: (s) => s.city },
  { key: 'postalCode', header: { fr: 'Code postal', en: 'Postcode' }, value: (s) => s.postalCode },
  { key: 'department', header: { fr: 'Département', en: 'Department' }, value: (s) => s.department },
  { key: 'headcount', header: { fr: 'Effectif', en: 'Headcount' }, value: (s) => s.headcount },
  { key: 'website', header: { fr: 'Site web', en: 'Website' }, value: (s) => s.website },
  {
    key: 'capabilities',
    header: { fr: 'Capacités (CPV)', en: 'Capabilities (CPV)' },
    value: (s) => join(s.capabilities.map((c) => (c.label ? `${c.code} ${c.label}` : c.code))),
  },
  {
    key: 'certifications',
    header: { fr: 'Certifications valides', en: 'Valid certifications' },
    value: (s, _r, _a, today) =>
      join(
        s.certifications
          .filter((c) => isCertificationValidOn(c.validUntil, today))
          .map((c) => CERTIFICATION_LABELS[c.scheme] ?? c.scheme),
      ),
  },
  {
    key: 'clearance',
    header: { fr: 'Habilitation', en: 'Clearance' },
    private: 'clearance',
    value: (s) => s.clearance,
  },
  {
    key: 'revenueEur',
    header: { fr: 'Chiffre d’affaires (€)', en: 'Revenue (€)' },
    private: 'revenueEur',
    value: (s) => s.revenueEur,
  },
  {
    key: 'defenceRevenueShare',
    header: { fr: 'Part défense du CA', en: 'Defence share of revenue' },
    private: 'defenceRevenueShare',
    value: (s) => s.defenceRevenueShare,
  },
  {
    key: 'contacts',
    header: { fr: 'Contacts', en: 'Contacts' },
    private: 'contacts',
    value: (s, _r, actor) =>
      join(
        visibleContacts(actor, s.id, s.contacts).map((c) =>
          [c.name, c.role && `(${c.role})`, `<${c.email}>`, c.phone].filter(Boolean).join(' '),
        ),
      ),
  },
  {
    key: 'score',
    header: { fr: 'Score de correspondance', en: 'Match score' },
    value: (_s, r) => (r.score === null ? null : Math.round(r.score)),
  },
  { key: 'note', header: { fr: 'Note', en: 'Note' }, value: (_s, r) => r.note },
  {
    key: 'addedAt',
    header: { fr: 'Ajouté le', en: 'Added on' },
    value: (_s, r) => r.createdAt.toISOString().slice(0, 10),
  },
];

/**
 * The shortlist as CSV for this reader: private fields only as the profile's field rules let them
 * read it (a column nobody's value may be read in is left out, a single hidden value is empty), and
 * every text cell neutralised against formula injection. UTF-8 with a BOM, for spreadsheets.
 */
export function shortlistCsv(
  rows: readonly ShortlistRow[],
  suppliers: ReadonlyMap<string, OrganisationEntity>,
  actor: Actor,
  lang: 'fr' | 'en',
  today = new Date().toISOString().slice(0, 10),
): string {
  const listed = rows.filter((r) => suppliers.has(r.supplierId));
  const hidden = new Map(
    listed.map((r) => [r.supplierId, new Set(hiddenSupplierFields(actor, r.supplierId))]),
  );
  // With no row, what a reader may see is what their role sees of any company.
  const hiddenEverywhere = (f: SupplierPrivateField) =>
    listed.length === 0
      ? hiddenSupplierFields(actor, '').includes(f)
      : listed.every((r) => hidden.get(r.supplierId)!.has(f));
  const columns = COLUMNS.filter((c) => !c.private || !hiddenEverywhere(c.private));
  const records = listed.map((r) => {
    const s = suppliers.get(r.supplierId)!;
    return columns.map((c) => {
      if (c.private && hidden.get(r.supplierId)!.has(c.private)) return '';
      const v = c.value(s, r, actor, today);
      return v === null || v === undefined ? '' : neutraliseCell(String(v));
    });
  });
  return stringify([columns.map((c) => c.header[lang]), ...records], { bom: true });
}
