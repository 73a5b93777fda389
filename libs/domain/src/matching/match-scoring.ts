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
import { cpvLabel } from '../cpv/cpv-lookup';
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
    const requirement = {
      key: `certification:${scheme}`,
      label: t(`${label} valide au ${on}`, `${label} valid on ${on}`),
    };
    if (valid) {
      return {
        criterion: 'certification',
        hard: true,
        requirement,
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
      requirement,
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
  const requirement = { key: 'clearance', label: t(`Habilitation ${need}`, `Clearance ${need}`) };
  return meetsClearance(s.clearance, o.minClearance)
    ? [
        {
          criterion: 'clearance',
          hard: true,
          requirement,
          status: 'met',
          text: () => t(`Habilitation ${held} (${need} exigé)`, `Clearance ${held} (${need} required)`),
        },
      ]
    : [
        {
          criterion: 'clearance',
          hard: true,
          requirement,
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
  const requirement = hard
    ? {
        key: 'distance',
        label: t(
          `À ${loc.maxDistanceKm} km au plus de ${place()}`,
          `Within ${loc.maxDistanceKm} km of ${place()}`,
        ),
      }
    : undefined;
  if (s.lat === null || s.lon === null) {
    return {
      criterion: {
        criterion: 'distance',
        hard,
        requirement,
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
        requirement,
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
      requirement,
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
  const requirement = hard
    ? { key: 'trl', label: t(`TRL ${o.trlMin} au moins`, `TRL ${o.trlMin} or more`) }
    : undefined;
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
        requirement,
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
      requirement,
      status: 'met',
      text: () => t(`TRL ${trl} dans ${window(o).fr}`, `TRL ${trl} inside ${window(o).en}`),
    },
    fit: 1,
  };
}

/** How the supplier's code stands to the need's, said before the need's code. */
const RELATION_TEXT: Record<string, LocalizedText> = {
  exact: t('même code que', 'same code as'),
  descendant: t('code plus précis que', 'more specific code than'),
  ancestor: t('code parent de', 'parent code of'),
  family: t('code de la famille', 'code in the family'),
  sibling: t('code voisin de', 'sibling code of'),
  same_division: t('même division CPV que', 'same CPV division as'),
};

/** One explanation line per need shown: what answered it and how, or that nothing did. */
function needCriterion(m: NeedMatch): Assessed {
  const status = m.score >= NEED_MET ? 'met' : m.score > 0 ? 'partial' : 'unmet';
  return { criterion: 'capability', hard: false, status, text: () => needText(m) };
}

/** A CPV code with its name: « 38113000 Sonars ». */
const namedCode = (code: string): LocalizedText =>
  t(`${code} « ${cpvLabel(code, 'fr') ?? code} »`, `${code} “${cpvLabel(code, 'en') ?? code}”`);

/** The supplier's evidence as a person can check it: the capability it declared, or its own words. */
function evidenceText(m: NeedMatch, e: Evidence): LocalizedText {
  if (e.source === 'declared') {
    const code = namedCode(e.codes[0]);
    const named = m.named && normaliseName(m.named) !== normaliseName(e.term) ? m.named : null;
    return named
      ? t(
          `Capacité déclarée ${code.fr} (${quote(named)})`,
          `Declared capability ${code.en} (${quoteEn(named)})`,
        )
      : t(`Capacité déclarée ${code.fr}`, `Declared capability ${code.en}`);
  }
  const words = m.named ?? e.term;
  if (m.code === null) return t(`Sa présentation cite ${quote(words)}`, `Its profile says ${quoteEn(words)}`);
  const code = namedCode(m.code);
  return t(
    `Sa présentation cite ${quote(words)} (${code.fr})`,
    `Its profile says ${quoteEn(words)} (${code.en})`,
  );
}

function needText(m: NeedMatch): LocalizedText {
  const need = m.need.label;
  const e = m.evidence;
  if (!e)
    return t(
      `Besoin ${quote(need.fr)} : aucune capacité correspondante`,
      `Need ${quoteEn(need.en)}: no matching capability`,
    );
  const share = ` (${pct(m.score)} %)`;
  const what = evidenceText(m, e);
  if (m.relation === 'concept')
    return t(
      `${what.fr} : répond au besoin ${quote(need.fr)}${share}`,
      `${what.en}: meets the need ${quoteEn(need.en)}${share}`,
    );
  if (m.relation === 'related')
    return t(
      `${what.fr} : capacité voisine du besoin ${quote(need.fr)}${share}`,
      `${what.en}: a capability next to the need ${quoteEn(need.en)}${share}`,
    );
  const rel = RELATION_TEXT[m.relation ?? 'exact'];
  const needed = m.needed ?? m.need.codes[0];
  // The same code as the need's own is named already; any other is named in full.
  const target =
    m.relation === 'exact' && needed === m.need.codes[0]
      ? t(`celui du besoin ${quote(need.fr)}`, `the need ${quoteEn(need.en)}`)
      : t(
          `${namedCode(needed).fr}, du besoin ${quote(need.fr)}`,
          `${namedCode(needed).en}, of the need ${quoteEn(need.en)}`,
        );
  return t(`${what.fr} : ${rel.fr} ${target.fr}${share}`, `${what.en}: ${rel.en} ${target.en}${share}`);
}

/** When no need could be shown (nothing the reader knows), the words of the call it found instead. */
function wordsCriterion(m: NeedMatch): Assessed {
  const found = (m.found ?? []).join(', ');
  return {
    criterion: 'capability',
    hard: false,
    status: 'partial',
    text: () =>
      t(
        `Ses textes reprennent des mots de l’annonce : ${quote(found)} (${pct(m.score)} %)`,
        `Its texts use words of the call: ${quoteEn(found)} (${pct(m.score)} %)`,
      ),
  };
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

/** The lines on the needs a person is shown; the call's leftover words only when nothing else was read. */
function capabilityCriteria(matches: readonly NeedMatch[]): Assessed[] {
  const shown = matches.filter((m) => !m.need.words);
  if (shown.length > 0) return shown.map(needCriterion);
  return matches.filter((m) => m.relation === 'words').map(wordsCriterion);
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
    ...capabilityCriteria(needMatches),
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
