/**
 * Synthetic data for the benchmark's scale mode (`npm run bench -- --scale`): what the app would
 * load if it showed every DeSO of Sweden (6,000 areas) and a register of 10,000 initiatives.
 *
 * Everything comes from a seeded PRNG (scripts/lib/prng.ts), so every run and every machine gets
 * byte-identical files. The files have the same schema as the real ones and pass the app's own
 * validation and cross-file checks (tested in synthetic.test.ts):
 *  - geo/omraden.geojson: `areas` polygons tiling the Malmö bbox (lon 12.85–13.2, lat 55.5–55.65)
 *    on a jittered grid; neighbours share their (wiggly) edges exactly, like real boundaries.
 *  - geo/delomraden.geojson: the 136 real delområden, each pointed at the synthetic area that
 *    contains its inner point (the app cross-checks delområden against areas).
 *  - data/index-values.json: every (indicator, year) the real file has, for every area, plus the
 *    real city row 'malmo'; numerator/denominator/value consistent as the schema demands.
 *  - data/insatser.json: `initiatives` records copied from the real register and varied: new
 *    ids and names, area-bound ones moved to random synthetic areas.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { area as geodesicArea } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { mulberry32, normal } from '../lib/prng.ts';
import { innerPoint } from '../../src/features/areas/geometry.ts';

export const BBOX = { west: 12.85, east: 13.2, south: 55.5, north: 55.65 } as const;
export const DEFAULT_SCALE = { areas: 6000, initiatives: 10_000, seed: 20240601 } as const;
/** Points inserted along each cell edge (so a polygon has 4 × (k + 1) + 1 positions). */
const EDGE_POINTS = 6;

export interface ScaleOptions {
  areas: number;
  initiatives: number;
  seed: number;
}

export interface SyntheticFiles {
  'geo/omraden.geojson': unknown;
  'geo/delomraden.geojson': unknown;
  'data/index-values.json': unknown;
  'data/insatser.json': unknown;
}
export const SYNTHETIC_PATHS = ['geo/omraden.geojson', 'geo/delomraden.geojson', 'data/index-values.json', 'data/insatser.json'] as const;

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** Grid shape close to the bbox's aspect ratio in metres (cos(lat) shortens longitude). */
export function gridShape(n: number): { cols: number; rows: number } {
  const widthKm = (BBOX.east - BBOX.west) * 111.32 * Math.cos((((BBOX.south + BBOX.north) / 2) * Math.PI) / 180);
  const heightKm = (BBOX.north - BBOX.south) * 110.57;
  const rows = Math.max(1, Math.round(Math.sqrt((n * heightKm) / widthKm)));
  const cols = Math.ceil(n / rows);
  return { cols, rows };
}

/** A deterministic value per integer key (so both cells sharing an edge compute the same wiggle). */
function hashRandom(seed: number, ...keys: number[]): () => number {
  let h = seed >>> 0;
  for (const k of keys) h = Math.imul(h ^ (k + 0x9e3779b9), 0x85ebca6b) >>> 0;
  return mulberry32(h);
}

/**
 * Polygons tiling the bbox: a grid whose corners are jittered and whose edges wiggle. Only the
 * first `n` cells (row by row) are kept, so n need not be a product of two integers.
 */
