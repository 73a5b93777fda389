import {
  CERTIFICATION_LABELS,
  type CertificationScheme,
  type LocalizedText,
  type MatchCriterion,
  type NotificationKind,
} from '@bitd/domain';
import type { EventType } from '../events/event-types';
import type { ExpiryStage } from './certification-expiry';

/** What one notification says and where it leads (a path of the web app). */
export interface NotificationContent {
  title: LocalizedText;
  body: LocalizedText;
  link: string;
}

const t = (fr: string, en: string): LocalizedText => ({ fr, en });
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const q = (s: string) => `« ${oneLine(s)} »`;
const qEn = (s: string) => `“${oneLine(s)}”`;

export const KIND_LABELS: Record<NotificationKind, LocalizedText> = {
  opportunity_match: t('Opportunités pour mon entreprise', 'Opportunities for my company'),
  portfolio_match: t('Opportunités pour les entreprises que je suis', 'Opportunities for companies I follow'),
  introduction: t('Mises en relation', 'Introductions'),
  saved_search: t('Recherches enregistrées', 'Saved searches'),
  certification_expiry: t('Échéance des certifications', 'Certification expiry'),
  watched_opportunity: t('Opportunités suivies', 'Watched opportunities'),
};

/** Lines of the matcher's explanation shown in a notification. */
const WHY_LINES = 3;

/**
 * Why a supplier fits, from the matcher's own explanation: the needs its capabilities answer
 * first (what a buyer checks), then the stated requirements it meets.
 */
export function matchReasons(criteria: readonly MatchCriterion[]): LocalizedText {
  const met = criteria.filter((c) => c.status === 'met');
  const lines = [
    ...met.filter((c) => c.criterion === 'capability'),
    ...met.filter((c) => c.criterion !== 'capability'),
  ].slice(0, WHY_LINES);
  if (lines.length === 0) return t('', '');
  return t(lines.map((c) => c.text.fr).join(' ; '), lines.map((c) => c.text.en).join('; '));
}

export interface OpportunityFacts {
  id: string;
  title: string;
  issuer: string;
  deadline: string | null;
}

const deadlineText = (d: string | null) =>
  d ? t(`, date limite le ${dayText(d).fr}`, `, deadline ${dayText(d).en}`) : t('', '');

export function opportunityMatchText(
  o: OpportunityFacts,
  supplierName: string,
  score: number,
  why: LocalizedText,
): NotificationContent {
  const dl = deadlineText(o.deadline);
  return {
    title: t(
      `Nouvelle opportunité pour ${oneLine(supplierName)} : ${q(o.title)}`,
      `New opportunity for ${oneLine(supplierName)}: ${qEn(o.title)}`,
    ),
    body: t(
      `${oneLine(o.issuer)} a publié ${q(o.title)}${dl.fr}. Adéquation ${Math.round(score)}/100. Pourquoi : ${why.fr}`,
      `${oneLine(o.issuer)} published ${qEn(o.title)}${dl.en}. Fit ${Math.round(score)}/100. Why: ${why.en}`,
    ),
    link: `/opportunites/${o.id}`,
  };
}

export function portfolioMatchText(
  o: OpportunityFacts,
  supplier: { id: string; name: string },
  score: number,
  why: LocalizedText,
): NotificationContent {
  const dl = deadlineText(o.deadline);
  const name = oneLine(supplier.name);
  return {
    title: t(`${name} correspond à ${q(o.title)}`, `${name} fits ${qEn(o.title)}`),
    body: t(
      `Nouvelle opportunité de ${oneLine(o.issuer)}${dl.fr}, pour ${name}, entreprise que vous suivez (adéquation ${Math.round(score)}/100). Pourquoi : ${why.fr}`,
      `New opportunity from ${oneLine(o.issuer)}${dl.en}, for ${name}, a company you follow (fit ${Math.round(score)}/100). Why: ${why.en}`,
    ),
    link: `/opportunites/${o.id}`,
  };
}

export type IntroductionEventType = Extract<EventType, `introduction.${string}`>;

const OUTCOMES: Record<string, LocalizedText> = {
  contract: t('un contrat', 'a contract'),
  nda: t('un accord de confidentialité', 'a non-disclosure agreement'),
  consortium: t('un consortium', 'a consortium'),
  no_go: t('pas de suite', 'no follow-up'),
};

