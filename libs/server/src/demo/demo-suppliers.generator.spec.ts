import { LA_POSTE_SIREN, luhnValid, supplierImportSchema } from '@bitd/domain';
import { communeByInsee, officialReferenceChecks } from '../reference/reference-checks';
import {
  DEMO_REFERENCE_DATE,
  DEMO_SUPPLIER_COUNT,
  DEMO_TOWNS,
  generateDemoSuppliers,
} from './demo-suppliers.generator';

function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

describe('generateDemoSuppliers', () => {
  const rows = generateDemoSuppliers(500);
  const schema = supplierImportSchema(officialReferenceChecks);

  it('produces rows that all pass the import validation with the official reference lists', () => {
    const failures = rows.flatMap((row) => {
      const result = schema.safeParse(row);
      return result.success
        ? []
        : [
            `${row.externalId}: ${result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
          ];
    });
    expect(failures).toEqual([]);
  });

  it('numbers externalIds DEMO-00001… and keeps externalId, SIRET, SIREN and name unique', () => {
    expect(rows[0].externalId).toBe('DEMO-00001');
    expect(rows[499].externalId).toBe('DEMO-00500');
    expect(new Set(rows.map((r) => r.externalId)).size).toBe(500);
    expect(new Set(rows.map((r) => r.siret)).size).toBe(500);
    expect(new Set(rows.map((r) => r.siret.slice(0, 9))).size).toBe(500);
    expect(new Set(rows.map((r) => r.name)).size).toBe(500);
  });

  it('gives SIRETs whose SIREN and SIRET both pass Luhn, never La Poste', () => {
    for (const r of rows) {
      expect(r.siret).toMatch(/^\d{14}$/);
      expect(r.siret.slice(0, 9)).not.toBe(LA_POSTE_SIREN);
      expect(luhnValid(r.siret.slice(0, 9))).toBe(true);
      expect(luhnValid(r.siret)).toBe(true);
    }
  });

  it('spreads companies over the four Breton departments, in real communes, near the town centre', () => {
    const departments = new Set(rows.map((r) => r.address.department));
    expect([...departments].sort()).toEqual(['22', '29', '35', '56']);
    const towns = new Map(DEMO_TOWNS.map((t) => [t.inseeCode, t]));
    for (const { address } of rows) {
      const commune = communeByInsee(address.inseeCode ?? '');
      expect(commune?.nom).toBe(address.city);
      expect(commune?.codesPostaux).toContain(address.postalCode);
      expect(commune?.departement).toBe(address.department);
      const town = towns.get(address.inseeCode ?? '');
      expect(town).toBeDefined();
      expect(distanceKm(town!.lat, town!.lon, address.lat!, address.lon!)).toBeLessThanOrEqual(3.01);
    }
    // Weighted towards the poles: Brest and Rennes are the most frequent.
    const byCity = new Map<string, number>();
    for (const r of rows) byCity.set(r.address.city, (byCity.get(r.address.city) ?? 0) + 1);
    const top = [...byCity.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([c]) => c);
    expect(top).toContain('Brest');
    expect(top).toContain('Rennes');
  });

  it('keeps size, revenue and defence share plausible', () => {
    for (const r of rows) {
      expect(r.headcount).toBeGreaterThanOrEqual(3);
      const perHead = r.revenueEur! / r.headcount!;
      expect(perHead).toBeGreaterThanOrEqual(79_000);
      expect(perHead).toBeLessThanOrEqual(151_000);
      expect(r.defenceRevenueShare).toBeGreaterThanOrEqual(0.05);
      expect(r.defenceRevenueShare).toBeLessThanOrEqual(0.9);
    }
    const small = rows.filter((r) => r.headcount! <= 250).length;
    expect(small / rows.length).toBeGreaterThan(0.9);
    expect(rows.some((r) => r.headcount! > 250)).toBe(true);
  });

  it('gives 1–4 capabilities with labels and TRL 3–9, some certifications expired on the reference date', () => {
    for (const r of rows) {
      expect(r.capabilities!.length).toBeGreaterThanOrEqual(1);
      expect(r.capabilities!.length).toBeLessThanOrEqual(4);
      for (const c of r.capabilities!) {
        expect(c.label).toBeTruthy();
        expect(c.trl).toBeGreaterThanOrEqual(3);
        expect(c.trl).toBeLessThanOrEqual(9);
      }
      expect(r.description!.split(/(?<=[.!?])\s+/).length).toBeGreaterThanOrEqual(2);
      expect(r.description!.split(/(?<=[.!?])\s+/).length).toBeLessThanOrEqual(4);
      expect(r.references?.length ?? 0).toBeLessThanOrEqual(3);
    }
    const certs = rows.flatMap((r) => r.certifications ?? []);
    const expired = certs.filter((c) => c.validUntil! < DEMO_REFERENCE_DATE).length / certs.length;
    expect(expired).toBeGreaterThan(0.05);
    expect(expired).toBeLessThan(0.16);
    const clearances = new Set(rows.map((r) => r.clearance));
    expect([...clearances].sort()).toEqual(['DR', 'NONE', 'SECRET', 'TRES_SECRET']);
    expect(rows.filter((r) => r.clearance === 'NONE').length).toBeGreaterThan(rows.length / 2);
  });

  it('dates certifications around the reference date it is given, the rest unchanged', () => {
    const later = generateDemoSuppliers(500, 2024, '2031-03-15');
    const certs = later.flatMap((r) => r.certifications ?? []);
    const expired = certs.filter((c) => c.validUntil! < '2031-03-15').length / certs.length;
    expect(expired).toBeGreaterThan(0.05);
    expect(expired).toBeLessThan(0.16);
    const strip = (list: typeof rows) =>
      list.map((r) => ({ ...r, certifications: r.certifications?.length }));
    expect(strip(later)).toEqual(strip(rows));
    expect(() => generateDemoSuppliers(1, 2024, '31/03/2031')).toThrow('YYYY-MM-DD');
  });

  it('uses reserved example.fr domains for websites and e-mails', () => {
    for (const r of rows) {
      const host = new URL(r.website!).hostname;
      expect(host).toMatch(/^[a-z0-9-]+\.example\.fr$/);
      expect(r.contacts!.length).toBeGreaterThanOrEqual(1);
      expect(r.contacts!.length).toBeLessThanOrEqual(2);
      for (const c of r.contacts!) {
        expect(c.email.endsWith(`@${host}`)).toBe(true);
        if (c.phone) expect(c.phone).toMatch(/^02 9[6-9]( \d{2}){3}$/);
      }
    }
  });

  it('is deterministic for a seed and differs across seeds', () => {
    expect(generateDemoSuppliers(500)).toEqual(rows);
    expect(generateDemoSuppliers(500, 2024)).toEqual(rows);
    expect(generateDemoSuppliers(50)).toEqual(rows.slice(0, 50));
    const other = generateDemoSuppliers(500, 7);
    expect(other).not.toEqual(rows);
    expect(other.map((r) => r.siret)).not.toEqual(rows.map((r) => r.siret));
  });

  it('has a demo size of at least 150', () => {
    expect(DEMO_SUPPLIER_COUNT).toBeGreaterThanOrEqual(150);
    expect(generateDemoSuppliers(DEMO_SUPPLIER_COUNT)).toHaveLength(DEMO_SUPPLIER_COUNT);
  });

  it('generates 10,000 unique rows well under a second', () => {
    const start = performance.now();
    const many = generateDemoSuppliers(10_000);
    const elapsed = performance.now() - start;
    expect(many).toHaveLength(10_000);
    expect(new Set(many.map((r) => r.siret)).size).toBe(10_000);
    expect(new Set(many.map((r) => r.name)).size).toBe(10_000);
    expect(elapsed).toBeLessThan(1000);
  });
});
