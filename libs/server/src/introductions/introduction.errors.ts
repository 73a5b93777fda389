import {
  INTRODUCTION_STATUS_LABELS,
  actionLabel,
  nextState,
  type IntroductionAction,
  type IntroductionState,
  type IntroductionStatus,
} from '@bitd/domain';
import type { z } from 'zod';
import { DomainError, type Bilingual } from '../common/domain-error';

/** What each field of the introductions' requests is, in both languages, for error messages. */
const FIELD_LABELS: Record<string, Bilingual> = {
  supplierId: { fr: 'le fournisseur', en: 'the supplier' },
  buyerId: { fr: "l'organisation acheteuse", en: 'the buyer organisation' },
  opportunityId: { fr: "l'opportunité", en: 'the opportunity' },
  message: { fr: 'le message', en: 'the message' },
  body: { fr: 'la note', en: 'the note' },
  private: { fr: 'note privée', en: 'private note' },
  reason: { fr: 'le motif', en: 'the reason' },
  date: { fr: 'la date', en: 'the date' },
  outcome: { fr: "l'issue", en: 'the outcome' },
  status: { fr: 'le statut', en: 'the status' },
  queue: { fr: 'la file des chargés d’affaires', en: "the agents' queue" },
};

function problem(issue: z.core.$ZodIssue): Bilingual {
  if (issue.code === 'too_big') {
    // Grouped by hand: ICU's French separator (a narrow no-break space) varies between Node builds.
    const grouped = (sep: string) => String(issue.maximum).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
    return {
      fr: `trop long (${grouped(' ')} caractères au plus)`,
      en: `too long (at most ${grouped(',')} characters)`,
    };
  }
  if (issue.code === 'unrecognized_keys') return { fr: 'champ inconnu', en: 'unknown field' };
  if (issue.code === 'invalid_type' && issue.input === undefined)
    return { fr: 'obligatoire', en: 'required' };
  if (issue.code === 'too_small') return { fr: 'obligatoire, non vide', en: 'required, not empty' };
  return { fr: 'valeur invalide', en: issue.message };
}

/**
 * Validates a request of the introductions API; the 400 names each faulty field in the message
 * itself, in French and English (the `errors` list names them too, as everywhere).
 */
export function parseIntroductionInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const issues = result.error.issues;
  const parts = issues.flatMap((issue) => {
    const fields = issue.code === 'unrecognized_keys' ? issue.keys : [String(issue.path[0] ?? '(body)')];
    return fields.map((field) => ({ field, label: FIELD_LABELS[field], problem: problem(issue) }));
  });
  const say = (lang: keyof Bilingual) =>
    parts.map((p) => `${p.field}${p.label ? ` (${p.label[lang]})` : ''} : ${p.problem[lang]}`).join(' ; ');
  throw new DomainError(
    'VALIDATION_FAILED',
    { fr: `Champ invalide — ${say('fr')}.`, en: `Invalid field — ${say('en').replace(/ : /g, ': ')}.` },
    parts.map((p) => ({ field: p.field, message: p.problem.en })),
  );
}

export function introductionNotFound(id: string): DomainError {
  return new DomainError(
    'NOT_FOUND',
    { fr: `Mise en relation introuvable (id ${id}).`, en: `Introduction ${id} does not exist.` },
    [{ field: 'id', message: 'no such introduction' }],
  );
}

/** An id in a request body that names nothing the caller may use. */
export function unknownReference(field: string, id: string): DomainError {
  const label = FIELD_LABELS[field] ?? { fr: field, en: field };
  return new DomainError(
    'NOT_FOUND',
    {
      fr: `${field} : ${label.fr} ${id} est introuvable.`,
      en: `${field}: ${label.en} ${id} does not exist.`,
    },
    [{ field, message: 'does not exist' }],
  );
}

/**
 * 409: the action is not possible from the introduction's status for this caller; the details
 * list what is (action, status it leads to, in both languages).
 */
export function transitionRefused(
  state: IntroductionState,
  allowed: readonly IntroductionAction[],
  field = 'status',
): DomainError {
  const from = INTRODUCTION_STATUS_LABELS[state.status];
  const choices = allowed.map((action) => ({
    action,
    status: nextState(state, action).status as IntroductionStatus,
    ...actionLabel(action),
  }));
  const list = (lang: keyof Bilingual) =>
    choices.length ? choices.map((c) => c[lang]).join(', ') : lang === 'fr' ? 'aucune action' : 'nothing';
  return new DomainError(
    'INTRODUCTION_TRANSITION',
    {
      fr: `${field} : impossible depuis le statut « ${from.fr} ». Possible pour vous : ${list('fr')}.`,
      en: `${field}: not possible from the status "${from.en}". What you can do: ${list('en')}.`,
    },
    [{ field, message: `not possible from ${state.status}` }],
    { status: state.status, allowed: choices },
  );
}
