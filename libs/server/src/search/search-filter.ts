/**
 * Meilisearch filter expressions built only from typed, validated values. Every string is quoted
 * and escaped, so user text can never become filter syntax; numbers are checked finite.
 */
export function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function num(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`not a finite number: ${n}`);
  return String(n);
}

/** Attribute names come from code, never from requests; guard anyway. */
function attr(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name)) throw new Error(`bad attribute name ${name}`);
  return name;
}

/** `field IN ["a", "b"]`: OR within one facet. */
export function anyOf(field: string, values: readonly string[]): string | null {
  if (values.length === 0) return null;
  return `${attr(field)} IN [${values.map(quote).join(', ')}]`;
}

export function atLeast(field: string, value: number): string {
  return `${attr(field)} >= ${num(value)}`;
}

export function atMost(field: string, value: number): string {
  return `${attr(field)} <= ${num(value)}`;
}

/** `field min TO max`: for an array attribute, some value lies in the range. */
export function between(field: string, min: number, max: number): string {
  return `${attr(field)} ${num(min)} TO ${num(max)}`;
}

export function equals(field: string, value: string | number | boolean): string {
  return `${attr(field)} = ${typeof value === 'string' ? quote(value) : typeof value === 'number' ? num(value) : String(value)}`;
}

export function or(parts: ReadonlyArray<string | null>): string | null {
  const kept = parts.filter((p): p is string => !!p);
  if (kept.length === 0) return null;
  return kept.length === 1 ? kept[0] : `(${kept.join(' OR ')})`;
}

/** AND across facets. */
export function and(parts: ReadonlyArray<string | null>): string | undefined {
  const kept = parts.filter((p): p is string => !!p);
  return kept.length
    ? kept.map((p) => (p.includes(' OR ') && !p.startsWith('(') ? `(${p})` : p)).join(' AND ')
    : undefined;
}

export function geoRadius(lat: number, lon: number, radiusKm: number): string {
  return `_geoRadius(${num(lat)}, ${num(lon)}, ${num(Math.round(radiusKm * 1000))})`;
}

/** Fewer km per degree than the haversine's 111.19, so that the cover errs on the wide side. */
const KM_PER_DEGREE = 110;

/**
 * Latitude strips on numeric `lat`/`lng` attributes that together cover the circle: a superset of
 * the disc (the caller keeps the hits within the exact distance). The suppliers index has no
 * `_geo`: in Meilisearch 1.21 every update rewrites the whole geo tree (~0.5 s a batch at 100,000).
 */
export function geoCover(lat: number, lon: number, radiusKm: number): string {
  const parts = geoCoverBoxes(lat, lon, radiusKm).map(
    (b) => `(${between('lat', b.latMin, b.latMax)} AND ${between('lng', b.lonMin, b.lonMax)})`,
  );
  return `(${parts.join(' OR ')})`;
}

export interface GeoBox {
  latMin: number;
  latMax: number;
  lonMin: number;
  lonMax: number;
}

/** The boxes of geoCover: `strips` bands of latitude, each as wide as the disc is within it. */
export function geoCoverBoxes(lat: number, lon: number, radiusKm: number, strips = 8): GeoBox[] {
  const dLat = radiusKm / KM_PER_DEGREE;
  const boxes: GeoBox[] = [];
  for (let i = 0; i < strips; i++) {
    const a = lat - dLat + (2 * dLat * i) / strips;
    const b = a + (2 * dLat) / strips;
    const nearest = Math.min(Math.max(lat, a), b);
    const dy = Math.abs(nearest - lat) * KM_PER_DEGREE;
    const halfKm = Math.sqrt(Math.max(0, radiusKm * radiusKm - dy * dy));
    const cos = Math.cos((Math.min(89, Math.max(Math.abs(a), Math.abs(b))) * Math.PI) / 180);
    const dLon = halfKm / (KM_PER_DEGREE * cos);
    boxes.push({ latMin: a, latMax: b, lonMin: lon - dLon, lonMax: lon + dLon });
  }
  return boxes;
}
