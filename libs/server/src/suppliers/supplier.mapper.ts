import { createHash } from 'node:crypto';
import {
  type MatchableSupplier,
  SupplierImportRow,
  SupplierInput,
  SupplierPrivateField,
  SupplierSummaryView,
  SupplierView,
  cpvLabel,
  isCertificationValidOn,
  parseCpv,
  profileCompleteness,
  sizeBand,
} from '@bitd/domain';
import { communeByInsee, communesByPostalCode, nafLabel } from '../reference/reference-checks';
import type { ContactData, OrganisationEntity } from '../organisations/organisation.entity';

/** The stored fields of a supplier profile, derived from validated input. */
export type SupplierRecord = Pick<
  OrganisationEntity,
  | 'externalId'
  | 'siret'
  | 'name'
  | 'legalForm'
  | 'nafCode'
  | 'headcount'
  | 'revenueEur'
  | 'defenceRevenueShare'
  | 'website'
  | 'street'
  | 'city'
  | 'postalCode'
  | 'inseeCode'
  | 'department'
  | 'lat'
  | 'lon'
  | 'description'
  | 'capabilities'
  | 'certifications'
  | 'clearance'
  | 'references'
  | 'contacts'
  | 'completeness'
>;

const orNull = <T>(v: T | undefined | null): T | null => (v === undefined ? null : v);

/** The department follows from the commune when the source did not give it. */
function departmentOf(a: SupplierInput['address']): string | null {
  if (a.department) return a.department;
  const commune = a.inseeCode ? communeByInsee(a.inseeCode) : communesByPostalCode(a.postalCode)[0];
  return commune?.departement ?? null;
}

export function toRecord(input: SupplierInput | SupplierImportRow): SupplierRecord {
  const capabilities = (input.capabilities ?? []).map((c) => {
    const code = parseCpv(c.code)?.code ?? c.code;
    return {
      code,
      label: c.label ?? cpvLabel(code, 'fr'),
      trl: orNull(c.trl),
      description: orNull(c.description),
    };
  });
  const record: Omit<SupplierRecord, 'completeness'> = {
    externalId: orNull(input.externalId),
    siret: input.siret,
    name: input.name,
    legalForm: orNull(input.legalForm),
    nafCode: orNull(input.nafCode),
    headcount: orNull(input.headcount),
    revenueEur: orNull(input.revenueEur),
    defenceRevenueShare: orNull(input.defenceRevenueShare),
    website: orNull(input.website),
    street: orNull(input.address.street),
    city: input.address.city,
    postalCode: input.address.postalCode,
    inseeCode: orNull(input.address.inseeCode),
    department: departmentOf(input.address),
    lat: orNull(input.address.lat),
    lon: orNull(input.address.lon),
    description: orNull(input.description),
    capabilities,
    certifications: (input.certifications ?? []).map((c) => ({
      scheme: c.scheme,
      validUntil: orNull(c.validUntil),
      reference: orNull(c.reference),
    })),
    clearance: input.clearance ?? 'NONE',
    references: (input.references ?? []).map((r) => ({
      programme: orNull(r.programme),
      customer: orNull(r.customer),
      year: orNull(r.year),
      description: orNull(r.description),
    })),
    // Kept only when set, so that profiles stored before the choice existed hash the same.
    contacts: (input.contacts ?? []).map((c) => ({
      name: c.name,
      email: c.email,
      phone: orNull(c.phone),
      role: orNull(c.role),
      ...(c.visibleToBuyers ? { visibleToBuyers: true } : {}),
    })),
  };
  return { ...record, completeness: profileCompleteness(record).score };
}

/** The values a stored profile has now for the fields a record sets (the "before" of a change). */
export function currentFields(current: OrganisationEntity, record: SupplierRecord): Partial<SupplierRecord> {
  return Object.fromEntries(Object.keys(record).map((k) => [k, current[k as keyof SupplierRecord]]));
}

/** Stable hash of a record's content: equal for a re-import of the same row. */
export function contentHash(record: SupplierRecord): string {
  return createHash('sha1').update(JSON.stringify(record)).digest('hex');
}

