/**
 * 2022 Riksdag election turnout per GeSO area, by joining Valmyndigheten's per-valdistrikt results to
 * the areas through the district polygons (see data/sources/SOURCES.md). Pure functions: the caller
 * reads the files and decides what to do with the problems and leftovers reported here.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Feature, Position } from 'geojson';
import { area, booleanPointInPolygon, featureCollection, intersect, point as turfPoint } from '@turf/turf';
import polylabel from 'polylabel';

/**
 * Valmyndigheten's pseudo-district for early votes it could not attribute to a valdistrikt. They are
 * real votes of Malmö residents, so they belong in the city total; but they have no place, so no
 * area may claim them.
 */
export const EARLY_VOTES_CODE = '12809800';

export interface ElectionRow {
  code: string;
  name: string;
  eligible: number;
  voted: number;
}

export interface Counts {
  eligible: number;
  voted: number;
}

export interface DistrictRef {
  code: string;
  name: string;
}

export interface AreaTurnout extends Counts {
  slug: string;
  /** Codes of the districts whose 2022 result was added to this area, in geometry order. */
  districts: string[];
}

export interface TurnoutResult {
  /** Every area of the input, in input order, including areas that received no district. */
  areas: AreaTurnout[];
  city: Counts;
  /**
   * Districts whose representative point lies in no area. The counts are the district's 2022 result
   * (0 when it has none, in which case it is also in `withoutResult`); they are kept here so that
   * Σ areas + Σ unplaced + earlyVotes + Σ resultWithoutGeometry = city always holds.
   */
  unplaced: (DistrictRef & Counts)[];
  /** 2026 districts with no 2022 row (districts created after the election). */
  withoutResult: DistrictRef[];
  /** 2022 rows, other than the early votes, whose code has no 2026 polygon. */
  resultWithoutGeometry: (DistrictRef & Counts)[];
  earlyVotes: Counts;
}

export type DistrictCollection = FeatureCollection<Polygon | MultiPolygon, { kod: string; namn: string }>;
export type AreaCollection = FeatureCollection<Polygon | MultiPolygon, { slug: string }>;

export interface CsvRecord {
  /** 1-based line of the file where the record starts (the header is line 1). */
  line: number;
  cells: string[];
}

/**
 * RFC 4180 CSV: fields may be quoted, and a quoted field may hold commas, doubled quotes and line
 * breaks. District names do contain commas ("Limhamn, Ön"), so splitting on commas is not enough.
 * Blank lines are skipped. `unterminatedQuoteLine` is the line of a quote that is never closed.
 */
export function parseCsv(text: string): { records: CsvRecord[]; unterminatedQuoteLine: number | null } {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let inQuotes = false;
  let quoteLine = 0;
  let line = 1;
  let recordLine = 1;

  const endRecord = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0]?.trim() !== '') records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
  };

  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (inQuotes) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"') {
      inQuotes = true;
      quoteLine = line;
    } else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else cell += ch;
  }
  if (cell !== '' || cells.length > 0) endRecord();
  return { records, unterminatedQuoteLine: inQuotes ? quoteLine : null };
}

const COLUMNS = {
  code: 'VALDISTRIKTSKOD',
  name: 'VALDISTRIKTSNAMN',
  eligible: 'ANTAL RÖSTBERÄTTIGADE',
  voted: 'ANTAL RÖSTANDE',
} as const;

const COUNT_LABELS = { eligible: 'antal röstberättigade', voted: 'antal röstande' } as const;

/**
 * Reads Valmyndigheten's per-district result table. Columns are found by header name, not position,
 * because the source has an unnamed filler column and party columns that may move between elections.
 * A row with a bad count is left out and reported rather than read as 0: a silent 0 would lower the
 * turnout of the area it lands in.
 */
export function parseElectionCsv(text: string): { rows: ElectionRow[]; problems: string[] } {
  const { records, unterminatedQuoteLine } = parseCsv(text);
  const problems: string[] = [];
  if (unterminatedQuoteLine !== null) problems.push(`rad ${unterminatedQuoteLine}: citattecken som aldrig avslutas`);

  const [header, ...body] = records;
  if (!header) return { rows: [], problems: [...problems, 'filen är tom'] };

  // Compare in NFC so a header saved with decomposed Ö/Ä still matches.
  const names = header.cells.map((c) => c.trim().normalize('NFC'));
  const index = {} as Record<keyof typeof COLUMNS, number>;
  let missingColumn = false;
  for (const key of Object.keys(COLUMNS) as (keyof typeof COLUMNS)[]) {
    index[key] = names.indexOf(COLUMNS[key]);
    if (index[key] < 0) {
      problems.push(`rad ${header.line}: kolumnen "${COLUMNS[key]}" saknas i rubrikraden`);
      missingColumn = true;
    }
  }
  if (missingColumn) return { rows: [], problems };

  const rows: ElectionRow[] = [];
  const firstLineOfCode = new Map<string, number>();
  for (const { line, cells } of body) {
    const cell = (key: keyof typeof COLUMNS) => cells[index[key]]?.trim();
    const code = cell('code');
    const name = cell('name');
    const rawEligible = cell('eligible');
    const rawVoted = cell('voted');
    if (code === undefined || name === undefined || rawEligible === undefined || rawVoted === undefined) {
      problems.push(`rad ${line}: för få kolumner (${cells.length} av ${header.cells.length})`);
      continue;
    }
    if (code === '') {
      problems.push(`rad ${line}: valdistriktskod saknas`);
      continue;
    }
    let bad = false;
    for (const [key, raw] of [['eligible', rawEligible], ['voted', rawVoted]] as const) {
      if (!/^\d+$/.test(raw)) {
        problems.push(`rad ${line}: ${COUNT_LABELS[key]} "${raw}" är inte ett heltal (valdistrikt ${code})`);
        bad = true;
      }
    }
    if (bad) continue;
    // The early-vote pseudo-district may legitimately repeat (the 2022 file has two such rows, both
    // summed); any other repeated code would be counted twice in its area.
    const seen = firstLineOfCode.get(code);
    if (seen !== undefined && code !== EARLY_VOTES_CODE) {
      problems.push(`rad ${line}: valdistrikt ${code} finns redan på rad ${seen}; raden används inte`);
      continue;
    }
    if (seen === undefined) firstLineOfCode.set(code, line);
    rows.push({ code, name, eligible: Number(rawEligible), voted: Number(rawVoted) });
  }
  return { rows, problems };
}

