/**
 * Main towns of Brittany (town hall coordinates, WGS84), for "within N km of a town": the search
 * API takes `lat`/`lon`, and the web needs no geocoding service for the towns people ask about.
 */
export interface Town {
  id: string;
  name: string;
  /** Department code, shown next to the name. */
  department: string;
  lat: number;
  lon: number;
}

export const TOWNS: ReadonlyArray<Town> = [
  { id: 'brest', name: 'Brest', department: '29', lat: 48.3904, lon: -4.4861 },
  { id: 'carhaix', name: 'Carhaix-Plouguer', department: '29', lat: 48.2758, lon: -3.5728 },
  { id: 'concarneau', name: 'Concarneau', department: '29', lat: 47.8753, lon: -3.9189 },
  { id: 'douarnenez', name: 'Douarnenez', department: '29', lat: 48.0925, lon: -4.3303 },
  { id: 'dinan', name: 'Dinan', department: '22', lat: 48.4556, lon: -2.0503 },
  { id: 'fougeres', name: 'Fougères', department: '35', lat: 48.3524, lon: -1.1993 },
  { id: 'guingamp', name: 'Guingamp', department: '22', lat: 48.5625, lon: -3.15 },
  { id: 'landerneau', name: 'Landerneau', department: '29', lat: 48.4508, lon: -4.2494 },
  { id: 'lannion', name: 'Lannion', department: '22', lat: 48.7326, lon: -3.4566 },
  { id: 'lorient', name: 'Lorient', department: '56', lat: 47.7482, lon: -3.3702 },
  { id: 'morlaix', name: 'Morlaix', department: '29', lat: 48.5776, lon: -3.8279 },
  { id: 'ploermel', name: 'Ploërmel', department: '56', lat: 47.9317, lon: -2.3975 },
  { id: 'pontivy', name: 'Pontivy', department: '56', lat: 48.0686, lon: -2.963 },
  { id: 'quimper', name: 'Quimper', department: '29', lat: 47.996, lon: -4.1024 },
  { id: 'quimperle', name: 'Quimperlé', department: '29', lat: 47.8728, lon: -3.5497 },
  { id: 'redon', name: 'Redon', department: '35', lat: 47.6515, lon: -2.084 },
  { id: 'rennes', name: 'Rennes', department: '35', lat: 48.1173, lon: -1.6778 },
  { id: 'saint-brieuc', name: 'Saint-Brieuc', department: '22', lat: 48.5141, lon: -2.7603 },
  { id: 'saint-malo', name: 'Saint-Malo', department: '35', lat: 48.6493, lon: -2.0257 },
  { id: 'vannes', name: 'Vannes', department: '56', lat: 47.6582, lon: -2.7608 },
  { id: 'vitre', name: 'Vitré', department: '35', lat: 48.1236, lon: -1.2096 },
];

export function townById(id: string): Town | undefined {
  return TOWNS.find((t) => t.id === id);
}

/** The town at these coordinates (as the page writes them into the address), if any. */
export function townAt(lat: number, lon: number): Town | undefined {
  return TOWNS.find((t) => Math.abs(t.lat - lat) < 1e-4 && Math.abs(t.lon - lon) < 1e-4);
}
