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

  it('keeps OpenID sign-in off unless an issuer is set, and then wants the client', () => {
    expect(loadConfig({}).OIDC_ISSUER).toBeUndefined();
    expect(loadConfig({ OIDC_ISSUER: '' }).OIDC_ISSUER).toBeUndefined();
    expect(loadConfig({}).OIDC_SCOPES).toBe('openid email given_name usual_name');
    expect(() => loadConfig({ OIDC_ISSUER: 'https://proconnect.example' })).toThrow(/OIDC_CLIENT_ID/);
    const c = loadConfig({
      OIDC_ISSUER: 'https://proconnect.example/api/v2',
      OIDC_CLIENT_ID: 'id',
      OIDC_CLIENT_SECRET: 'secret',
    });
    expect(c.OIDC_LABEL).toBe('ProConnect');
  });

  it('takes an http issuer only on this machine, and JSON claims only', () => {
    const client = { OIDC_CLIENT_ID: 'id', OIDC_CLIENT_SECRET: 'secret' };
    expect(loadConfig({ ...client, OIDC_ISSUER: 'http://127.0.0.1:3900' }).OIDC_ISSUER).toBe(
      'http://127.0.0.1:3900',
    );
    expect(() => loadConfig({ ...client, OIDC_ISSUER: 'http://idp.example' })).toThrow(/OIDC_ISSUER/);
    expect(() => loadConfig({ OIDC_CLAIMS: '{"id_token":' })).toThrow(/OIDC_CLAIMS/);
    expect(() => loadConfig({ OIDC_SCOPES: 'email' })).toThrow(/OIDC_SCOPES/);
  });
});