export function syntheticAreaGeometries(n: number, seed: number): { coordinates: Position[][]; col: number; row: number }[] {
  const { cols, rows } = gridShape(n);
  const dx = (BBOX.east - BBOX.west) / cols;
  const dy = (BBOX.north - BBOX.south) / rows;
  const corner = (c: number, r: number): Position => {
    // The bbox's own border stays straight, so the tiling fills it exactly.
    const rand = hashRandom(seed, 1, c, r);
    const jx = c === 0 || c === cols ? 0 : (rand() - 0.5) * 0.4 * dx;
    const jy = r === 0 || r === rows ? 0 : (rand() - 0.5) * 0.4 * dy;
    return [BBOX.west + c * dx + jx, BBOX.south + r * dy + jy];
  };
  /** Points strictly between two corners of an edge, wiggling sideways; id = (kind, c, r). */
  const edge = (a: Position, b: Position, kind: number, c: number, r: number, border: boolean): Position[] => {
    const rand = hashRandom(seed, 2 + kind, c, r);
    const pts: Position[] = [];
    const [ax, ay] = a as [number, number];
    const [bx, by] = b as [number, number];
    for (let i = 1; i <= EDGE_POINTS; i++) {
      const t = i / (EDGE_POINTS + 1);
      const wiggle = border ? 0 : (rand() - 0.5) * 0.12;
      // Horizontal edges (kind 0) wiggle in y, vertical ones (kind 1) in x.
      pts.push(kind === 0 ? [ax + (bx - ax) * t, ay + (by - ay) * t + wiggle * dy] : [ax + (bx - ax) * t + wiggle * dx, ay + (by - ay) * t]);
    }
    return pts;
  };
  const cells: { coordinates: Position[][]; col: number; row: number }[] = [];
  for (let row = 0; row < rows && cells.length < n; row++) {
    for (let col = 0; col < cols && cells.length < n; col++) {
      const sw = corner(col, row);
      const se = corner(col + 1, row);
      const ne = corner(col + 1, row + 1);
      const nw = corner(col, row + 1);
      // Counter-clockwise (RFC 7946): south edge west→east, east edge south→north, and back.
      const south = edge(sw, se, 0, col, row, row === 0);
      const east = edge(se, ne, 1, col + 1, row, col + 1 === cols);
      const north = edge(nw, ne, 0, col, row + 1, row + 1 === rows).reverse();
      const west = edge(sw, nw, 1, col, row, col === 0).reverse();
      const ring = [sw, ...south, se, ...east, ne, ...north, nw, ...west, sw].map((p) => [round6(p[0]!), round6(p[1]!)]);
      cells.push({ coordinates: [ring], col, row });
    }
  }
  return cells;
}

interface RealFiles {
  subareas: FeatureCollection<Polygon | MultiPolygon>;
  indexValues: { meta: Record<string, unknown>; values: Record<string, unknown>[] };
  register: { meta: Record<string, unknown>; initiatives: RealInitiative[] };
}

interface RealInitiative {
  id: string;
  name: string;
  aliases: string[];
  status: string;
  geography: { scope: string; areas: string[]; subareas: string[]; places: { name: string; subarea?: string | null; area?: string | null }[] };
  [key: string]: unknown;
}

export function readRealFiles(publicDir: string): RealFiles {
  const read = (p: string) => JSON.parse(readFileSync(join(publicDir, p), 'utf8'));
  return { subareas: read('geo/delomraden.geojson'), indexValues: read('data/index-values.json'), register: read('data/insatser.json') };
}

const slugOf = (i: number) => `deso-${String(i).padStart(4, '0')}`;

