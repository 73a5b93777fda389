import { settingsMatch } from './meili.service';

describe('settingsMatch', () => {
  it('ignores defaults Meilisearch adds and the order of sets', () => {
    const current = {
      filterableAttributes: ['b', 'a'],
      searchableAttributes: ['name', 'description'],
      typoTolerance: {
        enabled: true,
        disableOnNumbers: true,
        disableOnWords: [],
        minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
      },
    };
    expect(
      settingsMatch(current, {
        filterableAttributes: ['a', 'b'],
        typoTolerance: { enabled: true, disableOnNumbers: true },
      }),
    ).toBe(true);
    expect(settingsMatch(current, { searchableAttributes: ['description', 'name'] })).toBe(false);
    expect(settingsMatch(current, { filterableAttributes: ['a'] })).toBe(false);
    expect(settingsMatch(current, { typoTolerance: { minWordSizeForTypos: { oneTypo: 4 } } })).toBe(false);
  });
});
