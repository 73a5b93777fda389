import type { MemberRole } from '@bitd/domain';

/** A mail ready to send: plain text for every client, and the same words in simple HTML. */
export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

/** Pages of the web app that mail links open (the web app reads `?token=`). */
export const MAIL_LINK_PATHS = {
  verifyEmail: '/verifier-email',
  resetPassword: '/reinitialiser-mot-de-passe',
  invitation: '/invitation',
  unsubscribe: '/desabonnement',
} as const;
export type MailLinkPath = (typeof MAIL_LINK_PATHS)[keyof typeof MAIL_LINK_PATHS];

/** PUBLIC_URL may carry a path prefix (behind a proxy): keep it, so no `new URL(path, base)`. */
export function mailLink(publicUrl: string, path: MailLinkPath, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${path}?token=${encodeURIComponent(token)}`;
}

const SIGNATURE_FR = 'BITD Bretagne — mise en relation des PME de défense bretonnes';

/** A name in a subject line stays on one line. */
const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

function parisTime(d: Date): string {
  return d.toLocaleString('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' });
}

export interface Layout {
  subject: string;
  greeting: string;
  /** French paragraphs before the link. */
  intro: string[];
  action: string;
  link: string;
  /** French paragraphs after the link. */
  after: string[];
  english: string;
  /** Links that stop this kind of mail (notifications), at the foot. */
  unsubscribe?: Array<{ label: string; link: string }>;
}

export function compose(l: Layout): MailContent {
  const unsubscribe = l.unsubscribe ?? [];
  const text = [
    l.greeting,
    '',
    ...l.intro.flatMap((p) => [p, '']),
    `${l.action} :`,
    l.link,
    '',
    ...l.after.flatMap((p) => [p, '']),
    `English: ${l.english}`,
    '',
    ...unsubscribe.flatMap((u) => [`${u.label} :`, u.link, '']),
    '-- ',
    SIGNATURE_FR,
    '',
  ].join('\n');
  const p = (s: string) => `<p style="margin:0 0 16px;white-space:pre-line">${escapeHtml(s)}</p>`;
  const href = escapeHtml(l.link);
  const html = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(l.subject)}</title></head>
<body style="margin:0;padding:24px;background:#f6f6f6;font-family:Marianne,Arial,sans-serif;color:#161616;line-height:1.5">
<div style="max-width:560px;margin:0 auto;background:#fff;padding:24px;border-top:4px solid #000091">
${p(l.greeting)}
${l.intro.map(p).join('\n')}
<p style="margin:0 0 16px"><a href="${href}" style="display:inline-block;padding:8px 16px;background:#000091;color:#fff;text-decoration:none">${escapeHtml(l.action)}</a></p>
<p style="margin:0 0 16px;font-size:14px;word-break:break-all">${escapeHtml('Ou copiez ce lien :')} <a href="${href}">${href}</a></p>
${l.after.map(p).join('\n')}
<p lang="en" style="margin:0 0 16px;font-size:14px;color:#3a3a3a">${escapeHtml(`English: ${l.english}`)}</p>
${unsubscribe.map((u) => `<p style="margin:0 0 8px;font-size:12px;color:#666">${escapeHtml(u.label)} : <a href="${escapeHtml(u.link)}">${escapeHtml(u.link)}</a></p>`).join('\n')}
<p style="margin:0;font-size:12px;color:#666">${escapeHtml(SIGNATURE_FR)}</p>
</div>
</body></html>
`;
  return { subject: l.subject, text, html };
}

export function verificationMail(p: { displayName: string; link: string }): MailContent {
  return compose({
    subject: 'Confirmez votre adresse e-mail — BITD Bretagne',
    greeting: `Bonjour ${p.displayName},`,
    intro: [
      'Pour confirmer votre adresse e-mail sur la plateforme BITD Bretagne, ouvrez le lien ci-dessous.',
    ],
    action: 'Confirmer mon adresse',
    link: p.link,
    after: [
      "Ce lien est valable 48 heures et ne sert qu'une fois. Si vous n'avez pas créé de compte, ignorez ce message.",
    ],
    english: 'to confirm your e-mail address on BITD Bretagne, open the link above (valid 48 hours, once).',
  });
}

export function passwordResetMail(p: { displayName: string; link: string }): MailContent {
  return compose({
    subject: 'Réinitialisation de votre mot de passe — BITD Bretagne',
    greeting: `Bonjour ${p.displayName},`,
    intro: [
      'Une réinitialisation du mot de passe de votre compte BITD Bretagne a été demandée. Pour choisir un nouveau mot de passe, ouvrez le lien ci-dessous.',
    ],
    action: 'Choisir un nouveau mot de passe',
    link: p.link,
    after: [
      "Ce lien est valable 1 heure et ne sert qu'une fois ; toutes vos sessions ouvertes seront fermées.",
      "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.",
    ],
    english:
      'someone asked to reset your BITD Bretagne password; open the link above within 1 hour to choose a new one, or ignore this message if it was not you.',
  });
}

export function invitationMail(p: {
  organisationName: string;
  inviterName: string;
  role: MemberRole;
  link: string;
  expiresAt: Date;
}): MailContent {
  const org = oneLine(p.organisationName);
  const inviter = oneLine(p.inviterName);
  return compose({
    subject: `${inviter} vous invite à rejoindre ${org} sur BITD Bretagne`,
    greeting: 'Bonjour,',
    intro: [
      `${inviter} vous invite à rejoindre l'organisation ${org} sur la plateforme BITD Bretagne, en tant que ${p.role === 'admin' ? 'administrateur ou administratrice' : 'membre'}.`,
    ],
    action: "Accepter l'invitation",
    link: p.link,
    after: [
      `Ce lien est valable jusqu'au ${parisTime(p.expiresAt)} (heure de Paris) et ne sert qu'une fois. Si vous ne vous attendiez pas à cette invitation, ignorez ce message.`,
    ],
    english: `${inviter} invites you to join ${org} on BITD Bretagne as ${p.role === 'admin' ? 'an administrator' : 'a member'}; open the link above before ${p.expiresAt.toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
  });
}
