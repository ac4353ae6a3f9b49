import { z } from 'zod';

/** The message for a text over its limit; the limit keeps a runaway value (a megabyte pasted by mistake) out of the page. */
export const tooLong = (max: number) => `För lång text (max ${max} tecken)`;

/** Longest accepted texts, by kind of field. Far above what the real files use (see the tests). */
export const MAX_LENGTH = {
  slug: 100,
  code: 20,
  /** Diarienummer and other case references. */
  reference: 50,
  name: 200,
  label: 200,
  title: 300,
  /** Section headings, places, funding notes and other short prose. */
  note: 500,
  source: 1000,
  description: 1500,
} as const;

/** A non-empty text of at most `max` characters. */
export const text = (max: number) => z.string().min(1, 'Får inte vara tom').max(max, tooLong(max));

/** A text of at most `max` characters that may be empty. */
export const optionalText = (max: number) => z.string().max(max, tooLong(max));

export const slug = z
  .string()
  .max(MAX_LENGTH.slug, tooLong(MAX_LENGTH.slug))
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Ogiltig slug: bara a–z, 0–9 och bindestreck');

/** Every data file carries where it comes from, under which licence, and when it was updated. */
export const fileMeta = z.object({
  title: text(MAX_LENGTH.title),
  source: text(MAX_LENGTH.source),
  licence: text(MAX_LENGTH.title),
  attribution: text(MAX_LENGTH.title),
  updated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Datum ska skrivas ÅÅÅÅ-MM-DD'),
});
export type FileMeta = z.infer<typeof fileMeta>;

// ---------------------------------------------------------------------------------------------
// Geometry

/**
 * Where coordinates may lie: WGS84 longitude/latitude around Malmö, with room for the background
 * map (Öresund, Lund, Copenhagen's coast). Anything else is a mistake, most often a file exported
 * in SWEREF99 TM (metres, e.g. 118000, 6163000) or with longitude and latitude swapped.
 */
export const WGS84_WINDOW = { minLon: 12, maxLon: 14.5, minLat: 55, maxLat: 56.5 } as const;

type Position = number[];
export interface GeometryIssue {
  /** Path inside the geometry's coordinates, e.g. [0, 3] for ring 0, position 3 of a Polygon. */
  path: number[];
  message: string;
}

const inWindow = (lon: number, lat: number) =>
  lon >= WGS84_WINDOW.minLon && lon <= WGS84_WINDOW.maxLon && lat >= WGS84_WINDOW.minLat && lat <= WGS84_WINDOW.maxLat;

function coordinateMessage(lon: number, lat: number, bad: number, total: number): string {
  const at = `Koordinaten [${lon}, ${lat}]`;
  const count = bad > 1 ? ` (${bad} av ${total} koordinater i ringen)` : '';
  if (Math.abs(lon) > 180 || Math.abs(lat) > 90)
    return `${at} är inte longitud/latitud – koordinater i SWEREF99 eller annat referenssystem? Förväntade WGS84 (lon/lat)${count}.`;
  if (inWindow(lat, lon)) return `${at} ligger utanför Malmö – är longitud och latitud omkastade? Förväntade [lon, lat]${count}.`;
  return `${at} ligger utanför Malmöområdet (longitud 12–14,5, latitud 55–56,5)${count}.`;
}

const orient = (a: Position, b: Position, c: Position) => (b[0]! - a[0]!) * (c[1]! - a[1]!) - (b[1]! - a[1]!) * (c[0]! - a[0]!);

/**
 * The first pair of edges of a closed ring that properly cross (each passes through the inside of
 * the other), or null.
 *
 * Not turf's `kinks`. Measured in node 20 on the shipped files (several runs, two-core machine),
 * kinks took 40–80 ms for omraden.geojson (14 polygons, rings up to 1 368 positions), 45–70 ms for
 * delomraden.geojson (136 polygons) and 37–80 ms for bakgrund.geojson: 120–230 ms together, far
 * over a 50 ms budget, and omraden alone is already at or over it. It also reports edges that only
 * touch or overlap: the real Limhamns hamnområde, Ribersborg and delområde 23108 have a harmless
 * spike one micro-degree long that kinks counts, and that MapLibre draws without trouble. This is a sweep over edges sorted by their west end: each edge is compared
 * only with the edges whose x-range overlaps it, which for map polygons (short edges) is close to
 * O(n log n). On the same three files it takes about 4 ms (11 ms on a cold start). Edges that only
 * touch or run along each other are accepted; crossings between different rings (a hole crossing
 * its outer ring) are not looked for.
 */
