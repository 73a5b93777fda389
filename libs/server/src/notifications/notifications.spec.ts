import fc from 'fast-check';
import type { MatchCriterion } from '@bitd/domain';
import { EXPIRED_NOTICE_WINDOW_DAYS, daysBetween, expiryStage, isoDay } from './certification-expiry';
import { type MailedNotification, digestMail, groupDigest } from './notification-mail';
import { setDigest } from '../common/set-digest';
import { dedupeKey, mailJobId } from './notification-keys';
import {
  introductionText,
  matchReasons,
  savedSearchText,
  watchedOpportunityText,
} from './notification-texts';

const DAY = 86_400_000;
const day = (base: string, offset: number) =>
  isoDay(new Date(Date.parse(`${base}T00:00:00Z`) + offset * DAY));

describe('certification expiry thresholds', () => {
  it('gives the notice due on each day around the validity date', () => {
    const v = '2031-06-30';
    expect(expiryStage(v, day(v, -61))).toBeNull();
    expect(expiryStage(v, day(v, -60))).toBe('d60');
    expect(expiryStage(v, day(v, -31))).toBe('d60');
    expect(expiryStage(v, day(v, -30))).toBe('d30');
    expect(expiryStage(v, v)).toBe('d30'); // still valid that day
    expect(expiryStage(v, day(v, 1))).toBe('expired');
    expect(expiryStage(v, day(v, EXPIRED_NOTICE_WINDOW_DAYS + 1))).toBeNull();
  });

  it('never goes back to an earlier stage as the days pass', () => {
    const order = [null, 'd60', 'd30', 'expired'];
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), fc.integer({ min: 0, max: 90 }), (offset, step) => {
        const v = '2030-03-01';
        const a = expiryStage(v, day(v, offset));
        const b = expiryStage(v, day(v, offset + step));
        // Past the expired window both are null; before it, the stage only moves forward.
        if (b === null && daysBetween(v, day(v, offset + step)) > 0) return true;
        return order.indexOf(b) >= order.indexOf(a);
      }),
    );
  });
});

describe('dedupe keys and mail job ids', () => {
  it('name the fact, whatever order the ids come in, and fit the column', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.uuid(), { minLength: 1, maxLength: 30 }), fc.uuid(), (ids, search) => {
        const shuffled = [...ids].reverse();
        expect(dedupeKey.savedSearch(search, ids)).toBe(dedupeKey.savedSearch(search, shuffled));
        expect(mailJobId.digest(search, ids)).toBe(mailJobId.digest(search, shuffled));
        expect(dedupeKey.savedSearch(search, ids).length).toBeLessThanOrEqual(200);
      }),
    );
    expect(setDigest(['a', 'b'])).not.toBe(setDigest(['a', 'c']));
    expect(dedupeKey.certificationExpiry('s', 'EN9100', '2031-01-01', 'd60')).not.toBe(
      dedupeKey.certificationExpiry('s', 'EN9100', '2031-01-01', 'd30'),
    );
  });
});

const item = (
  id: string,
  kind: MailedNotification['kind'],
  at: number,
  userId = 'u1',
): MailedNotification => ({
  id,
  userId,
  kind,
  title: { fr: `titre ${id}`, en: `title ${id}` },
  body: { fr: 'corps', en: 'body' },
  link: `/x/${id}`,
  createdAt: new Date(at),
});

