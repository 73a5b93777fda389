import { z } from 'zod';
import { toFieldErrors } from './errors';

describe('toFieldErrors', () => {
  it('names each field with what it takes, in words a person can act on', () => {
    const schema = z.strictObject({
      title: z.string(),
      trlMin: z.number().int(),
      location: z.object({ lat: z.number() }),
    });
    const parsed = schema.safeParse({ trlMin: 'six', location: { lat: 'nord' }, colour: 'blue' });
    expect(parsed.success).toBe(false);
    expect(toFieldErrors(parsed.error?.issues ?? [])).toEqual(
      expect.arrayContaining([
        { field: 'title', message: 'is required' },
        { field: 'trlMin', message: 'must be a number' },
        { field: 'location.lat', message: 'must be a number' },
        { field: 'colour', message: 'is not a known field' },
      ]),
    );
  });
});