export function firstSelfCrossing(ring: Position[]): { edges: [number, number]; at: [number, number] } | null {
  const n = ring.length - 1; // edges; the ring is closed, so ring[n] equals ring[0]
  if (n < 4) return null; // a triangle cannot cross itself
  const minX = new Float64Array(n);
  const maxX = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const x0 = ring[k]![0]!;
    const x1 = ring[k + 1]![0]!;
    minX[k] = Math.min(x0, x1);
    maxX[k] = Math.max(x0, x1);
  }
  const order = Array.from({ length: n }, (_, k) => k).sort((a, b) => minX[a]! - minX[b]!);
  for (let oi = 0; oi < n; oi++) {
    const i = order[oi]!;
    const a = ring[i]!;
    const b = ring[i + 1]!;
    const yLo = Math.min(a[1]!, b[1]!);
    const yHi = Math.max(a[1]!, b[1]!);
    for (let oj = oi + 1; oj < n; oj++) {
      const j = order[oj]!;
      if (minX[j]! > maxX[i]!) break;
      const d = Math.abs(i - j);
      if (d === 1 || d === n - 1) continue; // neighbours share a vertex
      const c = ring[j]!;
      const e = ring[j + 1]!;
      if (Math.max(c[1]!, e[1]!) < yLo || Math.min(c[1]!, e[1]!) > yHi) continue;
      const o1 = orient(a, b, c);
      const o2 = orient(a, b, e);
      const o3 = orient(c, e, a);
      const o4 = orient(c, e, b);
      if (o1 * o2 < 0 && o3 * o4 < 0) {
        const t = o3 / (o3 - o4);
        const at: [number, number] = [a[0]! + t * (b[0]! - a[0]!), a[1]! + t * (b[1]! - a[1]!)];
        return { edges: [Math.min(i, j), Math.max(i, j)], at };
      }
    }
  }
  return null;
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * What is wrong with the rings of a polygon: not closed, coordinates outside WGS84 around Malmö,
 * or edges that cross. At most one issue per ring, the most basic first.
 */
export function ringIssues(rings: Position[][], prefix: number[] = []): GeometryIssue[] {
  const issues: GeometryIssue[] = [];
  rings.forEach((ring, r) => {
    const first = ring[0]!;
    const last = ring[ring.length - 1]!;
    const outside = ring.map((p, k) => (inWindow(p[0]!, p[1]!) ? -1 : k)).filter((k) => k >= 0);
    if (outside.length) {
      const p = ring[outside[0]!]!;
      issues.push({ path: [...prefix, r, outside[0]!], message: coordinateMessage(p[0]!, p[1]!, outside.length, ring.length) });
    } else if (first[0] !== last[0] || first[1] !== last[1]) {
      issues.push({
        path: [...prefix, r],
        message: `Polygonringen är inte sluten: första koordinaten [${first.join(', ')}] och sista [${last.join(', ')}] ska vara samma.`,
      });
    } else {
      const crossing = firstSelfCrossing(ring);
      if (crossing) {
        const [i, j] = crossing.edges;
        issues.push({
          path: [...prefix, r],
          message: `Polygonen korsar sig själv: kanten mellan koordinat ${i} och ${i + 1} korsar kanten mellan ${j} och ${j + 1} vid [${round6(crossing.at[0])}, ${round6(crossing.at[1])}].`,
        });
      }
    }
  });
  return issues;
}

const position = z.array(z.number()).min(2, 'En koordinat behöver longitud och latitud').max(3, 'En koordinat har högst tre tal');
const ring = z.array(position).min(4, 'En polygonring behöver minst fyra koordinater');
export const polygonGeometry = z
  .discriminatedUnion(
    'type',
    [
      z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1, 'Polygonen har ingen ring') }),
      z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1, 'Polygonen har ingen ring')).min(1, 'Multipolygonen har ingen polygon') }),
    ],
    { error: (issue) => (issue.code === 'invalid_union' ? 'Geometrin ska ha type "Polygon" eller "MultiPolygon"' : undefined) },
  )
  .superRefine((geometry, ctx) => {
    const issues =
      geometry.type === 'Polygon' ? ringIssues(geometry.coordinates) : geometry.coordinates.flatMap((polygon, p) => ringIssues(polygon, [p]));
    for (const issue of issues) ctx.addIssue({ code: 'custom', path: ['coordinates', ...issue.path], message: issue.message });
  });
