import type {
  LocalizedText,
  MatchableOpportunity,
  MatchableSupplier,
  MatchCriterion,
} from '../contracts/matching.contract';
import { CERTIFICATION_LABELS, isCertificationValidOn } from '../reference/certifications';
import { CLEARANCE_LABELS, meetsClearance } from '../reference/clearance';
import { distanceKm } from '../reference/defence-sites';
import { sizeBand } from '../reference/organisation';
import { matchNeed, type Evidence, type Need, type NeedMatch } from './capability-evidence';

/**
 * The score and explanation of one supplier for one opportunity. Pure: same inputs, same answer.
 *
 * Hard criteria (stated requirements) decide eligibility; the score ranks eligible suppliers by
 * capability coverage first, then TRL fit, distance, references on the same programme and size.
 */
export interface MatchOutcome {
  /** 0–100; 0 when no capability fits (then `criteria` is empty: not a candidate at all). */
  score: number;
  eligible: boolean;
  /** Share of the needs' weight covered, 0–1. */
  coverage: number;
  needMatches: NeedMatch[];
  /** Built on first read: most candidates are scored and dropped without being explained. */
  readonly criteria: MatchCriterion[];
}

/** A criterion assessed, its sentence written only when asked for. */
type Assessed = Omit<MatchCriterion, 'text'> & { text: () => LocalizedText };

/** Weights of the ranking; capability coverage dominates, the rest breaks ties. */
export const SCORE_WEIGHTS = { capability: 0.85, trl: 0.06, distance: 0.04, programme: 0.03, size: 0.02 };
/** A need met below this is "not met" in the explanation (and does not make a consortium member). */
export const NEED_MET = 0.6;
/** Distance scale when the opportunity gives a place but no maximum. */
const DEFAULT_DISTANCE_SCALE_KM = 150;

const t = (fr: string, en: string): LocalizedText => ({ fr, en });
const pct = (x: number) => Math.round(x * 100);
const quote = (s: string) => `« ${s} »`;
const quoteEn = (s: string) => `“${s}”`;

/** The date at which requirements must hold: the deadline, or today without one. */
export function requirementDate(o: MatchableOpportunity, today: string): string {
  return o.deadline ?? today;
}

function certificationCriteria(o: MatchableOpportunity, s: MatchableSupplier, on: string): Assessed[] {
  return o.requiredCertifications.map((scheme) => {
    const label = CERTIFICATION_LABELS[scheme];
    const held = s.certifications.filter((c) => c.scheme === scheme);
    const valid = held.find((c) => isCertificationValidOn(c.validUntil, on));
    if (valid) {
      return {
        criterion: 'certification',
        hard: true,
        status: 'met',
        text: () =>
          valid.validUntil
            ? t(`${label} valide jusqu’au ${valid.validUntil}`, `${label} valid until ${valid.validUntil}`)
            : t(`${label} sans date d’expiration`, `${label} with no expiry date`),
      };
    }
    return {
      criterion: 'certification',
      hard: true,
      status: 'unmet',
      text: () => {
        const latest = held
          .map((c) => c.validUntil ?? '')
          .sort()
          .pop();
        return latest
          ? t(
              `${label} expire le ${latest}, avant l’échéance du ${on}`,
              `${label} expires ${latest}, before the deadline ${on}`,
            )
          : t(`${label} exigée, non détenue`, `${label} required, not held`);
      },
    };
  });
}

function clearanceCriterion(o: MatchableOpportunity, s: MatchableSupplier): Assessed[] {
  if (o.minClearance === 'NONE') return [];
  const need = CLEARANCE_LABELS[o.minClearance];
  const held = CLEARANCE_LABELS[s.clearance];
  return meetsClearance(s.clearance, o.minClearance)
    ? [
        {
          criterion: 'clearance',
          hard: true,
          status: 'met',
          text: () => t(`Habilitation ${held} (${need} exigé)`, `Clearance ${held} (${need} required)`),
        },
      ]
    : [
        {
          criterion: 'clearance',
          hard: true,
          status: 'unmet',
          text: () => t(`Habilitation ${held}, ${need} exigé`, `Clearance ${held}, ${need} required`),
        },
      ];
}

