import { profileCompleteness } from './completeness';

const empty = { capabilities: [], certifications: [], references: [], contacts: [] };

describe('profileCompleteness', () => {
  it('lists everything missing on an empty profile, most valuable first', () => {
    const c = profileCompleteness(empty);
    expect(c.score).toBe(0);
    expect(c.missing[0]).toBe('capabilities');
    expect(c.missing).toContain('description');
    expect(c.missing).toContain('address.coordinates');
  });

  it('reaches 100 on a full profile', () => {
    const c = profileCompleteness({
      description: 'x'.repeat(100),
      nafCode: '30.11Z',
      headcount: 10,
      revenueEur: 1,
      website: 'https://a.fr',
      lat: 48,
      lon: -4,
      capabilities: [{ trl: 7 }],
      certifications: [{}],
      references: [{}],
      contacts: [{}],
    });
    expect(c).toEqual({ score: 100, missing: [] });
  });

  it('counts a capability without TRL as incomplete', () => {
    const c = profileCompleteness({ ...empty, capabilities: [{ trl: 7 }, { trl: null }] });
    expect(c.missing).toContain('capabilities.trl');
    expect(c.missing).not.toContain('capabilities');
  });
});
