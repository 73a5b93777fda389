import fc from 'fast-check';
import { luhnValid } from './luhn';
import { siretProblem } from './siret';

/** Appends the digit that makes `body` Luhn-valid. */
function withLuhnDigit(body: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(body + d)) return body + d;
  throw new Error('unreachable');
}

describe('siretProblem', () => {
  it('accepts real-shaped SIRETs from the dataset', () => {
    expect(siretProblem('83016613818604')).toBeNull();
    expect(siretProblem('830 166 138 18604')).toBeNull();
  });

  it('names the failing part', () => {
    expect(siretProblem('1234')).toBe('format');
    expect(siretProblem('8301661381860A')).toBe('format');
    expect(siretProblem('83016613818605')).toBe('siret_checksum');
    expect(siretProblem('83016613918604')).toBe('siren_checksum');
  });

  it('applies the La Poste digit-sum rule instead of Luhn', () => {
    expect(siretProblem('35600000000015')).toBeNull(); // digit sum 20
    expect(siretProblem('35600000000016')).toBe('siret_checksum');
  });

  it('accepts every SIRET built from a Luhn-valid SIREN and a Luhn-valid completion', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{8}$/), fc.stringMatching(/^[0-9]{4}$/), (sirenBody, nicBody) => {
        const siren = withLuhnDigit(sirenBody);
        fc.pre(siren !== '356000000');
        const siret = withLuhnDigit(siren + nicBody);
        expect(siretProblem(siret)).toBeNull();
      }),
    );
  });

  it('rejects any single-digit change of a valid SIRET (Luhn catches every single substitution)', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[0-9]{8}$/),
        fc.stringMatching(/^[0-9]{4}$/),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 1, max: 9 }),
        (sirenBody, nicBody, pos, delta) => {
          const siren = withLuhnDigit(sirenBody);
          fc.pre(siren !== '356000000');
          const siret = withLuhnDigit(siren + nicBody);
          const changed = siret.slice(0, pos) + ((Number(siret[pos]) + delta) % 10) + siret.slice(pos + 1);
          fc.pre(changed.slice(0, 9) !== '356000000');
          expect(siretProblem(changed)).not.toBeNull();
        },
      ),
    );
  });
});