/** A day (YYYY-MM-DD) as people write it: « 15 janvier 2099 », "15 January 2099". */
function dayText(day: string): LocalizedText {
  const d = new Date(`${day}T12:00:00Z`);
  const as = (locale: string) => d.toLocaleDateString(locale, { dateStyle: 'long', timeZone: 'UTC' });
  // French writes the first of the month as an ordinal: « 1er janvier ».
  return Number.isNaN(d.getTime()) ? t(day, day) : t(as('fr-FR').replace(/^1 /, '1er '), as('en-GB'));
}

/** What happened to an introduction between a supplier and a buyer, from the event's type. */
export function introductionText(
  type: IntroductionEventType,
  p: {
    introductionId: string;
    supplierName: string;
    buyerName: string;
    side?: 'supplier' | 'buyer';
    outcome?: string;
    meetingDate?: string;
  },
): NotificationContent {
  const s = oneLine(p.supplierName);
  const b = oneLine(p.buyerName);
  const pair = t(`${s} et ${b}`, `${s} and ${b}`);
  const who = p.side === 'buyer' ? b : p.side === 'supplier' ? s : null;
  const outcome = OUTCOMES[p.outcome ?? ''] ?? t(p.outcome ?? '', p.outcome ?? '');
  const day = p.meetingDate ? dayText(p.meetingDate) : null;
  const on = day ? t(` le ${day.fr}`, ` on ${day.en}`) : t('', '');
  const texts: Record<IntroductionEventType, [LocalizedText, LocalizedText]> = {
    'introduction.proposed': [
      t(`Mise en relation proposée : ${pair.fr}`, `Introduction proposed: ${pair.en}`),
      t(
        `Une mise en relation entre ${pair.fr} est proposée. Chacun peut l’accepter ou la décliner.`,
        `An introduction between ${pair.en} is proposed. Each side may accept or decline it.`,
      ),
    ],
    'introduction.accepted': [
      t(
        `Mise en relation acceptée par ${who ?? 'une partie'}`,
        `Introduction accepted by ${who ?? 'one side'}`,
      ),
      t(
        `${who ?? 'Une partie'} a accepté la mise en relation entre ${pair.fr}.`,
        `${who ?? 'One side'} accepted the introduction between ${pair.en}.`,
      ),
    ],
    'introduction.declined': [
      t(
        `Mise en relation déclinée par ${who ?? 'une partie'}`,
        `Introduction declined by ${who ?? 'one side'}`,
      ),
      t(
        `${who ?? 'Une partie'} a décliné la mise en relation entre ${pair.fr}.`,
        `${who ?? 'One side'} declined the introduction between ${pair.en}.`,
      ),
    ],
    'introduction.revealed': [
      t(`Mise en relation confirmée : ${pair.fr}`, `Introduction confirmed: ${pair.en}`),
      t(
        `Les deux parties ont accepté : les contacts de ${pair.fr} sont désormais visibles l’un de l’autre.`,
        `Both sides accepted: the contacts of ${pair.en} are now shown to each other.`,
      ),
    ],
    'introduction.meeting_planned': [
      t(`Rendez-vous prévu${on.fr} : ${pair.fr}`, `Meeting planned${on.en}: ${pair.en}`),
      t(
        `Un rendez-vous est prévu${on.fr} dans la mise en relation entre ${pair.fr}.`,
        `A meeting is planned${on.en} in the introduction between ${pair.en}.`,
      ),
    ],
    'introduction.outcome_recorded': [
      t(`Issue enregistrée (${outcome.fr}) : ${pair.fr}`, `Outcome recorded (${outcome.en}): ${pair.en}`),
      t(
        `L’issue de la mise en relation entre ${pair.fr} est enregistrée : ${outcome.fr}.`,
        `The outcome of the introduction between ${pair.en} is recorded: ${outcome.en}.`,
      ),
    ],
    'introduction.note_added': [
      t(`Nouvelle note : ${pair.fr}`, `New note: ${pair.en}`),
      t(
        `Une note a été ajoutée à la mise en relation entre ${pair.fr}.`,
        `A note was added to the introduction between ${pair.en}.`,
      ),
    ],
  };
  const [title, body] = texts[type];
  return { title, body, link: `/mises-en-relation/${p.introductionId}` };
}

/** Names listed in a saved-search notice; the others are counted. */
const LISTED_NAMES = 5;

