/** Named defence sites of Brittany, for "within N km of" searches and distances. */
export interface DefenceSite {
  id: string;
  label: string;
  lat: number;
  lon: number;
}

export const DEFENCE_SITES: ReadonlyArray<DefenceSite> = [
  { id: 'brest-naval-base', label: 'Base navale de Brest', lat: 48.3805, lon: -4.4942 },
  { id: 'dga-tn-brest', label: 'DGA Techniques navales (Brest)', lat: 48.3907, lon: -4.4336 },
  { id: 'ile-longue', label: 'Base opérationnelle de l’Île Longue (Crozon)', lat: 48.3065, lon: -4.5167 },
  { id: 'lanveoc', label: 'Base aéronavale de Lanvéoc-Poulmic', lat: 48.2817, lon: -4.4453 },
  { id: 'landivisiau', label: 'Base aéronavale de Landivisiau', lat: 48.5297, lon: -4.1517 },
  { id: 'lorient-naval-group', label: 'Naval Group Lorient', lat: 47.7336, lon: -3.3606 },
  { id: 'lanester', label: 'Lanester', lat: 47.7617, lon: -3.3417 },
  { id: 'dga-mi-bruz', label: 'DGA Maîtrise de l’information (Bruz)', lat: 48.0246, lon: -1.7455 },
  { id: 'rennes-comcyber', label: 'Rennes (COMCYBER, Pôle d’excellence cyber)', lat: 48.1147, lon: -1.6794 },
  { id: 'cesson-sevigne', label: 'Cesson-Sévigné', lat: 48.1211, lon: -1.6031 },
  { id: 'coetquidan', label: 'Écoles de Saint-Cyr Coëtquidan (Guer)', lat: 47.9412, lon: -2.1389 },
  { id: 'vannes', label: 'Vannes (Quartier Foch, 3e RIMa)', lat: 47.6582, lon: -2.7608 },
  { id: 'lannion', label: 'Lannion (télécoms, photonique)', lat: 48.7326, lon: -3.4566 },
  { id: 'saint-malo', label: 'Saint-Malo', lat: 48.6493, lon: -2.0257 },
];

export function defenceSite(id: string): DefenceSite | undefined {
  return DEFENCE_SITES.find((s) => s.id === id);
}

/** Great-circle distance in km (haversine). */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}
