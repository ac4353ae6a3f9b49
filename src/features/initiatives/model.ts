/**
 * Pure functions over the initiative register: cross-file checks, search, faceted filters,
 * per-area grouping and the area × organisation / area × dimension matrices.
 */
import type { DataProblem } from '../../lib/data-error';
import { positionInFile } from '../../lib/parse-collection';
import { INITIATIVES_FILE, type Initiative, type RegisterMeta } from './api/initiatives';
import type { Organisation } from './api/organisations';

// Combining marks, which NFD splits off the letters they sit on ("ö" = "o" + U+0308). Swedish has
// no locale-specific case mappings, so toLowerCase() equals toLocaleLowerCase('sv'), and is faster.
const COMBINING_MARKS = /\p{M}/gu;

/** Lower case without diacritics, so "orat" finds "Örat mot marken" and "malmo" finds "Malmö". */
export function normaliseText(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '').replace(/\s+/g, ' ').trim();
}

// Runs of anything but letters and digits: word separators, for the query and the records alike.
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * Every query word must start a word of the name, aliases or description: "orat" finds "Örat mot
 * marken" but not "koordinator", and "trygg" finds "Tryggare Malmö".
 */
// Normalised once per record, as " word word …": a query word starts a record word exactly when
// " " + word occurs in it, and one string per record costs far less memory than a word array.
const haystacks = new WeakMap<Initiative, string>();
let lastQuery = '';
let lastNeedles: string[] = [];
export function matchesSearch(item: Initiative, query: string): boolean {
  if (query !== lastQuery) {
    lastQuery = query;
    lastNeedles = normaliseText(query)
      .split(NON_WORD)
      .filter(Boolean)
      .map((w) => ` ${w}`);
  }
  const needles = lastNeedles;
  if (needles.length === 0) return true;
  const haystack = haystackOf(item);
  return needles.every((n) => haystack.includes(n));
}

function haystackOf(item: Initiative): string {
  let haystack = haystacks.get(item);
  if (haystack === undefined) {
    haystack = ` ${normaliseText([item.name, ...item.aliases, item.description].join(' ')).replace(NON_WORD, ' ').trim()}`;
    haystacks.set(item, haystack);
  }
  return haystack;
}

const SLICE_MS = 8;

/**
 * Normalises the records' search text in idle time, a slice at a time, so that the first
 * keystroke does not pay for the whole register (a quarter of a second at 10,000 records).
 * Returns a function that stops it. Does nothing where the browser has no requestIdleCallback.
 */
export function prepareSearch(items: Initiative[]): () => void {
  if (typeof requestIdleCallback !== 'function') return () => undefined;
  let next = 0;
  let handle = 0;
  const step = (deadline: IdleDeadline) => {
    // At most SLICE_MS at a time, not all the idle period offers (up to 50 ms): a click that comes
    // in the middle of a slice waits for it.
    const until = performance.now() + SLICE_MS;
    while (next < items.length && deadline.timeRemaining() > 1 && performance.now() < until) haystackOf(items[next++]!);
    if (next < items.length) handle = requestIdleCallback(step);
  };
  handle = requestIdleCallback(step);
  return () => cancelIdleCallback(handle);
}

export const FACETS = ['kind', 'organisation', 'dimension', 'theme', 'targetGroup', 'status'] as const;
export type Facet = (typeof FACETS)[number];

export type Filters = Record<Facet, string[]> & { search: string; area: string | null };

export const EMPTY_FILTERS: Filters = { kind: [], organisation: [], dimension: [], theme: [], targetGroup: [], status: [], search: '', area: null };

/** The values a record has for a facet; organisation counts lead and partners alike. */
export function facetValues(item: Initiative, facet: Facet): string[] {
  switch (facet) {
    case 'kind':
      return [item.kind];
    case 'organisation':
      return [...new Set([...item.lead, ...item.partners])];
    case 'dimension':
      return item.dimensions;
    case 'theme':
      return item.themes;
    case 'targetGroup':
      return item.targetGroups;
    case 'status':
      return [item.status];
  }
}

/** Values within a facet are alternatives (OR); facets, search and area narrow together (AND). */
export function matches(item: Initiative, filters: Filters, except?: Facet): boolean {
  for (const facet of FACETS) {
    if (facet === except) continue;
    const wanted = filters[facet];
    if (wanted.length && !facetValues(item, facet).some((v) => wanted.includes(v))) return false;
  }
  if (filters.area && !item.geography.areas.includes(filters.area)) return false;
  return matchesSearch(item, filters.search);
}

export function applyFilters(items: Initiative[], filters: Filters): Initiative[] {
  return items.filter((i) => matches(i, filters));
}

/**
 * How many records each value of a facet would show, given every other filter: the usual
 * faceted-search count, so choosing a value never promises a number it cannot deliver.
 */
export function facetCounts(items: Initiative[], filters: Filters, facet: Facet): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    if (!matches(item, filters, facet)) continue;
    for (const v of facetValues(item, facet)) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
}

/**
 * facetCounts for every facet in one pass: a record that fails exactly one facet counts for that
 * facet only, one that fails none counts for all, one that fails two or more for none. (Six passes
 * over a register of thousands on every keystroke was the search's cost at scale.)
 */
export function allFacetCounts(items: Initiative[], filters: Filters): Record<Facet, Map<string, number>> {
  const counts = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as Record<Facet, Map<string, number>>;
  const active = FACETS.filter((f) => filters[f].length > 0);
  const add = (item: Initiative, facet: Facet) => {
    const m = counts[facet];
    for (const v of facetValues(item, facet)) m.set(v, (m.get(v) ?? 0) + 1);
  };
  for (const item of items) {
    if (filters.area && !item.geography.areas.includes(filters.area)) continue;
    if (!matchesSearch(item, filters.search)) continue;
    let failed: Facet | null = null;
    let failures = 0;
    for (const facet of active) {
      const wanted = filters[facet];
      if (facetValues(item, facet).some((v) => wanted.includes(v))) continue;
      failed = facet;
      if (++failures > 1) break;
    }
    if (failures === 1) add(item, failed!);
    else if (failures === 0) for (const facet of FACETS) add(item, facet);
  }
  return counts;
}

/**
 * Present in named areas: place-bound records, and city-wide ones with named local sites (a
 * kontaktcenter on Rosengård) — both are work going on in that area.
 */
export function isAreaBound(item: Initiative): boolean {
  return item.geography.areas.length > 0;
}

export function isCityWide(item: Initiative): boolean {
  return item.geography.scope === 'hela-staden';
}

/** Area-bound records per area slug (a record naming two areas counts in both). */
export function countByArea(items: Initiative[], areaSlugs: string[]): Record<string, number> {
  const counts = Object.fromEntries(areaSlugs.map((a) => [a, 0]));
  for (const item of items) if (isAreaBound(item)) for (const a of item.geography.areas) if (a in counts) counts[a]! += 1;
  return counts;
}

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
  });
  return problems;
}

const DAY_MS = 86_400_000;

/**
 * A record not confirmed for longer than the register's limit may describe work that has ended.
 * No date at all counts as stale: nobody has confirmed it.
 */
export function isStale(item: Initiative, staleAfterDays: number, today: Date): boolean {
  if (!item.lastVerified) return true;
  const verified = Date.parse(`${item.lastVerified}T00:00:00Z`);
  return (today.getTime() - verified) / DAY_MS > staleAfterDays;
}
