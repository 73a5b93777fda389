import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('applies defaults', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(3000);
    expect(c.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/bitd');
    expect(c.UPLOAD_MAX_BYTES).toBe(20 * 1024 * 1024);
    expect(c.SEED_DEMO).toBe(true);
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ NAMESPACE: 'Bad-Name' })).toThrow(/NAMESPACE/);
  });
});