export function generateSynthetic(options: ScaleOptions, real: RealFiles): SyntheticFiles {
  const { seed } = options;
  const rand = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

  // Areas.
  const { cols, rows } = gridShape(options.areas);
  const cells = syntheticAreaGeometries(options.areas, seed);
  const dx = (BBOX.east - BBOX.west) / cols;
  const dy = (BBOX.north - BBOX.south) / rows;
  const cellAt = (lon: number, lat: number) => {
    const col = Math.min(cols - 1, Math.max(0, Math.floor((lon - BBOX.west) / dx)));
    const row = Math.min(rows - 1, Math.max(0, Math.floor((lat - BBOX.south) / dy)));
    return Math.min(cells.length - 1, row * cols + col);
  };

  // The real delområden, each assigned to the synthetic area under its inner point.
  const subareaArea = new Map<string, string>();
  const subareasByCell = new Map<number, string[]>();
  const subareaFeatures = real.subareas.features.map((f) => {
    const [lon, lat] = innerPoint(f as Feature<Polygon | MultiPolygon>);
    const cell = cellAt(lon, lat);
    const slug = String(f.properties!.slug);
    subareaArea.set(slug, slugOf(cell + 1));
    subareasByCell.set(cell, [...(subareasByCell.get(cell) ?? []), slug]);
    return { ...f, properties: { ...f.properties, areaSlug: slugOf(cell + 1) } };
  });

  const areaFeatures = cells.map((cell, i) => {
    const id = i + 1;
    const geometry: Polygon = { type: 'Polygon', coordinates: cell.coordinates };
    const code = `1280C${String(id).padStart(4, '0')}`;
    return {
      type: 'Feature' as const,
      id,
      geometry,
      properties: {
        slug: slugOf(id),
        code,
        name: `Område ${id}`,
        officialName: `Syntetiskt DeSO ${code} (rad ${cell.row + 1}, kolumn ${cell.col + 1})`,
        areaKm2: Math.max(0.01, Math.round(geodesicArea({ type: 'Feature', geometry, properties: {} }) / 10_000) / 100),
        subareas: (subareasByCell.get(i) ?? []).sort(),
      },
    };
  });
  const areaSlugs = areaFeatures.map((f) => f.properties.slug);

  // Index values: the real file's (indicator, year, status) combinations, for every area; the
  // city row is the real one, so "Malmö = 100" means what it means in the app.
  const cityArea = 'malmo';
  const cityRows = real.indexValues.values.filter((v) => v.area === cityArea);
  const values: Record<string, unknown>[] = [...cityRows];
  for (const city of cityRows) {
    const cityValue = Number(city.value);
    for (const slug of areaSlugs) {
      const denominator = 200 + Math.floor(rand() * 2800);
      const share = Math.min(99, Math.max(1, cityValue + normal(rand) * 12));
      const numerator = Math.round((share / 100) * denominator);
      values.push({
        indicator: city.indicator,
        year: city.year,
        area: slug,
        numerator,
        denominator,
        value: Math.round((numerator / denominator) * 10_000) / 100,
        status: city.status,
      });
    }
  }

  // Initiatives: the real records in turn, with new ids/names and synthetic areas.
  const source = real.register.initiatives;
  const initiatives: RealInitiative[] = [];
  for (let n = 0; n < options.initiatives; n++) {
    const orig = source[n % source.length]!;
    const copy = structuredClone(orig);
    const round = Math.floor(n / source.length) + 1;
    copy.id = `${orig.id}-s${round}`;
    copy.name = `${orig.name} (${round})`;
    copy.aliases = orig.aliases.map((a) => `${a} ${round}`);
    const geo = copy.geography;
    if (geo.areas.length > 0) {
      // Keep the record's delområden (they are real) and name their synthetic areas, plus a few more.
      const own = geo.subareas.map((s) => subareaArea.get(s)).filter((s): s is string => Boolean(s));
      const extra = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(areaSlugs));
      geo.areas = [...new Set([...own, ...extra])];
    }
    geo.places = geo.places.map((p) => ({ ...p, ...(p.area ? { area: p.subarea ? (subareaArea.get(p.subarea) ?? pick(areaSlugs)) : pick(areaSlugs) } : {}) }));
    initiatives.push(copy);
  }

  const note = `SYNTETISKA DATA för prestandamätning (scripts/bench/synthetic.ts, frö ${seed}); inte verkliga`;
  return {
    'geo/omraden.geojson': {
      type: 'FeatureCollection',
      meta: { title: `${options.areas} syntetiska områden`, source: note, licence: 'CC0', attribution: 'Syntetiska data', updated: '2026-01-01' },
      features: areaFeatures,
    },
    'geo/delomraden.geojson': { ...real.subareas, features: subareaFeatures },
    'data/index-values.json': { meta: { ...real.indexValues.meta, source: note }, values },
    'data/insatser.json': { meta: real.register.meta, initiatives },
  };
}

/** Writes the files under `outDir` (same relative paths as in dist/); returns their byte sizes. */
export function writeSynthetic(outDir: string, files: SyntheticFiles): Record<string, number> {
  const sizes: Record<string, number> = {};
  for (const path of SYNTHETIC_PATHS) {
    const text = JSON.stringify(files[path]);
    mkdirSync(dirname(join(outDir, path)), { recursive: true });
    writeFileSync(join(outDir, path), text);
    sizes[path] = Buffer.byteLength(text);
  }
  return sizes;
}
