import fc from 'fast-check';
import { supplierCsv } from './supplier-csv.layout';

const { csvRecordToRow, rowToCsvRecord, unknownCsvColumns } = supplierCsv;

describe('supplier CSV codec', () => {
  it('reads the INTERCHANGE.md example', () => {
    const row = csvRecordToRow({
      externalId: 'S-1',
      capabilities: '35512400:7;38113000:5',
      'address.lat': '48.4',
      headcount: '12',
    });
    expect(row).toEqual({
      externalId: 'S-1',
      capabilities: [
        { code: '35512400', trl: 7 },
        { code: '38113000', trl: 5 },
      ],
      address: { lat: 48.4 },
      headcount: 12,
    });
  });

  it('keeps a non-number as text so validation can name the field', () => {
    expect(csvRecordToRow({ headcount: 'twelve' })).toEqual({ headcount: 'twelve' });
  });

  it('names unknown columns', () => {
    expect(unknownCsvColumns(['siret', 'name', 'colour'])).toEqual(['colour']);
  });

  it('round-trips any text in list items', () => {
    const text = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '');
    fc.assert(
      fc.property(text, text, text, (label, description, reference) => {
        const row = {
          name: 'X',
          address: { city: 'Brest', postalCode: '29200' },
          capabilities: [{ code: '35512400', trl: 7, label, description }],
          certifications: [{ scheme: 'ISO9001', validUntil: '2027-01-01', reference }],
        };
        expect(csvRecordToRow(rowToCsvRecord(row))).toEqual(row);
      }),
    );
  });

  it('guards every written cell against formula injection and reads it back unchanged', () => {
    const risky = fc
      .tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'="), fc.string({ maxLength: 20 }))
      .map(([start, rest]) => start + rest);
    fc.assert(
      fc.property(risky, risky, risky, (name, phone, label) => {
        const row = {
          name,
          address: { city: 'Brest', postalCode: '29200', lon: -4.49 },
          capabilities: [{ code: '35512400', label }],
          contacts: [{ name: label, email: 'a@b.fr', phone }],
        };
        const record = rowToCsvRecord(row);
        // Only a cell that is just a number (the longitude here) may start with a sign.
        for (const cell of Object.values(record)) {
          if (!/^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(cell)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        }
        expect(csvRecordToRow(record)).toEqual(row);
      }),
    );
  });
});
