import {
  capabilityDomains,
  conceptCodesBeside,
  conceptCodesUnder,
  getThesaurusConcept,
  relatedConcepts,
  clearanceRank,
  cpvEntry,
  cpvSelfAndAncestors,
  detectLanguage,
  isCertificationValidOn,
  sizeBand,
  supplierEvidence,
  DEFENCE_SITES,
  distanceKm,
} from '@bitd/domain';
import type { Evidence } from '@bitd/domain';
import type { OrganisationEntity } from '../organisations/organisation.entity';
import { toMatchableSupplier } from '../suppliers/supplier.mapper';

/** What the suppliers index holds: public profile fields only (never contacts). */
export interface SupplierDocument {
  id: string;
  name: string;
  siret: string;
  city: string;
  inseeCode: string | null;
  department: string | null;
  description_fr: string | null;
  description_en: string | null;
  capabilityLabels: string[];
  capabilityTexts: string[];
  cpvCodes: string[];
  /** Codes with all their ancestors: a filter on 35500000 finds 35512400. */
  cpvTree: string[];
  domains: string[];
  /** Declared codes and the codes the texts imply (thesaurus): the matcher's candidate filter. */
  matchCodes: string[];
  /** matchCodes with all their ancestors. */
  matchTree: string[];
  /**
   * What the concept search looks in, best evidence first (see supplierConceptCodes): the codes the
   * supplier declares or names in its capabilities, those its texts describe, those under a coarse
   * code it declares, and those beside or related to what it does.
   */
  codesDeclared: string[];
  codesDescribed: string[];
  codesBroad: string[];
  codesNear: string[];
  /** "code<TAB>words": the supplier's own words for a code, for the explanation of a hit. */
  codeTerms: string[];
  certifications: string[];
  /** Schemes valid on the day of indexing (facet counts); refreshed daily by the worker. */
  certificationsValid: string[];
  /** Expiry per scheme as YYYYMMDD (99991231 when none): "valid on day D" is `>= D`, any day. */
  certUntil: Record<string, number>;
  clearance: string;
  clearanceRank: number;
  trls: number[];
  trlMax: number | null;
  sizeBand: string;
  headcount: number | null;
  programmes: string[];
  customers: string[];
  completeness: number;
  updatedAt: number;
  version: number;
  lat?: number;
  lng?: number;
  /** Distance to each named defence site, km: exact radius filters and distance sorts. */
  siteKm?: Record<string, number>;
}

/** Key of a site in `siteKm` (filter syntax takes no hyphen in attribute names). */
export const siteKey = (siteId: string): string => siteId.replace(/-/g, '_');
/** The attribute holding the distance to a site. */
export const siteField = (siteId: string): string => `siteKm.${siteKey(siteId)}`;

export const dateNumber = (isoDate: string): number => Number(isoDate.replaceAll('-', ''));

