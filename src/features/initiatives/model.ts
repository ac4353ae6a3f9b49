/**
 * Pure functions over the initiative register: cross-file checks, staleness and the
 * area × organisation / area × dimension matrices. Search is in ./search.ts, filters in ./filters.ts.
 */
import type { DataProblem } from '../../lib/data-error';
import { positionInFile } from '../../lib/parse-collection';
import { INITIATIVES_FILE, type Initiative, type RegisterMeta } from './api/initiatives';
import type { Organisation } from './api/organisations';
import { conflictProblems } from './conflicts';
import { countByArea, isAreaBound } from './filters';
import type { Labeller } from './labels';

/** Matrix of area-bound counts: rows = areas, columns = the values `columnsOf` gives a record. */
export function matrix(items: Initiative[], areaSlugs: string[], columnsOf: (item: Initiative) => string[]): Record<string, Record<string, number>> {
  const m: Record<string, Record<string, number>> = Object.fromEntries(areaSlugs.map((a) => [a, {}]));
  for (const item of items) {
    if (!isAreaBound(item)) continue;
    for (const a of item.geography.areas) {
      const row = m[a];
      if (!row) continue;
      for (const c of new Set(columnsOf(item))) row[c] = (row[c] ?? 0) + 1;
    }
  }
  return m;
}

export interface MatrixArea {
  slug: string;
  name: string;
  title?: string;
}

/**
 * "Vem gör vad var" as shown and as exported: the areas by name, organisations (lead or partner)
 * by label, every dimension of the register (also those without any initiative: the gaps are the
 * point), and the area-bound counts behind "behov mot insatser".
 */
export function whoWhatWhere<A extends MatrixArea>(items: Initiative[], areas: A[], dimensions: string[], labels: Labeller) {
  const sorted = [...areas].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const slugs = sorted.map((a) => a.slug);
  const byOrg = matrix(items, slugs, (i) => [...i.lead, ...i.partners]);
  const orgRows = [...new Set(Object.values(byOrg).flatMap((row) => Object.keys(row)))].sort((a, b) => labels.organisation(a).localeCompare(labels.organisation(b), 'sv'));
  const byDim = matrix(items, slugs, (i) => i.dimensions);
  const counts = countByArea(items, slugs);
  return { areas: sorted, byOrg, orgRows, byDim, dimRows: dimensions, counts, medianCount: median(Object.values(counts)) };
}

export function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** References the schema cannot see: organisations, areas, delområden, controlled lists, ids. */
export function crossCheckRegister(
  items: Initiative[],
  meta: RegisterMeta,
  organisations: Organisation[],
  areaSlugs: string[],
  /** null while the delområden are not loaded (or failed, which is reported on its own): not checked. */
  subareaSlugs: string[] | null,
): DataProblem[] {
  const problems: DataProblem[] = [];
  const orgs = new Set(organisations.map((o) => o.id));
  const areas = new Set(areaSlugs);
  const subareas = subareaSlugs === null ? null : new Set(subareaSlugs);
  const lists = {
    themes: new Set(meta.themes.map((x) => x.id)),
    targetGroups: new Set(meta.targetGroups.map((x) => x.id)),
    dimensions: new Set(meta.dimensions.map((x) => x.id)),
  };
  const files = new Set(meta.documents.map((d) => d.file));
  const seen = new Set<string>();
  items.forEach((item, i) => {
    // Numbered by position in the file when known: invalid records before it were left out of `items`.
    const record = `post ${(positionInFile(item) ?? i) + 1} (id "${item.id}")`;
    const add = (field: string, message: string) => problems.push({ file: INITIATIVES_FILE, record, field, message });
    if (seen.has(item.id)) add('id', `Id "${item.id}" finns redan.`);
    seen.add(item.id);
    (['lead', 'partners', 'commissionedBy'] as const).forEach((field) =>
      (item[field] ?? []).forEach((id, j) => {
        if (!orgs.has(id)) add(`${field}[${j}]`, `Organisationen "${id}" finns inte i data/organisationer.json eller har fel där.`);
      }),
    );
    (['themes', 'targetGroups', 'dimensions'] as const).forEach((field) =>
      item[field].forEach((id, j) => {
        if (!lists[field].has(id)) add(`${field}[${j}]`, `"${id}" finns inte i listan meta.${field}.`);
      }),
    );
    item.geography.areas.forEach((a, j) => {
      if (!areas.has(a)) add(`geography.areas[${j}]`, `Området "${a}" finns inte i geo/omraden.geojson eller har fel där.`);
    });
    item.geography.subareas.forEach((s, j) => {
      if (subareas && !subareas.has(s)) add(`geography.subareas[${j}]`, `Delområdet "${s}" finns inte i geo/delomraden.geojson eller har fel där.`);
    });
    if (item.geography.scope === 'omraden' && item.geography.areas.length === 0) add('geography.areas', 'Omfattningen är "omraden" men inget område anges.');
    // "hela-staden" may still name areas where it has sites; "ej-angivet" by definition names none.
    if (item.geography.scope === 'ej-angivet' && item.geography.areas.length > 0) add('geography.scope', 'Omfattningen är "ej-angivet" men områden anges.');
    item.sources.forEach((s, j) => {
      if (!files.has(s.file)) add(`sources[${j}].file`, `Dokumentet "${s.file}" finns inte i meta.documents.`);
    });
    item.focus?.sources.forEach((s, j) => {
      if (!files.has(s.file)) add(`focus.sources[${j}].file`, `Dokumentet "${s.file}" finns inte i meta.documents.`);
    });
    for (const p of conflictProblems(item)) add(p.field, p.message);
  });
  return problems;
}

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: Date) => (to.getTime() - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;

/** The date a record's information is from: when it was last confirmed, else its newest source. */
export function recordDate(item: Initiative): string {
  if (item.lastVerified) return item.lastVerified;
  return item.sources.reduce((newest, s) => (s.documentDate > newest ? s.documentDate : newest), item.sources[0]?.documentDate ?? '');
}

/** How current the register is: said once, at the top of a list. */
export interface RegisterFreshness {
  /** The newest record date in the register (YYYY-MM-DD), or null for an empty register. */
  date: string | null;
  staleAfterDays: number;
  /** The register's newest information is older than staleAfterDays today. */
  stale: boolean;
}

export function registerFreshness(items: Initiative[], staleAfterDays: number, today: Date): RegisterFreshness {
  const date = items.reduce<string | null>((newest, item) => {
    const d = recordDate(item);
    return d && (newest === null || d > newest) ? d : newest;
  }, null);
  return { date, staleAfterDays, stale: date !== null && daysBetween(date, today) > staleAfterDays };
}

/**
 * A record flagged on its own row: its information is older than the register's newest by more
 * than staleAfterDays. When every record is as old as the rest (one round of documents), none is
 * flagged; the register's own age is said once, by its freshness line.
 */
export function isOlderThanRest(item: Initiative, freshness: RegisterFreshness): boolean {
  if (freshness.date === null) return false;
  return daysBetween(recordDate(item), new Date(`${freshness.date}T00:00:00Z`)) > freshness.staleAfterDays;
}