/**
 * Adds each district's 2022 result to the area that contains a representative point of its 2026
 * polygon. A point rather than an area-weighted split because the vote counts cannot be divided
 * without knowing where the voters live; a district straddling two areas goes wholly to one.
 * Only 2026 geometry is available, so a 2022 result is placed by its code; where a district was
 * split after 2022, the whole 2022 result follows the polygon that kept the code.
 */
export function joinTurnout(
  districts: DistrictCollection,
  rows: ElectionRow[],
  areas: AreaCollection,
  land?: Feature<Polygon | MultiPolygon>,
): TurnoutResult {
  const city: Counts = { eligible: 0, voted: 0 };
  const earlyVotes: Counts = { eligible: 0, voted: 0 };
  const resultByCode = new Map<string, ElectionRow>();
  for (const row of rows) {
    // Every row counts in the city total, also those that cannot be placed: the city figure is the
    // official one and must not shrink because of gaps in our geometry.
    city.eligible += row.eligible;
    city.voted += row.voted;
    if (row.code === EARLY_VOTES_CODE) {
      earlyVotes.eligible += row.eligible;
      earlyVotes.voted += row.voted;
      continue;
    }
    const prev = resultByCode.get(row.code);
    resultByCode.set(
      row.code,
      prev ? { ...prev, eligible: prev.eligible + row.eligible, voted: prev.voted + row.voted } : row,
    );
  }

  const result: TurnoutResult = {
    areas: areas.features.map((f) => ({ slug: f.properties.slug, eligible: 0, voted: 0, districts: [] })),
    city,
    unplaced: [],
    withoutResult: [],
    resultWithoutGeometry: [],
    earlyVotes,
  };

  const codesWithGeometry = new Set<string>();
  for (const district of districts.features) {
    // Codes are digit strings, but a GeoJSON writer may have turned them into numbers.
    const code = String(district.properties.kod).trim();
    const ref: DistrictRef = { code, name: district.properties.namn };
    if (codesWithGeometry.has(code)) {
      throw new Error(`valdistrikt ${code} förekommer flera gånger i geometrin; slå ihop delarna till en MultiPolygon`);
    }
    codesWithGeometry.add(code);

    const row = resultByCode.get(code);
    if (!row) result.withoutResult.push(ref);

    const point = representativePoint(district, land);
    // Areas do not overlap, so the first hit is the only one except for a point exactly on a shared
    // border, where taking the first in input order keeps the outcome deterministic.
    const index = point ? areas.features.findIndex((a) => booleanPointInPolygon(point, a)) : -1;
    const target = point ? result.areas[index] : undefined;
    if (!target) {
      result.unplaced.push({ ...ref, eligible: row?.eligible ?? 0, voted: row?.voted ?? 0 });
      continue;
    }
    if (!row) continue;
    target.eligible += row.eligible;
    target.voted += row.voted;
    target.districts.push(code);
  }

  for (const row of resultByCode.values()) {
    if (!codesWithGeometry.has(row.code)) {
      result.resultWithoutGeometry.push({ code: row.code, name: row.name, eligible: row.eligible, voted: row.voted });
    }
  }
  return result;
}

/**
 * A point well inside the district's land part. Coastal districts reach far into Öresund while the
 * areas cover land only, so a point of the whole polygon can fall in the sea; and a centroid can
 * sit on the border between two areas. The pole of inaccessibility (polylabel) of the largest
 * land piece is as far from every edge as possible, so it lands in the area holding most of it.
 * Returns null when the district has no land inside Malmö.
 */
export function representativePoint(district: Feature<Polygon | MultiPolygon>, land?: Feature<Polygon | MultiPolygon>) {
  const clipped = land ? intersect(featureCollection([district, land])) : district;
  if (!clipped) return null;
  const polygons: Position[][][] = clipped.geometry.type === 'Polygon' ? [clipped.geometry.coordinates] : clipped.geometry.coordinates;
  const largest = polygons
    .map((coords) => ({ coords, size: area({ type: 'Polygon', coordinates: coords }) }))
    .sort((a, b) => b.size - a.size)[0];
  if (!largest) return null;
  // Precision relative to the polygon's size: a thousandth of its extent is far finer than any
  // area border question and keeps the search short.
  const xs = largest.coords[0]!.map((p) => p[0]!);
  const ys = largest.coords[0]!.map((p) => p[1]!);
  const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  const [x, y] = polylabel(largest.coords as [number, number][][], extent / 1000);
  return turfPoint([x as number, y as number]);
}

/**
 * Turnout in percent, rounded to two decimals (finer than anything the app shows, and keeps
 * generated JSON stable). null when nobody was eligible: 0 % would read as "nobody voted".
 */
export function turnoutShare(voted: number, eligible: number): number | null {
  if (!(eligible > 0)) return null;
  return Math.round((voted / eligible) * 10_000) / 100;
}