export function savedSearchText(
  search: { name: string; query: string },
  newNames: readonly string[],
): NotificationContent {
  const n = newNames.length;
  const listed = newNames.slice(0, LISTED_NAMES).map(oneLine).join(', ');
  const more =
    n > LISTED_NAMES ? t(` et ${n - LISTED_NAMES} autre(s)`, ` and ${n - LISTED_NAMES} more`) : t('', '');
  return {
    title: t(
      `${n} nouvelle(s) entreprise(s) pour votre recherche ${q(search.name)}`,
      `${n} new compan${n === 1 ? 'y' : 'ies'} for your search ${qEn(search.name)}`,
    ),
    body: t(
      `Entrées dans les résultats depuis la dernière fois : ${listed}${more.fr}.`,
      `New in its results since last time: ${listed}${more.en}.`,
    ),
    link: `/recherche${search.query ? `?${search.query}` : ''}`,
  };
}

export function certificationExpiryText(
  c: { supplierId: string; supplierName: string; scheme: CertificationScheme; validUntil: string },
  stage: ExpiryStage,
): NotificationContent {
  const label = CERTIFICATION_LABELS[c.scheme] ?? c.scheme;
  const s = oneLine(c.supplierName);
  const until = dayText(c.validUntil);
  const titles: Record<ExpiryStage, LocalizedText> = {
    d60: t(`${label} expire dans moins de 60 jours`, `${label} expires within 60 days`),
    d30: t(`${label} expire dans moins de 30 jours`, `${label} expires within 30 days`),
    expired: t(`${label} a expiré`, `${label} has expired`),
  };
  const body =
    stage === 'expired'
      ? t(
          `La certification ${label} de ${s} est arrivée à échéance le ${until.fr} : les opportunités qui l’exigent ne vous sont plus proposées. Mettez le profil à jour avec la nouvelle date.`,
          `The ${label} certification of ${s} expired on ${until.en}: opportunities requiring it are no longer matched to you. Update the profile with the new date.`,
        )
      : t(
          `La certification ${label} de ${s} est valide jusqu’au ${until.fr}. Pensez à la renouveler et à mettre le profil à jour.`,
          `The ${label} certification of ${s} is valid until ${until.en}. Remember to renew it and update the profile.`,
        );
  return { title: titles[stage], body, link: `/fournisseurs/${c.supplierId}/modifier` };
}

/** Names of an opportunity's fields, as the editor shows them. */
const FIELD_LABELS: Record<string, LocalizedText> = {
  kind: t('type', 'type'),
  title: t('titre', 'title'),
  description: t('description', 'description'),
  issuer: t('émetteur', 'issuer'),
  programme: t('programme', 'programme'),
  requiredCapabilities: t('capacités requises', 'required capabilities'),
  requiredCertifications: t('certifications exigées', 'required certifications'),
  minClearance: t('habilitation minimale', 'minimum clearance'),
  trlMin: t('TRL minimal', 'minimum TRL'),
  trlMax: t('TRL maximal', 'maximum TRL'),
  location: t('lieu', 'location'),
  deadline: t('date limite', 'deadline'),
  visibility: t('visibilité', 'visibility'),
  needEdits: t('besoins', 'needs'),
};

export function watchedOpportunityText(
  o: { id: string; title: string; deadline: string | null },
  change: { closed: true } | { closed: false; fields: readonly string[]; deadline?: string | null },
): NotificationContent {
  if (change.closed)
    return {
      title: t(`Opportunité close : ${q(o.title)}`, `Opportunity closed: ${qEn(o.title)}`),
      body: t(
        `L’opportunité ${q(o.title)} que vous suivez est close : elle ne reçoit plus de réponses.`,
        `The opportunity ${qEn(o.title)} you watch is closed: it takes no more answers.`,
      ),
      link: `/opportunites/${o.id}`,
    };
  const known = change.fields.map((f) => FIELD_LABELS[f]).filter((l): l is LocalizedText => !!l);
  const what =
    known.length > 0
      ? t(`Modifié : ${known.map((l) => l.fr).join(', ')}`, `Changed: ${known.map((l) => l.en).join(', ')}`)
      : t('Son contenu a été modifié', 'Its content changed');
  const deadline =
    change.fields.includes('deadline') && o.deadline
      ? t(` (nouvelle date limite : ${dayText(o.deadline).fr})`, ` (new deadline: ${dayText(o.deadline).en})`)
      : t('', '');
  return {
    title: t(`Opportunité modifiée : ${q(o.title)}`, `Opportunity changed: ${qEn(o.title)}`),
    body: t(
      `${what.fr}${deadline.fr}, dans l’opportunité ${q(o.title)} que vous suivez.`,
      `${what.en}${deadline.en}, in the opportunity ${qEn(o.title)} you watch.`,
    ),
    link: `/opportunites/${o.id}`,
  };
}
