import { DEFENCE_SITES, type OpportunityView } from '@bitd/domain';
import type { OpportunityBody } from '../../../api/client';
import type { Lang } from '../../../i18n';
import { parseNumber } from '../../../shared/form/numbers';
import { capabilityLabel } from '../../reference/cpv.queries';

/*
 * What the editor holds: every leaf is the string of its input (see the supplier editor's
 * form-model); the conversion to the API's shape happens once, here. Capability rows are sent
 * one for one so that `requiredCapabilities[2].weight` in an API error is row 2 of the form.
 */

export interface RequiredCapabilityForm {
  code: string;
  /** Shown beside the code (from the CPV picker or the stored reference label); never sent. */
  label: string;
  /** The code `label` belongs to: once the code is typed over, the label is no longer shown. */
  labelCode: string;
  weight: string;
}

export interface LocationForm {
  label: string;
  lat: string;
  lon: string;
  maxDistanceKm: string;
}

export interface OpportunityFormValues {
  kind: string;
  title: string;
  description: string;
  issuer: string;
  programme: string;
  requiredCapabilities: RequiredCapabilityForm[];
  requiredCertifications: string[];
  minClearance: string;
  trlMin: string;
  trlMax: string;
  location: LocationForm;
  deadline: string;
  visibility: string;
}

export type SaveIntent = 'draft' | 'publish';

export const DEFAULT_WEIGHT = '1';

export const emptyRequiredCapability = (): RequiredCapabilityForm => ({
  code: '',
  label: '',
  labelCode: '',
  weight: DEFAULT_WEIGHT,
});

export function emptyForm(): OpportunityFormValues {
  return {
    kind: '',
    title: '',
    description: '',
    issuer: '',
    programme: '',
    requiredCapabilities: [],
    requiredCertifications: [],
    minClearance: 'NONE',
    trlMin: '',
    trlMax: '',
    location: { label: '', lat: '', lon: '', maxDistanceKm: '' },
    deadline: '',
    visibility: 'public',
  };
}

const str = (v: string | number | null | undefined): string =>
  v === null || v === undefined ? '' : String(v);

/** The defence site at these coordinates (as typed in the form), or '' for any other place. */
export function siteAt(lat: string, lon: string): string {
  const la = parseNumber(lat);
  const lo = parseNumber(lon);
  if (typeof la !== 'number' || typeof lo !== 'number') return '';
  return DEFENCE_SITES.find((s) => Math.abs(s.lat - la) < 1e-6 && Math.abs(s.lon - lo) < 1e-6)?.id ?? '';
}

export function fromView(v: OpportunityView, lang: Lang): OpportunityFormValues {
  return {
    kind: v.kind,
    title: v.title,
    description: str(v.description),
    issuer: v.issuer.name,
    programme: str(v.programme),
    requiredCapabilities: v.requiredCapabilities.map((c) => ({
      code: c.code,
      label: capabilityLabel(c, lang) ?? '',
      labelCode: c.code,
      weight: str(c.weight),
    })),
    requiredCertifications: [...v.requiredCertifications],
    minClearance: v.minClearance,
    trlMin: str(v.trlMin),
    trlMax: str(v.trlMax),
    location: v.location
      ? {
          label: str(v.location.label),
          lat: str(v.location.lat),
          lon: str(v.location.lon),
          maxDistanceKm: str(v.location.maxDistanceKm),
        }
      : { label: '', lat: '', lon: '', maxDistanceKm: '' },
    deadline: str(v.deadline),
    visibility: v.visibility,
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

function locationPayload(l: LocationForm): Record<string, unknown> | null {
  const out = compact({
    label: text(l.label),
    lat: parseNumber(l.lat),
    lon: parseNumber(l.lon),
    maxDistanceKm: parseNumber(l.maxDistanceKm),
  });
  return Object.keys(out).length === 0 ? null : out;
}

/** The whole opportunity in the API's shape; an empty optional field is null. */
export function toPayload(v: OpportunityFormValues): Record<string, unknown> {
  const orNull = <T>(x: T | undefined): T | null => (x === undefined ? null : x);
  return {
    kind: v.kind,
    title: v.title.trim(),
    description: orNull(text(v.description)),
    issuer: v.issuer.trim(),
    programme: orNull(text(v.programme)),
    requiredCapabilities: v.requiredCapabilities.map((c) =>
      compact({ code: c.code.trim(), weight: parseNumber(c.weight) }),
    ),
    requiredCertifications: [...v.requiredCertifications],
    minClearance: v.minClearance || 'NONE',
    trlMin: orNull(parseNumber(v.trlMin)),
    trlMax: orNull(parseNumber(v.trlMax)),
    location: locationPayload(v.location),
    deadline: orNull(text(v.deadline)),
    visibility: v.visibility || 'public',
  };
}

/** POST body: nulls and empty lists left out; the status says draft or published. */
export function createBody(v: OpportunityFormValues, intent: SaveIntent): OpportunityBody {
  const fields = Object.entries(toPayload(v)).filter(
    ([, x]) => x !== null && !(Array.isArray(x) && x.length === 0),
  );
  return { ...Object.fromEntries(fields), status: intent === 'publish' ? 'published' : 'draft' };
}

/** PATCH body: only the fields that changed (a list or the location is sent whole). */
export function updateBody(v: OpportunityFormValues, initial: OpportunityFormValues): OpportunityBody {
  const now = toPayload(v);
  const before = toPayload(initial);
  return Object.fromEntries(
    Object.entries(now).filter(([k, x]) => JSON.stringify(x) !== JSON.stringify(before[k])),
  );
}
