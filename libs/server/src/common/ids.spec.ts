import { isUuid } from './ids';

describe('isUuid', () => {
  it('accepts the form PostgreSQL reads, whatever the case', () => {
    expect(isUuid('0f8fad5b-d9cb-469f-a165-70867728950e')).toBe(true);
    expect(isUuid('0F8FAD5B-D9CB-469F-A165-70867728950E')).toBe(true);
  });

  it.each([
    ['36 hex digits and hyphens out of place', '0f8fad5bd9cb-469f-a165-70867728950e-'],
    ['36 hex digits, no hyphen', '0f8fad5bd9cb469fa16570867728950e0000'],
    ['hyphens only', '-'.repeat(36)],
    ['a non-hex letter', '0f8fad5b-d9cb-469f-a165-70867728950g'],
    ['a trailing newline', '0f8fad5b-d9cb-469f-a165-70867728950e\n'],
    ['empty', ''],
  ])('refuses %s', (_what, id) => expect(isUuid(id)).toBe(false));
});