const dropNulls = <T extends object>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as Partial<T>;

function addressOf(e: OrganisationEntity): SupplierView['address'] {
  return {
    street: e.street,
    city: e.city,
    postalCode: e.postalCode,
    inseeCode: e.inseeCode,
    department: e.department,
    lat: e.lat,
    lon: e.lon,
  };
}

/** The interchange (INTERCHANGE.md) form of a stored profile: what export writes and import reads. */
export function toInterchange(e: OrganisationEntity): SupplierImportRow {
  const list = <T extends object>(items: T[]) => items.map((i) => dropNulls(i));
  return dropNulls({
    externalId: e.externalId ?? `ID-${e.id}`,
    siret: e.siret,
    name: e.name,
    legalForm: e.legalForm,
    nafCode: e.nafCode,
    headcount: e.headcount,
    revenueEur: e.revenueEur,
    defenceRevenueShare: e.defenceRevenueShare,
    website: e.website,
    address: dropNulls(addressOf(e)),
    description: e.description,
    capabilities: list(e.capabilities),
    certifications: list(e.certifications),
    clearance: e.clearance,
    references: list(e.references),
    contacts: list(e.contacts),
  }) as SupplierImportRow;
}

/** What a reader sees of a profile: private fields their role may not read come back empty. */
export interface ReaderView {
  hidden: SupplierPrivateField[];
  contacts: ContactData[];
  canEdit: boolean;
  claimed: boolean;
}

export function toView(
  e: OrganisationEntity,
  reader: ReaderView,
  today = new Date().toISOString().slice(0, 10),
): SupplierView {
  const hidden = new Set(reader.hidden);
  return {
    id: e.id,
    externalId: e.externalId,
    siret: e.siret,
    siren: e.siret.slice(0, 9),
    name: e.name,
    legalForm: e.legalForm,
    nafCode: e.nafCode,
    nafLabel: e.nafCode ? nafLabel(e.nafCode) : null,
    headcount: e.headcount,
    sizeBand: sizeBand(e.headcount),
    revenueEur: hidden.has('revenueEur') ? null : e.revenueEur,
    defenceRevenueShare: hidden.has('defenceRevenueShare') ? null : e.defenceRevenueShare,
    website: e.website,
    address: addressOf(e),
    description: e.description,
    capabilities: e.capabilities,
    certifications: e.certifications.map((c) => ({
      ...c,
      expired: !isCertificationValidOn(c.validUntil, today),
    })),
    clearance: hidden.has('clearance') ? null : e.clearance,
    references: e.references,
    contacts: reader.contacts.map((c) => ({ ...c, visibleToBuyers: c.visibleToBuyers === true })),
    hiddenFields: reader.hidden,
    canEdit: reader.canEdit,
    claimed: reader.claimed,
    completeness: profileCompleteness({ ...e, capabilities: e.capabilities }),
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
    updatedBy: e.updatedBy,
    deletedAt: e.deletedAt ? e.deletedAt.toISOString() : null,
    version: e.version,
  };
}

export function toSummary(e: OrganisationEntity, showClearance: boolean): SupplierSummaryView {
  return {
    id: e.id,
    name: e.name,
    siret: e.siret,
    city: e.city,
    department: e.department,
    capabilities: e.capabilities.map((c) => ({
      code: c.code,
      fr: cpvLabel(c.code, 'fr') ?? c.label,
      en: cpvLabel(c.code, 'en'),
    })),
    clearance: showClearance ? e.clearance : null,
    completeness: e.completeness,
    updatedAt: e.updatedAt.toISOString(),
  };
}

/** The part of a profile the matcher reads. */
export function toMatchableSupplier(e: OrganisationEntity): MatchableSupplier {
  return {
    id: e.id,
    name: e.name,
    description: e.description,
    capabilities: e.capabilities,
    certifications: e.certifications,
    clearance: e.clearance,
    lat: e.lat,
    lon: e.lon,
    headcount: e.headcount,
    references: e.references,
  };
}
