import {
  capabilityDomains,
  conceptCodesBeside,
  readConcepts,
  relatedConcepts,
  getThesaurusConcept,
  clearanceRank,
  cpvEntry,
  cpvSelfAndAncestors,
  detectLanguage,
} from '@bitd/domain';
import type { OpportunityEntity } from '../opportunities/opportunity.entity';
import { dateNumber } from './supplier-document';

/** What the opportunities index holds. */
export interface OpportunityDocument {
  id: string;
  kind: string;
  status: string;
  visibility: string;
  title: string;
  description_fr: string | null;
  description_en: string | null;
  issuer: string;
  programme: string | null;
  capabilityLabels: string[];
  cpvCodes: string[];
  cpvTree: string[];
  domains: string[];
  requiredCertifications: string[];
  minClearanceRank: number;
  trlMin: number | null;
  trlMax: number | null;
  deadline: number | null;
  /** For the concept search: the codes declared and those of the capabilities its texts name. */
  codesNeeded: string[];
  /** Codes beside those in the CPV tree, and of related capabilities. */
  codesNear: string[];
  updatedAt: number;
  version: number;
  _geo?: { lat: number; lng: number };
}

export function toOpportunityDocument(
  e: OpportunityEntity & { issuer: { name: string } },
): OpportunityDocument {
  const codes = e.requiredCapabilities.map((c) => c.code);
  const lang = e.description ? detectLanguage(e.description) : detectLanguage(e.title);
  return {
    id: e.id,
    kind: e.kind,
    status: e.status,
    visibility: e.visibility,
    title: e.title,
    description_fr: lang === 'fr' ? e.description : null,
    description_en: lang === 'en' ? e.description : null,
    issuer: e.issuer.name,
    programme: e.programme?.name ?? null,
    capabilityLabels: codes.flatMap((c) => {
      const ref = cpvEntry(c);
      return ref ? [ref.fr, ref.en] : [];
    }),
    cpvCodes: codes,
    cpvTree: [...new Set(codes.flatMap((c) => cpvSelfAndAncestors(c)))],
    domains: capabilityDomains(codes),
    requiredCertifications: e.requiredCertifications,
    minClearanceRank: clearanceRank(e.minClearance),
    trlMin: e.trlMin,
    trlMax: e.trlMax,
    deadline: e.deadline ? dateNumber(e.deadline) : null,
    ...opportunityConceptCodes(codes, [e.title, e.description]),
    updatedAt: e.updatedAt.getTime(),
    version: e.version,
    ...(e.locationLat !== null && e.locationLon !== null
      ? { _geo: { lat: e.locationLat, lng: e.locationLon } }
      : {}),
  };
}

/** The codes an opportunity needs (declared, or named in its texts), and those near them. */
export function opportunityConceptCodes(
  declared: readonly string[],
  texts: ReadonlyArray<string | null>,
): Pick<OpportunityDocument, 'codesNeeded' | 'codesNear'> {
  const read = texts.flatMap((t) => readConcepts(t)).map((f) => f.concept);
  const needed = [...new Set([...declared, ...read.flatMap((c) => c.cpv.slice(0, 1))])];
  const near = new Set([
    ...needed.flatMap(conceptCodesBeside),
    ...read.flatMap((c) =>
      relatedConcepts(c.id).flatMap((r) => getThesaurusConcept(r)?.cpv.slice(0, 1) ?? []),
    ),
  ]);
  return { codesNeeded: needed, codesNear: [...near].filter((c) => !needed.includes(c)) };
}