export function toSupplierDocument(
  e: OrganisationEntity,
  today = new Date().toISOString().slice(0, 10),
): SupplierDocument {
  const codes = e.capabilities.map((c) => c.code);
  const evidence = supplierEvidence(toMatchableSupplier(e));
  const matchCodes = [...new Set(evidence.flatMap((ev) => ev.codes))];
  const lang = e.description ? detectLanguage(e.description) : 'fr';
  const certUntil: Record<string, number> = {};
  for (const c of e.certifications) {
    const until = c.validUntil ? dateNumber(c.validUntil) : 99991231;
    certUntil[c.scheme] = Math.max(certUntil[c.scheme] ?? 0, until);
  }
  const trls = e.capabilities.map((c) => c.trl).filter((t): t is number => t !== null);
  const labels = new Set<string>();
  for (const c of e.capabilities) {
    if (c.label) labels.add(c.label);
    const ref = cpvEntry(c.code);
    if (ref) {
      labels.add(ref.fr);
      labels.add(ref.en);
    }
  }
  return {
    id: e.id,
    name: e.name,
    siret: e.siret,
    city: e.city,
    inseeCode: e.inseeCode,
    department: e.department,
    description_fr: lang === 'fr' ? e.description : null,
    description_en: lang === 'en' ? e.description : null,
    capabilityLabels: [...labels],
    capabilityTexts: e.capabilities.map((c) => c.description).filter((d): d is string => !!d),
    cpvCodes: codes,
    cpvTree: [...new Set(codes.flatMap((c) => cpvSelfAndAncestors(c)))],
    domains: capabilityDomains(codes),
    matchCodes,
    matchTree: [...new Set(matchCodes.flatMap((c) => cpvSelfAndAncestors(c)))],
    ...supplierConceptCodes(evidence),
    certifications: [...new Set(e.certifications.map((c) => c.scheme))],
    certificationsValid: [
      ...new Set(
        e.certifications.filter((c) => isCertificationValidOn(c.validUntil, today)).map((c) => c.scheme),
      ),
    ],
    certUntil,
    clearance: e.clearance,
    clearanceRank: clearanceRank(e.clearance),
    trls: [...new Set(trls)],
    trlMax: trls.length ? Math.max(...trls) : null,
    sizeBand: sizeBand(e.headcount),
    headcount: e.headcount,
    programmes: [...new Set(e.references.map((r) => r.programme).filter((p): p is string => !!p))],
    customers: [...new Set(e.references.map((r) => r.customer).filter((p): p is string => !!p))],
    completeness: e.completeness,
    updatedAt: e.updatedAt.getTime(),
    version: e.version,
    ...(e.lat !== null && e.lon !== null
      ? {
          lat: e.lat,
          lng: e.lon,
          siteKm: Object.fromEntries(
            DEFENCE_SITES.map((site) => [
              siteKey(site.id),
              Math.round(distanceKm(site.lat, site.lon, e.lat!, e.lon!) * 1000) / 1000,
            ]),
          ),
        }
      : {}),
  };
}

/**
 * The concept search's tiers of a supplier's evidence, each code in its best tier only. A declared
 * code and the concepts named in a declared capability are the strongest; concepts read in the
 * description or references next; then the concept codes under a coarse declared code; last the
 * codes beside them in the CPV tree, of related concepts, and a concept's secondary codes.
 */
export function supplierConceptCodes(
  evidence: readonly Evidence[],
): Pick<SupplierDocument, 'codesDeclared' | 'codesDescribed' | 'codesBroad' | 'codesNear' | 'codeTerms'> {
  const tiers: string[][] = [[], [], [], []];
  const placed = new Set<string>();
  const terms = new Map<string, string>();
  const put = (tier: number, code: string, term?: string) => {
    if (term && !terms.has(code)) terms.set(code, term);
    if (placed.has(code)) return;
    placed.add(code);
    tiers[tier].push(code);
  };
  const primary = (id: string) => getThesaurusConcept(id)?.cpv[0];
  for (const ev of evidence) {
    const tier = ev.source === 'declared' ? 0 : 1;
    if (ev.source === 'declared') put(0, ev.codes[0], ev.term);
    for (const id of ev.concepts) {
      const code = primary(id);
      if (code) put(tier, code, ev.term);
    }
  }
  const strong = [...tiers[0], ...tiers[1]];
  for (const ev of evidence)
    if (ev.source === 'declared') for (const code of conceptCodesUnder(ev.codes[0])) put(2, code);
  for (const code of strong) for (const near of conceptCodesBeside(code)) put(3, near);
  for (const ev of evidence)
    for (const id of ev.concepts) {
      for (const code of getThesaurusConcept(id)?.cpv.slice(1) ?? []) put(3, code);
      for (const r of relatedConcepts(id)) {
        const code = primary(r);
        if (code) put(3, code);
      }
    }
  return {
    codesDeclared: tiers[0],
    codesDescribed: tiers[1],
    codesBroad: tiers[2],
    codesNear: tiers[3],
    codeTerms: [...terms].map(([code, term]) => `${code}\t${term}`),
  };
}