function distanceCriterion(
  o: MatchableOpportunity,
  s: MatchableSupplier,
): { criterion: Assessed | null; fit: number } {
  const loc = o.location;
  if (!loc) return { criterion: null, fit: 0.5 };
  const place = () => loc.label ?? `${loc.lat.toFixed(3)}, ${loc.lon.toFixed(3)}`;
  const hard = loc.maxDistanceKm !== null;
  if (s.lat === null || s.lon === null) {
    return {
      criterion: {
        criterion: 'distance',
        hard,
        status: hard ? 'unmet' : 'partial',
        text: () =>
          t(
            `Position inconnue : distance à ${place()} non vérifiable`,
            `Location unknown: distance to ${place()} cannot be checked`,
          ),
      },
      fit: 0,
    };
  }
  const km = distanceKm(loc.lat, loc.lon, s.lat, s.lon);
  const rounded = Math.round(km);
  const max = loc.maxDistanceKm;
  const fit = Math.max(0, 1 - km / (max ?? DEFAULT_DISTANCE_SCALE_KM));
  if (max !== null && km > max) {
    return {
      criterion: {
        criterion: 'distance',
        hard,
        status: 'unmet',
        text: () =>
          t(
            `À ${rounded} km de ${place()} (maximum ${max} km)`,
            `${rounded} km from ${place()} (limit ${max} km)`,
          ),
      },
      fit: 0,
    };
  }
  return {
    criterion: {
      criterion: 'distance',
      hard,
      status: 'met',
      text: () =>
        max !== null
          ? t(
              `À ${rounded} km de ${place()} (maximum ${max} km)`,
              `${rounded} km from ${place()} (limit ${max} km)`,
            )
          : t(`À ${rounded} km de ${place()}`, `${rounded} km from ${place()}`),
    },
    fit,
  };
}

function window(o: MatchableOpportunity): LocalizedText {
  if (o.trlMin !== null && o.trlMax !== null) return t(`${o.trlMin}–${o.trlMax}`, `${o.trlMin}–${o.trlMax}`);
  if (o.trlMin !== null) return t(`${o.trlMin} minimum`, `at least ${o.trlMin}`);
  return t(`${o.trlMax} maximum`, `at most ${o.trlMax}`);
}

/**
 * TRL of the capabilities that answer the main needs, against the window (the lowest counts). For
 * subcontracting the floor is a requirement: a declared TRL below it makes the supplier
 * ineligible; an unstated one does not.
 */
function trlCriterion(
  o: MatchableOpportunity,
  mainMatches: readonly NeedMatch[],
): { criterion: Assessed | null; fit: number } {
  if (o.trlMin === null && o.trlMax === null) return { criterion: null, fit: 0.5 };
  const hard = o.kind === 'subcontracting' && o.trlMin !== null;
  // Only the TRL of a capability that really answers a main need counts.
  const known = mainMatches
    .filter((m) => m.score >= NEED_MET && m.evidence?.trl != null)
    .map((m) => m.evidence?.trl as number);
  const trl = known.length > 0 ? Math.min(...known) : null;
  if (trl === null) {
    return {
      criterion: {
        criterion: 'trl',
        hard: false,
        status: 'partial',
        text: () =>
          t(`TRL non indiqué (attendu ${window(o).fr})`, `TRL not stated (expected ${window(o).en})`),
      },
      fit: 0.5,
    };
  }
  if (o.trlMin !== null && trl < o.trlMin) {
    return {
      criterion: {
        criterion: 'trl',
        hard,
        status: hard ? 'unmet' : 'partial',
        text: () => t(`TRL ${trl} sous le plancher ${window(o).fr}`, `TRL ${trl} below ${window(o).en}`),
      },
      fit: Math.max(0, 1 - 0.25 * (o.trlMin - trl)),
    };
  }
  if (o.trlMax !== null && trl > o.trlMax) {
    return {
      criterion: {
        criterion: 'trl',
        hard: false,
        status: 'partial',
        text: () => t(`TRL ${trl} au-dessus de ${window(o).fr}`, `TRL ${trl} above ${window(o).en}`),
      },
      fit: 0.8,
    };
  }
  return {
    criterion: {
      criterion: 'trl',
      hard,
      status: 'met',
      text: () => t(`TRL ${trl} dans ${window(o).fr}`, `TRL ${trl} inside ${window(o).en}`),
    },
    fit: 1,
  };
}

const RELATION_TEXT: Record<string, LocalizedText> = {
  exact: t('même code', 'same code'),
  descendant: t('plus précis', 'more specific'),
  ancestor: t('code parent', 'parent code'),
  family: t('même famille', 'same family'),
  sibling: t('code voisin', 'sibling code'),
  same_division: t('même division CPV', 'same CPV division'),
};

/** One explanation line per need: what answered it and how, or that nothing did. */
function needCriterion(m: NeedMatch): Assessed {
  const status = m.score >= NEED_MET ? 'met' : m.score > 0 ? 'partial' : 'unmet';
  return { criterion: 'capability', hard: false, status, text: () => needText(m) };
}

