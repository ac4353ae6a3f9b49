/**
 * The core of `npm run data:import`: indicator values from a spreadsheet in long format (one row
 * per area or delområde, indicator and year) into data/index-values.json. Pure: a table in,
 * values, problems and the new file contents out; reading and writing files is the CLI's job.
 *
 *   rows → check each cell → aggregate delområden to the 14 areas (Σ täljare / Σ nämnare) and the
 *   city → merge into the values file (replacing example values) → mark the indicator "verklig"
 *   in the definition when a whole year of it is real.
 *
 * The format is documented for editors in docs/data-guide.md.
 */
import type { AreaFeature } from '../areas/api/areas';
import type { SubareaFeature } from '../areas/api/subareas';
import type { IndexDefinition } from '../index/api/index-definition';
import { lookup, parseNumber, round2, sv } from './value-cells';
import { aboveHeaderWarning, columnLabel, type InputProblem, type Table, type TableRow } from './table';

export const VALUE_COLUMNS = ['omrade', 'delomrade', 'indikator', 'ar', 'taljare', 'namnare', 'varde'] as const;
/** Columns an editor may keep for their own use (names, notes); read past without a word. */
export const IGNORED_COLUMNS = ['namn', 'kommentar'] as const;

/** A value for one of the 14 areas or the city, ready to go into data/index-values.json. */
export interface ImportedValue {
  indicator: string;
  year: number;
  area: string;
  numerator?: number;
  denominator?: number;
  value: number;
  /** Where it came from: one area row, a sum of delområden, or a sum for the whole city. */
  origin: 'omrade' | 'delomraden' | 'stad-summa';
  /** The lines (rows) of the input it was made from. */
  lines: number[];
}

export interface ImportContext {
  definition: IndexDefinition;
  areas: AreaFeature[];
  subareas: SubareaFeature[];
}

export interface ImportResult {
  values: ImportedValue[];
  errors: InputProblem[];
  warnings: InputProblem[];
}

interface Row {
  line: number;
  indicator: string;
  year: number;
  level: 'omrade' | 'delomrade';
  /** Area slug (or the city id) for an area row; delområde code for a delområde row. */
  place: string;
  /** The area the row counts towards (for a delområde: the area it belongs to). */
  area: string;
  numerator?: number;
  denominator?: number;
  value?: number;
}

