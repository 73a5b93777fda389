import { opportunityImportSchema } from '@bitd/domain';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { parseImportFile } from '../imports/import-file.parser';
import { opportunityCsv } from './opportunity-csv.layout';

const { csvRecordToRow, rowToCsvRecord, unknownCsvColumns, layout } = opportunityCsv;

const toCsvText = (rows: Array<Record<string, unknown>>) =>
  stringify(rows.map(rowToCsvRecord), { header: true, columns: [...layout.columns] });
const parseCsv = (text: string) => parseImportFile(Buffer.from(text), 'needs.csv', opportunityCsv);

const sonarNeed = {
  externalId: 'O-1',
  kind: 'subcontracting',
  title: 'Antennes sonar',
  issuer: 'Naval Group',
  requiredCapabilities: [
    { code: '38113000', weight: 2 },
    { code: '35512400', weight: 0.5 },
  ],
  requiredCertifications: ['EN9100', 'ISO9001'],
  trlMin: 6,
  location: { label: 'Brest', lat: 48.3805, lon: -4.4942, maxDistanceKm: 60 },
  deadline: '2098-06-30',
};

describe('opportunity CSV layout', () => {
  it('writes capabilities as code:weight, certifications as plain schemes, the location in location.*', () => {
    expect(rowToCsvRecord(sonarNeed)).toMatchObject({
      requiredCapabilities: '38113000:2;35512400:0.5',
      requiredCertifications: 'EN9100;ISO9001',
      trlMin: '6',
      trlMax: '',
      'location.label': 'Brest',
      'location.lat': '48.3805',
      'location.maxDistanceKm': '60',
    });
    expect(toCsvText([sonarNeed]).split('\n')[0]).toBe(
      'externalId,kind,title,description,issuer,programme,requiredCapabilities,requiredCertifications,' +
        'minClearance,trlMin,trlMax,location.label,location.lat,location.lon,location.maxDistanceKm,deadline,visibility',
    );
  });

  it('reads a row that passes the import validation', () => {
    const row = csvRecordToRow({
      externalId: 'O-1',
      kind: 'subcontracting',
      title: 'Antennes sonar',
      issuer: 'Naval Group',
      requiredCapabilities: '38113000:2;35512400',
      requiredCertifications: 'EN9100',
      trlMin: '6',
      'location.lat': '48.38',
      'location.lon': '-4.49',
      deadline: '',
    });
    expect(row).toEqual({
      externalId: 'O-1',
      kind: 'subcontracting',
      title: 'Antennes sonar',
      issuer: 'Naval Group',
      requiredCapabilities: [{ code: '38113000', weight: 2 }, { code: '35512400' }],
      requiredCertifications: ['EN9100'],
      trlMin: 6,
      location: { lat: 48.38, lon: -4.49 },
    });
    expect(opportunityImportSchema('2025-01-01').safeParse(row).success).toBe(true);
  });

  it('keeps a non-number as text so validation can name the field', () => {
    const row = csvRecordToRow({
      trlMin: 'six',
      'location.lat': 'north',
      requiredCapabilities: '38113000:x',
    });
    expect(row).toEqual({
      trlMin: 'six',
      location: { lat: 'north' },
      requiredCapabilities: [{ code: '38113000', weight: 'x' }],
    });
  });

  it('names unknown columns, supplier ones included', () => {
    expect(unknownCsvColumns(['externalId', 'title', 'siret', 'maxDistanceKm'])).toEqual([
      'siret',
      'maxDistanceKm',
    ]);
  });

  it('asks for the opportunity columns when the header is not one', () => {
    expect(() => parseCsv('siret,name\n12345678901234,X\n')).toThrow(
      /neither JSON Lines nor a CSV.*expected columns such as externalId, kind, title/,
    );
    expect(() => parseCsv('externalId,title,colour\nO-1,X,red\n')).toThrow(
      /Unknown CSV column\(s\): colour \(the columns are externalId, kind, title,/,
    );
  });

  it('round-trips any opportunity row, through records and through CSV text', () => {
    // Texts made of the characters the format must escape or quote, and any other.
    const char = fc.oneof(
      fc.constantFrom(';', ':', '\\', '"', ',', '\n', '\r\n', ' ', 'é'),
      fc.string({ minLength: 1, maxLength: 1 }),
    );
    const text = fc.string({ unit: char, minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== '');
    const num = fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0));
    const opportunity = fc.record(
      {
        externalId: text,
        kind: text,
        title: text,
        description: text,
        issuer: text,
        programme: text,
        requiredCapabilities: fc.array(fc.record({ code: text, weight: num }), {
          minLength: 1,
          maxLength: 3,
        }),
        requiredCertifications: fc.array(text, { minLength: 1, maxLength: 3 }),
        minClearance: text,
        trlMin: fc.integer(),
        trlMax: fc.integer(),
        location: fc.record(
          { label: text, lat: num, lon: num, maxDistanceKm: num },
          { requiredKeys: ['lat', 'lon'] },
        ),
        deadline: text,
        visibility: text,
      },
      { requiredKeys: ['externalId', 'kind', 'title', 'issuer'] },
    );
    fc.assert(
      fc.property(fc.array(opportunity, { minLength: 1, maxLength: 3 }), (rows) => {
        for (const row of rows) expect(csvRecordToRow(rowToCsvRecord(row))).toEqual(row);
        expect(parseCsv(toCsvText(rows)).lines.map((l) => l.value)).toEqual(rows);
      }),
    );
  });
});