function needText(m: NeedMatch): LocalizedText {
  const need = m.need.label;
  const e = m.evidence;
  if (!e)
    return t(
      `Besoin ${quote(need.fr)} : aucune capacité`,
      `Need ${quoteEn(need.en)}: no matching capability`,
    );
  const share = ` (${pct(m.score)} %)`;
  if (m.relation === 'words') {
    const found = (m.found ?? []).join(', ');
    return t(
      `Mots ${quote(found)} trouvés dans ses textes pour le besoin ${quote(need.fr)}${share}`,
      `Words ${quoteEn(found)} found in its texts for the need ${quoteEn(need.en)}${share}`,
    );
  }
  if (m.relation === 'concept') {
    return t(
      `${quote(e.term)} répond au besoin ${quote(need.fr)}${share}`,
      `${quoteEn(e.term)} meets the need ${quoteEn(need.en)}${share}`,
    );
  }
  if (m.relation === 'related') {
    return t(
      `${quote(e.term)} est voisin du besoin ${quote(need.fr)}${share}`,
      `${quoteEn(e.term)} is related to the need ${quoteEn(need.en)}${share}`,
    );
  }
  const rel = RELATION_TEXT[m.relation ?? 'exact'];
  const neededCode = m.need.codes[0] ?? m.need.broadCodes[0] ?? '';
  const what =
    e.source === 'declared'
      ? t(`capacité ${m.code}`, `capability ${m.code}`)
      : t(`${quote(e.term)} (lu ${m.code})`, `${quoteEn(e.term)} (read as ${m.code})`);
  return t(
    `${what.fr} pour le besoin ${neededCode} ${quote(need.fr)} (${rel.fr})${share}`,
    `${what.en} matches need ${neededCode} ${quoteEn(need.en)} (${rel.en})${share}`,
  );
}

const normaliseName = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

function programmeCriterion(
  o: MatchableOpportunity,
  s: MatchableSupplier,
): { criterion: Assessed | null; fit: number } {
  if (!o.programme) return { criterion: null, fit: 0 };
  const wanted = normaliseName(o.programme);
  const ref = s.references.find((r) => r.programme && normaliseName(r.programme) === wanted);
  if (!ref) return { criterion: null, fit: 0 };
  const who = ref.customer ? ` (${ref.customer})` : '';
  return {
    criterion: {
      criterion: 'programme',
      hard: false,
      status: 'met',
      text: () =>
        t(
          `Référence sur le programme ${o.programme}${who}`,
          `Reference on the ${o.programme} programme${who}`,
        ),
    },
    fit: 1,
  };
}

const SIZE_FIT = { micro: 1, sme: 1, mid_cap: 0.6, large: 0.3, unknown: 0.6 } as const;

/** Scores one supplier against one opportunity whose needs are already read. */
export function evaluateMatch(
  o: MatchableOpportunity,
  needs: readonly Need[],
  s: MatchableSupplier,
  evidence: readonly Evidence[],
  today: string,
): MatchOutcome {
  const on = requirementDate(o, today);
  const needMatches = needs.map((n) => matchNeed(n, evidence));
  const totalWeight = needs.reduce((sum, n) => sum + n.weight, 0);
  const coverage =
    totalWeight > 0 ? needMatches.reduce((sum, m) => sum + m.need.weight * m.score, 0) / totalWeight : 0;
  // No capability in common: not a candidate at all, whatever else holds (and most pairs are
  // like this, so their explanation is not built).
  if (coverage === 0) return { score: 0, eligible: false, coverage, needMatches, criteria: [] };

  const trl = trlCriterion(
    o,
    needMatches.filter((m) => m.need.main),
  );
  const distance = distanceCriterion(o, s);
  const programme = programmeCriterion(o, s);
  const assessed: Assessed[] = [
    ...certificationCriteria(o, s, on),
    ...clearanceCriterion(o, s),
    ...(distance.criterion ? [distance.criterion] : []),
    ...(trl.criterion ? [trl.criterion] : []),
    ...needMatches.map(needCriterion),
    ...(programme.criterion ? [programme.criterion] : []),
  ];
  const eligible = !assessed.some((c) => c.hard && c.status === 'unmet');
  const w = SCORE_WEIGHTS;
  const raw =
    w.capability * coverage +
    w.trl * trl.fit +
    w.distance * distance.fit +
    w.programme * programme.fit +
    w.size * SIZE_FIT[sizeBand(s.headcount)];
  let criteria: MatchCriterion[] | undefined;
  return {
    score: Math.round(raw * 1000) / 10,
    eligible,
    coverage,
    needMatches,
    get criteria() {
      return (criteria ??= assessed.map(({ text, ...c }) => ({ ...c, text: text() })));
    },
  };
}