/** Reads, checks and aggregates the rows of a table. */
export function importTable(table: Table, ctx: ImportContext): ImportResult {
  const errors: InputProblem[] = [];
  const warnings: InputProblem[] = [];
  const { file } = table;
  const col = (name: string) => columnLabel(table, name);
  const def = ctx.definition;
  const city = def.cityAreaId;
  const indicators = new Map(def.dimensions.flatMap((d) => d.indicators).map((i) => [i.id, i]));

  // --- The header -----------------------------------------------------------------------------
  const above = aboveHeaderWarning(table);
  if (above) warnings.push(above);
  const has = (c: string) => table.columns.includes(c);
  const headerProblem = (column: string | undefined, message: string) => errors.push({ file, line: table.headerLine, ...(column ? { column } : {}), message });
  if (!has('omrade') && !has('delomrade')) headerProblem(undefined, 'Kolumnen "omrade" eller "delomrade" saknas i rubrikraden: varje rad måste säga vilket område eller delområde den gäller.');
  for (const c of ['indikator', 'ar'] as const) if (!has(c)) headerProblem(`kolumn "${c}"`, `Kolumnen "${c}" saknas i rubrikraden.`);
  if (!has('varde') && !(has('taljare') && has('namnare')))
    headerProblem(undefined, 'Kolumnerna "taljare" och "namnare" (antal) eller "varde" (andel i procent) saknas i rubrikraden.');
  else if (has('taljare') !== has('namnare')) headerProblem(`kolumn "${has('taljare') ? 'namnare' : 'taljare'}"`, 'Kolumnerna "taljare" och "namnare" hör ihop: ange båda eller ingen.');
  table.columns.forEach((c) => {
    if (c && !(VALUE_COLUMNS as readonly string[]).includes(c) && !(IGNORED_COLUMNS as readonly string[]).includes(c))
      warnings.push({ file, line: table.headerLine, column: col(c), message: `Okänd kolumn "${c}"; den läses inte.` });
  });
  if (table.columns.filter((c) => c).length !== new Set(table.columns.filter((c) => c)).size)
    headerProblem(undefined, 'Samma kolumnrubrik finns två gånger.');
  if (errors.length) return { values: [], errors, warnings };
  if (table.rows.length === 0) return { values: [], errors: [{ file, message: 'Filen har en rubrikrad men inga värden.' }], warnings };

  // --- Names and codes ------------------------------------------------------------------------
  const areaLookup = lookup<string>([
    ...ctx.areas.flatMap((a): [string, string][] => [
      [a.properties.slug, a.properties.slug],
      [a.properties.code, a.properties.slug],
      [a.properties.name, a.properties.slug],
      [a.properties.officialName, a.properties.slug],
    ]),
    [city, city],
    ['Malmö', city],
    ['Malmö stad', city],
    ['Hela staden', city],
  ]);
  const subLookup = lookup<SubareaFeature>(
    ctx.subareas.flatMap((s): [string, SubareaFeature][] => [
      [s.properties.code, s],
      [s.properties.slug, s],
      [s.properties.name, s],
    ]),
  );

  // --- Each row -------------------------------------------------------------------------------
  const rows: Row[] = [];
  const seen = new Map<string, number>();
  for (const r of table.rows) {
    const before = errors.length;
    const bad = (column: string, message: string) => errors.push({ file, line: r.line, column: col(column), message });
    const cell = (c: string) => r.cells[c] ?? '';
    const row = readRow(r, cell, bad);
    if (errors.length > before || !row) continue;
    const k = `${row.indicator}|${row.year}|${row.level}|${row.place}`;
    const first = seen.get(k);
    if (first !== undefined) {
      bad(row.level, `Samma ${row.level === 'omrade' ? 'område' : 'delområde'}, indikator och år finns redan på rad ${first}.`);
      continue;
    }
    seen.set(k, r.line);
    rows.push(row);
  }

  function readRow(r: TableRow, cell: (c: string) => string, bad: (column: string, message: string) => void): Row | undefined {
    const omrade = cell('omrade');
    const delomrade = cell('delomrade');
    let level: Row['level'] | undefined;
    let place = '';
    let area = '';
    if (omrade && delomrade) bad('delomrade', `Både område ("${omrade}") och delområde ("${delomrade}") är ifyllda; fyll i bara det ena.`);
    else if (!omrade && !delomrade) bad(has('delomrade') ? 'delomrade' : 'omrade', 'Område eller delområde saknas.');
    else if (delomrade) {
      const s = subLookup.get(delomrade);
      if (!s)
        bad(
          'delomrade',
          subLookup.ambiguous(delomrade)
            ? `Delområdesnamnet "${delomrade}" är inte entydigt; skriv delområdets femsiffriga kod.`
            : `Delområdet "${delomrade}" finns inte i geo/delomraden.geojson. Skriv delområdets femsiffriga kod (t.ex. 25609) eller namn.`,
        );
      else {
        level = 'delomrade';
        place = s.properties.code;
        area = s.properties.areaSlug;
      }
    } else {
      const a = areaLookup.get(omrade);
      if (!a) bad('omrade', `Området "${omrade}" finns inte. Skriv områdets kod (1–14), namn eller id (t.ex. vastra-hamnen), eller ${city} för hela staden.`);
      else {
        level = 'omrade';
        place = a;
        area = a;
      }
    }
    const indicator = cell('indikator');
    const ind = indicators.get(indicator);
    if (!indicator) bad('indikator', 'Indikator saknas.');
    else if (!ind) bad('indikator', `Indikatorn "${indicator}" finns inte i data/index-definition.json. Giltiga id: ${[...indicators.keys()].join(', ')}.`);
    const yearText = cell('ar');
    const year = Number(yearText);
    if (!yearText) bad('ar', 'År saknas.');
    else if (!/^\d{4}$/.test(yearText) || year < 1990 || year > 2100) bad('ar', `Året "${yearText}" är inte ett årtal (fyra siffror, t.ex. 2023).`);

    const num = (c: string) => {
      const text = cell(c);
      const n = parseNumber(text);
      if (Number.isNaN(n)) {
        bad(c, `"${text}" är inte ett tal. Skriv siffror med decimalkomma eller decimalpunkt, utan tusentalspunkt (t.ex. 1234,5).`);
        return undefined;
      }
      if (n !== null && n < 0) {
        bad(c, `Talet ${sv(n)} är negativt.`);
        return undefined;
      }
      return n ?? undefined;
    };
    const numerator = num('taljare');
    const denominator = num('namnare');
    const value = num('varde');
    const counts = numerator !== undefined && denominator !== undefined;
    if (!cell('taljare') !== !cell('namnare')) bad(cell('taljare') ? 'namnare' : 'taljare', 'Täljare och nämnare hör ihop: fyll i båda eller ingen.');
    else if (counts && numerator > denominator) bad('taljare', `Täljaren (${sv(numerator)}) är större än nämnaren (${sv(denominator)}).`);
    else if (counts && denominator === 0 && level === 'omrade') bad('namnare', 'Nämnaren är 0; andelen kan inte räknas ut.');
    else if (counts && value !== undefined && denominator > 0 && Math.abs((numerator / denominator) * 100 - value) > 0.05)
      bad('varde', `Värdet ${sv(value)} stämmer inte med täljare/nämnare (${sv((numerator / denominator) * 100)}). Lämna "varde" tomt så räknas det ut.`);
    if (ind?.unit === 'andel' && value !== undefined && value > 100) bad('varde', `Värdet ${sv(value)} är en andel och måste ligga mellan 0 och 100 (procent).`);
    if (!counts && value === undefined && !cell('taljare') && !cell('namnare') && !cell('varde'))
      bad(has('taljare') ? 'taljare' : 'varde', 'Raden har inget värde: fyll i täljare och nämnare (eller värde).');
    if (level === 'delomrade' && !counts && value !== undefined)
      bad(
        'varde',
        'En andel utan täljare och nämnare kan inte läggas ihop till område: andelar går inte att summera. Ange antalen (täljare och nämnare) för delområdet.',
      );
    if (level === 'delomrade' && ind && ind.unit !== 'andel') bad('indikator', `Indikatorn "${ind.id}" är inte en andel; bara andelar kan läggas ihop från delområden. Ange värdet per område.`);
    if (!level || !ind || !(year >= 1990)) return undefined;
    const row: Row = { line: r.line, indicator: ind.id, year, level, place, area };
    if (counts) {
      row.numerator = numerator;
      row.denominator = denominator;
    }
    if (value !== undefined) row.value = value;
    return row;
  }
  if (errors.length) return { values: [], errors, warnings };

  // --- Aggregate, per indicator and year ------------------------------------------------------
  const values: ImportedValue[] = [];
  const groups = new Map<string, Row[]>();
  for (const r of rows) {
    const k = `${r.indicator}|${r.year}`;
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  for (const group of groups.values()) {
    const { indicator, year } = group[0]!;
    const what = `${indicator} ${year}`;
    const subRows = group.filter((r) => r.level === 'delomrade');
    const areaRows = group.filter((r) => r.level === 'omrade' && r.area !== city);
    const cityRow = group.find((r) => r.level === 'omrade' && r.area === city);
    for (const a of areaRows) {
      const clash = subRows.find((s) => s.area === a.area);
      if (clash)
        errors.push({
          file,
          line: a.line,
          column: col('omrade'),
          message: `Området "${a.area}" har också värden per delområde (rad ${clash.line}) för ${what}. Ange antingen området eller dess delområden.`,
        });
    }
    const fromArea = (r: Row): ImportedValue => {
      const v: ImportedValue = { indicator, year, area: r.area, value: r.value ?? 0, origin: 'omrade', lines: [r.line] };
      if (r.numerator !== undefined && r.denominator !== undefined) {
        v.numerator = r.numerator;
        v.denominator = r.denominator;
        v.value = round2((r.numerator / r.denominator) * 100);
      }
      return v;
    };
    values.push(...areaRows.map(fromArea));

    const byArea = new Map<string, Row[]>();
    for (const s of subRows) byArea.set(s.area, [...(byArea.get(s.area) ?? []), s]);
    for (const [area, list] of byArea) {
      const numerator = list.reduce((sum, r) => sum + r.numerator!, 0);
      const denominator = list.reduce((sum, r) => sum + r.denominator!, 0);
      const lines = list.map((r) => r.line);
      if (denominator === 0) {
        errors.push({ file, line: lines[0]!, column: col('namnare'), message: `Nämnarna för området "${area}" (${what}, rad ${lines.join(', ')}) summerar till 0; andelen kan inte räknas ut.` });
        continue;
      }
      values.push({ indicator, year, area, numerator, denominator, value: round2((numerator / denominator) * 100), origin: 'delomraden', lines });
      const given = new Set(list.map((r) => r.place));
      const missing = ctx.subareas.filter((s) => s.properties.areaSlug === area && !given.has(s.properties.code));
      if (missing.length)
        warnings.push({
          file,
          message: `${what}: för området "${area}" saknas ${missing.length} av ${missing.length + given.size} delområden (${missing.map((s) => `${s.properties.code} ${s.properties.name}`).join(', ')}); områdets värde bygger på de övriga.`,
        });
    }

    const covered = new Set([...areaRows.map((r) => r.area), ...byArea.keys()]);
    const uncovered = ctx.areas.map((a) => a.properties.slug).filter((a) => !covered.has(a));
    if (uncovered.length && covered.size)
      warnings.push({ file, message: `${what}: ${uncovered.length} område(n) saknas i filen (${uncovered.join(', ')}); deras nuvarande värden ändras inte.` });

    if (cityRow) values.push(fromArea(cityRow));
    else if (covered.size) {
      const parts = [...subRows, ...areaRows];
      if (uncovered.length)
        warnings.push({ file, message: `${what}: stadens värde (${city}) räknas inte ut eftersom områden saknas. Ta med alla områden eller ange en rad med omrade = ${city}.` });
      else if (parts.some((r) => r.numerator === undefined))
        warnings.push({ file, message: `${what}: stadens värde (${city}) kan inte räknas ut ur andelar utan antal. Ange en rad med omrade = ${city}.` });
      else {
        const numerator = parts.reduce((sum, r) => sum + r.numerator!, 0);
        const denominator = parts.reduce((sum, r) => sum + r.denominator!, 0);
        if (denominator > 0)
          values.push({ indicator, year, area: city, numerator, denominator, value: round2((numerator / denominator) * 100), origin: 'stad-summa', lines: parts.map((r) => r.line) });
      }
    }
  }
  if (errors.length) return { values: [], errors, warnings };
  return { values, errors, warnings };
}