describe('daily digest', () => {
  it('makes one summary per person, every notification once, grouped by kind in a fixed order', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            user: fc.constantFrom('u1', 'u2', 'u3'),
            kind: fc.constantFrom('saved_search', 'introduction', 'portfolio_match' as const),
            at: fc.integer({ min: 0, max: 1e9 }),
          }),
          { maxLength: 40 },
        ),
        (drafts) => {
          const rows = drafts.map((d, i) => item(String(i), d.kind, d.at, d.user));
          const groups = groupDigest(rows);
          expect(groups.map((g) => g.userId).sort()).toEqual([...new Set(drafts.map((d) => d.user))].sort());
          expect(groups.flatMap((g) => g.items.map((i) => i.id)).sort()).toEqual(
            rows.map((r) => r.id).sort(),
          );
          for (const g of groups) {
            expect(g.items.every((i) => i.userId === g.userId)).toBe(true);
            const kinds = g.items.map((i) => i.kind);
            expect(kinds).toEqual([...kinds].sort((a, b) => g.kinds.indexOf(a) - g.kinds.indexOf(b)));
          }
        },
      ),
    );
  });

  it('lists each notification with its link and one unsubscribe link per kind', () => {
    const [group] = groupDigest([
      item('1', 'introduction', 1),
      item('2', 'saved_search', 2),
      item('3', 'introduction', 3),
    ]);
    const mail = digestMail({
      displayName: 'Anne',
      group,
      publicUrl: 'https://bitd.example.fr/',
      unsubscribeLinks: new Map([
        ['introduction', 'https://bitd.example.fr/desabonnement?token=a'],
        ['saved_search', 'https://bitd.example.fr/desabonnement?token=b'],
      ]),
    });
    expect(mail.subject).toBe('Votre résumé quotidien : 3 notifications — BITD Bretagne');
    expect(mail.text).toContain('Mises en relation :\n• titre 1 — https://bitd.example.fr/x/1\n• titre 3');
    expect(mail.text).toContain('https://bitd.example.fr/desabonnement?token=b');
    expect(mail.html).toContain('href="https://bitd.example.fr/desabonnement?token=a"');
  });
});

describe('notification texts', () => {
  it('say why a supplier fits with the matcher’s own words, needs first', () => {
    const c = (criterion: MatchCriterion['criterion'], status: MatchCriterion['status'], fr: string) =>
      ({ criterion, hard: false, status, text: { fr, en: fr } }) as MatchCriterion;
    const why = matchReasons([
      c('certification', 'met', 'EN 9100 valide'),
      c('capability', 'met', 'Capacité déclarée sonar'),
      c('capability', 'unmet', 'Besoin « coque » : aucune'),
    ]);
    expect(why.fr).toBe('Capacité déclarée sonar ; EN 9100 valide');
  });

  it('say what changed and link to it, in both languages', () => {
    const changed = watchedOpportunityText(
      { id: 'o1', title: 'Antennes', deadline: '2099-01-01' },
      { closed: false, fields: ['deadline', 'description', 'contentHash'] },
    );
    expect(changed.body.fr).toBe(
      'Modifié : date limite, description (nouvelle date limite : 1er janvier 2099), dans l’opportunité « Antennes » que vous suivez.',
    );
    expect(changed.body.en).toContain('Changed: deadline, description');
    expect(changed.link).toBe('/opportunites/o1');
    const intro = introductionText('introduction.outcome_recorded', {
      introductionId: 'i1',
      supplierName: 'Iroise',
      buyerName: 'DGA',
      outcome: 'nda',
    });
    expect(intro.body.fr).toContain('un accord de confidentialité');
    expect(intro.title.fr).toBe('Issue enregistrée (un accord de confidentialité) : Iroise et DGA');
    const meeting = introductionText('introduction.meeting_planned', {
      introductionId: 'i1',
      supplierName: 'Iroise',
      buyerName: 'DGA',
      meetingDate: '2099-01-15',
    });
    expect(meeting.title).toEqual({
      fr: 'Rendez-vous prévu le 15 janvier 2099 : Iroise et DGA',
      en: 'Meeting planned on 15 January 2099: Iroise and DGA',
    });
    expect(intro.link).toBe('/mises-en-relation/i1');
    const search = savedSearchText({ name: 'Sonar', query: 'q=sonar' }, ['A', 'B', 'C', 'D', 'E', 'F', 'G']);
    expect(search.body.fr).toBe(
      'Entrées dans les résultats depuis la dernière fois : A, B, C, D, E et 2 autre(s).',
    );
    expect(search.link).toBe('/recherche?q=sonar');
  });
});
