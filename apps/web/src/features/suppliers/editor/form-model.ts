import type { SupplierView } from '@bitd/domain';
import type { SupplierBody } from '../../../api/client';
import { parseNumber } from '../../../shared/form/numbers';

/*
 * What the editor holds: every leaf is the string of its input, so that what the user typed is
 * never lost; the conversion to the API's shape (numbers, nulls, omitted keys) happens once, here.
 * List rows are sent one for one (never filtered) so that `capabilities[2].trl` in an API error
 * is row 2 of the form.
 */

export interface AddressForm {
  street: string;
  city: string;
  postalCode: string;
  inseeCode: string;
  department: string;
  lat: string;
  lon: string;
}

export interface CapabilityForm {
  code: string;
  label: string;
  trl: string;
  description: string;
}

export interface CertificationForm {
  scheme: string;
  validUntil: string;
  reference: string;
}

export interface ReferenceForm {
  programme: string;
  customer: string;
  year: string;
  description: string;
}

export interface ContactForm {
  name: string;
  email: string;
  phone: string;
  role: string;
  /** The one leaf that is not text: a checkbox (private by default). */
  visibleToBuyers: boolean;
}

export interface SupplierFormValues {
  externalId: string;
  siret: string;
  name: string;
  legalForm: string;
  nafCode: string;
  headcount: string;
  revenueEur: string;
  defenceRevenueShare: string;
  website: string;
  address: AddressForm;
  description: string;
  capabilities: CapabilityForm[];
  certifications: CertificationForm[];
  clearance: string;
  references: ReferenceForm[];
  contacts: ContactForm[];
}

export const emptyCapability = (): CapabilityForm => ({ code: '', label: '', trl: '', description: '' });
export const emptyCertification = (): CertificationForm => ({ scheme: '', validUntil: '', reference: '' });
export const emptyReference = (): ReferenceForm => ({
  programme: '',
  customer: '',
  year: '',
  description: '',
});
export const emptyContact = (): ContactForm => ({
  name: '',
  email: '',
  phone: '',
  role: '',
  visibleToBuyers: false,
});

export function emptyForm(): SupplierFormValues {
  return {
    externalId: '',
    siret: '',
    name: '',
    legalForm: '',
    nafCode: '',
    headcount: '',
    revenueEur: '',
    defenceRevenueShare: '',
    website: '',
    address: { street: '', city: '', postalCode: '', inseeCode: '', department: '', lat: '', lon: '' },
    description: '',
    capabilities: [],
    certifications: [],
    clearance: 'NONE',
    references: [],
    contacts: [],
  };
}

const str = (v: string | number | null | undefined): string =>
  v === null || v === undefined ? '' : String(v);

export function fromView(v: SupplierView): SupplierFormValues {
  return {
    externalId: str(v.externalId),
    siret: v.siret,
    name: v.name,
    legalForm: str(v.legalForm),
    nafCode: str(v.nafCode),
    headcount: str(v.headcount),
    revenueEur: str(v.revenueEur),
    defenceRevenueShare: str(v.defenceRevenueShare),
    website: str(v.website),
    address: {
      street: str(v.address.street),
      city: v.address.city,
      postalCode: v.address.postalCode,
      inseeCode: str(v.address.inseeCode),
      department: str(v.address.department),
      lat: str(v.address.lat),
      lon: str(v.address.lon),
    },
    description: str(v.description),
    capabilities: v.capabilities.map((c) => ({
      code: c.code,
      label: str(c.label),
      trl: str(c.trl),
      description: str(c.description),
    })),
    certifications: v.certifications.map((c) => ({
      scheme: c.scheme,
      validUntil: str(c.validUntil),
      reference: str(c.reference),
    })),
    clearance: v.clearance ?? 'NONE',
    references: v.references.map((r) => ({
      programme: str(r.programme),
      customer: str(r.customer),
      year: str(r.year),
      description: str(r.description),
    })),
    contacts: v.contacts.map((c) => ({
      name: c.name,
      email: c.email,
      phone: str(c.phone),
      role: str(c.role),
      visibleToBuyers: c.visibleToBuyers,
    })),
  };
}

const text = (v: string): string | undefined => {
  const t = v.trim();
  return t === '' ? undefined : t;
};

/** Drops undefined keys (for nested objects, where the API has no null). */
function compact(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

/** The whole profile in the API's shape; an empty optional top-level field is null. */
export function toPayload(v: SupplierFormValues): Record<string, unknown> {
  const orNull = <T>(x: T | undefined): T | null => (x === undefined ? null : x);
  return {
    externalId: orNull(text(v.externalId)),
    siret: v.siret.replace(/\s+/g, ''),
    name: v.name.trim(),
    legalForm: orNull(text(v.legalForm)),
    nafCode: orNull(text(v.nafCode)?.toUpperCase()),
    headcount: orNull(parseNumber(v.headcount)),
    revenueEur: orNull(parseNumber(v.revenueEur)),
    defenceRevenueShare: orNull(parseNumber(v.defenceRevenueShare)),
    website: orNull(text(v.website)),
    address: compact({
      street: text(v.address.street),
      city: v.address.city.trim(),
      postalCode: v.address.postalCode.trim(),
      inseeCode: text(v.address.inseeCode)?.toUpperCase(),
      department: text(v.address.department)?.toUpperCase(),
      lat: parseNumber(v.address.lat),
      lon: parseNumber(v.address.lon),
    }),
    description: orNull(text(v.description)),
    capabilities: v.capabilities.map((c) =>
      compact({
        code: c.code.trim(),
        label: text(c.label),
        trl: parseNumber(c.trl),
        description: text(c.description),
      }),
    ),
    certifications: v.certifications.map((c) =>
      compact({ scheme: c.scheme, validUntil: text(c.validUntil), reference: text(c.reference) }),
    ),
    clearance: v.clearance || 'NONE',
    references: v.references.map((r) =>
      compact({
        programme: text(r.programme),
        customer: text(r.customer),
        year: parseNumber(r.year),
        description: text(r.description),
      }),
    ),
    contacts: v.contacts.map((c) =>
      compact({
        name: c.name.trim(),
        email: c.email.trim(),
        phone: text(c.phone),
        role: text(c.role),
        visibleToBuyers: c.visibleToBuyers,
      }),
    ),
  };
}

/** POST body: nulls and empty lists left out. */
export function createBody(v: SupplierFormValues): SupplierBody {
  return Object.fromEntries(
    Object.entries(toPayload(v)).filter(([, x]) => x !== null && !(Array.isArray(x) && x.length === 0)),
  );
}

/** PATCH body: only the top-level fields that changed (a list or the address is sent whole). */
export function updateBody(v: SupplierFormValues, initial: SupplierFormValues): SupplierBody {
  const now = toPayload(v);
  const before = toPayload(initial);
  return Object.fromEntries(
    Object.entries(now).filter(([k, x]) => JSON.stringify(x) !== JSON.stringify(before[k])),
  );
}
