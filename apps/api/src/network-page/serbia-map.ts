import { escapeHtml } from '@app/mail';

/** [longitude, latitude] in degrees (WGS 84). */
type LonLat = readonly [number, number];

/**
 * A simplified outline of Serbia, clockwise from the border triangle with Hungary and Croatia,
 * traced from the borders' main landmarks (rivers, towns on either side) to within a few kilometres:
 * enough to place the network's towns, not a survey map.
 */
export const SERBIA_OUTLINE: LonLat[] = [
  [18.82, 45.91], [19.3, 45.99], [19.57, 46.17], [19.98, 46.18], [20.26, 46.12], // Hungary
  [20.55, 45.95], [20.66, 45.75], [20.82, 45.48], [21.05, 45.33], [21.52, 45.15], [21.45, 44.88], [21.36, 44.82], // Romania (Banat)
  [21.55, 44.77], [21.75, 44.62], [22.05, 44.55], [22.15, 44.47], [22.3, 44.6], [22.45, 44.71], [22.61, 44.63], [22.5, 44.5], [22.55, 44.35], [22.68, 44.22], // the Danube
  [22.55, 44.05], [22.42, 43.83], [22.55, 43.55], [22.78, 43.35], [23.0, 43.18], [22.9, 43.0], [22.73, 42.85], [22.55, 42.6], [22.45, 42.38], [22.36, 42.31], // Bulgaria
  [22.0, 42.28], [21.6, 42.25], [21.4, 42.22], [21.1, 42.18], [20.85, 42.05], [20.6, 41.86], // North Macedonia
  [20.52, 42.05], [20.55, 42.22], [20.35, 42.3], [20.22, 42.42], [20.07, 42.56], // Albania
  [20.05, 42.72], [20.27, 42.88], [20.05, 43.05], [19.85, 43.12], [19.7, 43.2], [19.55, 43.3], [19.45, 43.36], [19.22, 43.53], // Montenegro
  [19.45, 43.62], [19.52, 43.76], [19.48, 43.96], [19.35, 44.18], [19.1, 44.38], [19.15, 44.55], [19.28, 44.72], [19.33, 44.88], // Bosnia and Herzegovina (the Drina)
  [19.1, 44.92], [19.05, 45.0], [19.15, 45.18], [19.4, 45.18], [19.42, 45.24], [19.05, 45.38], [18.92, 45.55], [18.95, 45.7], [18.85, 45.85], // Croatia (the Danube)
];

/** Where the network's towns are, by the name the organizations table gives them, with the English name where it differs. */
export const TOWNS: Record<string, { lat: number; lon: number; nameEn?: string; label: 'left' | 'right' | 'above-left' }> = {
  Beograd: { lat: 44.787, lon: 20.457, nameEn: 'Belgrade', label: 'right' },
  Vlasotince: { lat: 42.966, lon: 22.129, label: 'left' },
  Dimitrovgrad: { lat: 43.016, lon: 22.778, label: 'above-left' },
  Vranje: { lat: 42.551, lon: 21.9, label: 'right' },
  Niš: { lat: 43.321, lon: 21.896, label: 'right' },
  Zrenjanin: { lat: 45.381, lon: 20.389, label: 'right' },
  Užice: { lat: 43.858, lon: 19.848, label: 'right' },
  Prijepolje: { lat: 43.389, lon: 19.648, label: 'right' },
};

const SCALE = 100; // SVG units per degree of latitude
const PAD = 12;
const MIN_LON = Math.min(...SERBIA_OUTLINE.map(([lon]) => lon));
const MAX_LAT = Math.max(...SERBIA_OUTLINE.map(([, lat]) => lat));
/** Degrees of longitude shrink with the cosine of the latitude: taken at the middle of the country. */
const LON_FACTOR = Math.cos((44 * Math.PI) / 180);

/** Equirectangular projection centred on Serbia: good to a fraction of a percent over a country this size. */
export function project(lon: number, lat: number): { x: number; y: number } {
  return { x: round(PAD + (lon - MIN_LON) * LON_FACTOR * SCALE), y: round(PAD + (MAX_LAT - lat) * SCALE) };
}

const WIDTH = round(Math.max(...SERBIA_OUTLINE.map(([lon, lat]) => project(lon, lat).x)) + PAD);
const HEIGHT = round(Math.max(...SERBIA_OUTLINE.map(([lon, lat]) => project(lon, lat).y)) + PAD);

/** Whether a point lies inside the outline (ray casting). */
export function insideSerbia(lon: number, lat: number): boolean {
  let inside = false;
  for (let i = 0, j = SERBIA_OUTLINE.length - 1; i < SERBIA_OUTLINE.length; j = i++) {
    const [xi, yi] = SERBIA_OUTLINE[i];
    const [xj, yj] = SERBIA_OUTLINE[j];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function townName(town: string, english: boolean): string {
  return (english && TOWNS[town]?.nameEn) || town;
}

/**
 * The map as inline SVG: the outline and a marker with its name for each town given (towns the map
 * does not know are left off it; the page lists every organization in text anyway). No script, no
 * style attribute: it passes a strict CSP, and the stylesheet colours it.
 */
export function serbiaMapSvg(towns: string[], { english, title, description }: { english: boolean; title: string; description: string }): string {
  const outline = SERBIA_OUTLINE.map(([lon, lat]) => {
    const { x, y } = project(lon, lat);
    return `${x},${y}`;
  }).join(' ');
  const markers = [...new Set(towns)]
    .filter((town) => TOWNS[town])
    .map((town) => {
      const { lat, lon, label } = TOWNS[town];
      const { x, y } = project(lon, lat);
      const text = escapeHtml(townName(town, english));
      const [tx, ty, anchor] = label === 'left' ? [x - 9, y + 4, 'end'] : label === 'above-left' ? [x + 6, y - 10, 'end'] : [x + 9, y + 4, 'start'];
      return `<g class="town"><circle cx="${x}" cy="${y}" r="5"/><text x="${round(tx)}" y="${round(ty)}" text-anchor="${anchor}">${text}</text></g>`;
    });
  return [
    `<svg class="map" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="map-title map-desc" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="map-title">${escapeHtml(title)}</title>`,
    `<desc id="map-desc">${escapeHtml(description)}</desc>`,
    `<polygon class="country" points="${outline}"/>`,
    ...markers,
    '</svg>',
  ].join('\n');
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
