import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('applies defaults', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(3000);
    expect(c.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/bitd');
    expect(c.UPLOAD_MAX_BYTES).toBe(20 * 1024 * 1024);
    expect(c.SEED_DEMO).toBe(true);
    expect(c.SMTP_URL).toBe('smtp://127.0.0.1:1025');
    expect(c.MAIL_FROM).toEqual({
      name: 'BITD Bretagne (démo)',
      address: 'no-reply@bitd-bretagne.example.fr',
    });
  });

  it('reads a sender with or without a name', () => {
    expect(loadConfig({ MAIL_FROM: 'ops@example.fr' }).MAIL_FROM).toEqual({
      name: '',
      address: 'ops@example.fr',
    });
    expect(loadConfig({ MAIL_FROM: '"Région, BITD" <ops@example.fr>' }).MAIL_FROM).toEqual({
      name: 'Région, BITD',
      address: 'ops@example.fr',
    });
    expect(() => loadConfig({ MAIL_FROM: 'BITD <not an address>' })).toThrow(/MAIL_FROM/);
    expect(() => loadConfig({ SMTP_URL: 'http://127.0.0.1:1025' })).toThrow(/SMTP_URL/);
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ NAMESPACE: 'Bad-Name' })).toThrow(/NAMESPACE/);
  });
});
