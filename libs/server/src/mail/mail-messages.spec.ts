import {
  MAIL_LINK_PATHS,
  invitationMail,
  mailLink,
  passwordResetMail,
  verificationMail,
} from './mail-messages';

describe('mail messages', () => {
  it('builds links from PUBLIC_URL, keeping a path prefix', () => {
    expect(mailLink('https://bitd.example.fr/', MAIL_LINK_PATHS.verifyEmail, 'abc_-1')).toBe(
      'https://bitd.example.fr/verifier-email?token=abc_-1',
    );
    expect(mailLink('https://example.fr/bitd', MAIL_LINK_PATHS.resetPassword, 't')).toBe(
      'https://example.fr/bitd/reinitialiser-mot-de-passe?token=t',
    );
    expect(mailLink('http://localhost:3000', MAIL_LINK_PATHS.invitation, 't')).toBe(
      'http://localhost:3000/invitation?token=t',
    );
  });

  it('writes French with an English line, the link in both the text and the HTML', () => {
    const link = 'http://localhost:3000/verifier-email?token=xyz';
    for (const mail of [
      verificationMail({ displayName: 'Jean', link }),
      passwordResetMail({ displayName: 'Jean', link }),
    ]) {
      expect(mail.text).toContain(link);
      expect(mail.text).toMatch(/^Bonjour Jean,/);
      expect(mail.text).toMatch(/^English: /m);
      expect(mail.html).toContain(`href="${link}"`);
      expect(mail.html).toContain('lang="en"');
    }
  });

  it('escapes names in the HTML and keeps subjects on one line', () => {
    const mail = invitationMail({
      organisationName: 'Iroise <script>alert(1)</script>\nAcoustique',
      inviterName: 'Anne "A" & Co',
      role: 'admin',
      link: 'http://localhost:3000/invitation?token=a&b',
      expiresAt: new Date('2030-01-08T10:00:00Z'),
    });
    expect(mail.subject).toBe(
      'Anne "A" & Co vous invite à rejoindre Iroise <script>alert(1)</script> Acoustique sur BITD Bretagne',
    );
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('Anne &quot;A&quot; &amp; Co');
    expect(mail.html).toContain('href="http://localhost:3000/invitation?token=a&amp;b"');
    expect(mail.text).toContain("jusqu'au 8 janvier 2030 à 11:00 (heure de Paris)");
    expect(mail.text).toContain('as an administrator');
  });
});
