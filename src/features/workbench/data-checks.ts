/**
 * The checks data:validate adds to the app's own parsing (validate-data.ts runs them): lists that
 * must agree between files, suspicious but possible values, missing English, and the register's
 * interpretations to review. Each takes parsed items and returns problems; the caller adds lines.
 */
import type { AreaFeature } from '../areas/api/areas';
import type { SubareaFeature } from '../areas/api/subareas';
import type { IndexDefinition } from '../index/api/index-definition';
import type { IndexValue } from '../index/api/index-values';
import type { Initiative, RegisterMeta, SourceRef } from '../initiatives/api/initiatives';
import type { Organisation } from '../initiatives/api/organisations';
import type { DataProblem } from '../../lib/data-error';
import { positionInFile } from '../../lib/parse-collection';
import { unnamedParties } from '../initiatives/claims';
import { DATA_FILES } from './data-files';

/** Largest change of a share (percentage points) from one year to the next before it is questioned. */
export const MAX_YEARLY_JUMP = 20;

const fmt = (x: number) => String(Math.round(x * 100) / 100).replace('.', ',');

/** One line per interpreted field: the record, the field, and the reason it gives. */
export function listInterpretations(items: Initiative[]): DataProblem[] {
  return items.flatMap((item, i) =>
    Object.entries(item.interpretations ?? {}).map(([field, reason]) => ({
      file: DATA_FILES.initiatives,
      record: `post ${(positionInFile(item) ?? i) + 1} (id "${item.id}")`,
      field: `interpretations.${field}`,
      message: reason,
    })),
  );
}

/**
 * A lead, partner or commissioning body that no cited source names (sources[].names, or the board
 * whose answer it is) and that the record does not mark as its reading: a warning to review.
 */
export function checkNamedParties(items: Initiative[]): DataProblem[] {
  const at = new Map(items.map((item, i) => [item.id, `post ${(positionInFile(item) ?? i) + 1} (id "${item.id}")`]));
  return unnamedParties(items).map((u) => ({
    file: DATA_FILES.initiatives,
    record: at.get(u.id),
    field: u.field,
    message: `Ingen citerad källa namnger "${u.organisation}" (sources[].names) och fältet är inte markerat som tolkning (interpretations.${u.field}).`,
  }));
}

/** Each area lists its delområden: every one listed must exist and point back to the area, and none be left out. */
export function checkAreaSubareaLists(areas: AreaFeature[], subareas: SubareaFeature[]): DataProblem[] {
  const problems: DataProblem[] = [];
  const bySlug = new Map(subareas.map((s) => [s.properties.slug, s]));
  areas.forEach((a, i) => {
    const record = `post ${(positionInFile(a) ?? i) + 1} (slug "${a.properties.slug}")`;
    a.properties.subareas.forEach((slug, j) => {
      const s = bySlug.get(slug);
      if (!s) problems.push({ file: DATA_FILES.areas, record, field: `properties.subareas[${j}]`, message: `Delområdet "${slug}" finns inte i geo/delomraden.geojson.` });
      else if (s.properties.areaSlug !== a.properties.slug)
        problems.push({ file: DATA_FILES.areas, record, field: `properties.subareas[${j}]`, message: `Delområdet "${slug}" hör enligt geo/delomraden.geojson till "${s.properties.areaSlug}".` });
    });
    const listed = new Set(a.properties.subareas);
    for (const s of subareas) {
      if (s.properties.areaSlug === a.properties.slug && !listed.has(s.properties.slug))
        problems.push({ file: DATA_FILES.areas, record, field: 'properties.subareas', message: `Delområdet "${s.properties.slug}" (${s.properties.code}) hör till området men saknas i listan.` });
    }
  });
  return problems;
}

const valueRecord = (v: IndexValue, i: number) => `post ${(positionInFile(v) ?? i) + 1} (${v.indicator}, ${v.area}, ${v.year})`;

/** Suspicious but possible values: big jumps, a city value outside its areas, gaps, status that disagrees. */
export function checkValues(def: IndexDefinition, values: IndexValue[], areaSlugs: string[]): { warnings: DataProblem[] } {
  const warnings: DataProblem[] = [];
  const file = DATA_FILES.values;
  const indicators = def.dimensions.flatMap((d) => d.indicators);
  const index = new Map(values.map((v, i) => [`${v.indicator}|${v.area}|${v.year}`, { v, i }]));
  for (const ind of indicators) {
    const own = values.filter((v) => v.indicator === ind.id);
    if (own.length === 0) {
      warnings.push({ file: DATA_FILES.definition, record: `indikator "${ind.id}"`, message: 'Indikatorn har inga värden i data/index-values.json.' });
      continue;
    }
    const years = [...new Set(own.map((v) => v.year))].sort((a, b) => a - b);
    for (const year of years) {
      const inYear = own.filter((v) => v.year === year);
      const missing = [...areaSlugs, def.cityAreaId].filter((a) => !index.has(`${ind.id}|${a}|${year}`));
      if (missing.length)
        warnings.push({ file, record: `${ind.id} ${year}`, message: `Värde saknas för ${missing.length} område(n): ${missing.join(', ')}.` });
      const city = index.get(`${ind.id}|${def.cityAreaId}|${year}`);
      const areaValues = inYear.filter((v) => v.area !== def.cityAreaId).map((v) => v.value);
      if (city && areaValues.length > 1) {
        const min = Math.min(...areaValues);
        const max = Math.max(...areaValues);
        if (city.v.value < min || city.v.value > max)
          warnings.push({
            file,
            record: valueRecord(city.v, city.i),
            field: 'value',
            message: `Stadens värde ${fmt(city.v.value)} ligger utanför områdenas värden (${fmt(min)}–${fmt(max)}). Kontrollera att det är samma mått.`,
          });
      }
      if (inYear.every((v) => v.status === 'verklig') && missing.length === 0 && ind.status === 'exempel')
        warnings.push({ file: DATA_FILES.definition, record: `indikator "${ind.id}"`, field: 'status', message: `Alla värden ${year} är verkliga men indikatorn har status "exempel".` });
      if (ind.unit === 'andel' && years.includes(year - 1)) {
        for (const v of inYear) {
          const before = index.get(`${ind.id}|${v.area}|${year - 1}`);
          if (before && Math.abs(v.value - before.v.value) > MAX_YEARLY_JUMP)
            warnings.push({
              file,
              record: valueRecord(v, index.get(`${ind.id}|${v.area}|${year}`)!.i),
              field: 'value',
              message: `Andelen ändras ${fmt(Math.abs(v.value - before.v.value))} procentenheter på ett år (${fmt(before.v.value)} år ${year - 1} → ${fmt(v.value)} år ${year}); mer än ${MAX_YEARLY_JUMP} är misstänkt.`,
            });
        }
      }
    }
    if (ind.status === 'verklig' && !own.some((v) => v.status === 'verklig'))
      warnings.push({ file: DATA_FILES.definition, record: `indikator "${ind.id}"`, field: 'status', message: 'Indikatorn har status "verklig" men alla dess värden är exempel.' });
    own.forEach((v) => {
      if (v.status === 'verklig' && !v.source) warnings.push({ file, record: valueRecord(v, values.indexOf(v)), field: 'source', message: 'Ett verkligt värde bör ange sin källa.' });
    });
  }
  return { warnings };
}

/** References crossCheckRegister leaves out: places, the organisation of a source, and conflicts' sources (and focus sources' organisation and date). */
export function checkRegisterExtras(items: Initiative[], meta: RegisterMeta, organisations: Organisation[], areaSlugs: string[], subareaSlugs: string[]): DataProblem[] {
  const problems: DataProblem[] = [];
  const orgs = new Set(organisations.map((o) => o.id));
  const areas = new Set(areaSlugs);
  const subareas = new Set(subareaSlugs);
  const files = new Set(meta.documents.map((d) => d.file));
  const documents = new Map(meta.documents.map((d) => [d.file, d]));
  items.forEach((item, i) => {
    const record = `post ${(positionInFile(item) ?? i) + 1} (id "${item.id}")`;
    const add = (field: string, message: string) => problems.push({ file: DATA_FILES.initiatives, record, field, message });
    item.geography.places.forEach((p, j) => {
      if (p.area && !areas.has(p.area)) add(`geography.places[${j}].area`, `Området "${p.area}" finns inte i geo/omraden.geojson.`);
      if (p.subarea && !subareas.has(p.subarea)) add(`geography.places[${j}].subarea`, `Delområdet "${p.subarea}" finns inte i geo/delomraden.geojson.`);
    });
    /** The app shows a source's date and diarienummer from its document: a copy that disagrees is a mistake in one of them. */
    const sameAsDocument = (s: SourceRef, at: string) => {
      const doc = documents.get(s.file);
      if (!doc) return;
      if (s.documentDate !== doc.documentDate) add(`${at}.documentDate`, `Datumet ${s.documentDate} stämmer inte med dokumentets i meta.documents (${doc.documentDate}).`);
      if ((s.diarienummer || null) !== (doc.diarienummer || null))
        add(`${at}.diarienummer`, `Diarienumret ${s.diarienummer ?? 'null'} stämmer inte med dokumentets i meta.documents (${doc.diarienummer ?? 'null'}).`);
    };
    item.sources.forEach((s, j) => {
      if (s.organisation && !orgs.has(s.organisation)) add(`sources[${j}].organisation`, `Organisationen "${s.organisation}" finns inte i data/organisationer.json.`);
      s.names?.forEach((n, k) => {
        if (!orgs.has(n)) add(`sources[${j}].names[${k}]`, `Organisationen "${n}" finns inte i data/organisationer.json.`);
      });
      sameAsDocument(s, `sources[${j}]`);
    });
    item.focus?.sources.forEach((s, j) => {
      if (s.organisation && !orgs.has(s.organisation)) add(`focus.sources[${j}].organisation`, `Organisationen "${s.organisation}" finns inte i data/organisationer.json.`);
      sameAsDocument(s, `focus.sources[${j}]`);
    });
    item.conflicts.forEach((c, j) =>
      c.sources.forEach((s, k) => {
        if (!files.has(s.file)) add(`conflicts[${j}].sources[${k}].file`, `Dokumentet "${s.file}" finns inte i meta.documents.`);
        if (s.organisation && !orgs.has(s.organisation)) add(`conflicts[${j}].sources[${k}].organisation`, `Organisationen "${s.organisation}" finns inte i data/organisationer.json.`);
        sameAsDocument(s, `conflicts[${j}].sources[${k}]`);
      }),
    );
    item.conflicts.forEach((c, j) =>
      c.claims?.forEach((claim, k) => {
        if (!files.has(claim.source.file)) add(`conflicts[${j}].claims[${k}].source.file`, `Dokumentet "${claim.source.file}" finns inte i meta.documents.`);
        sameAsDocument(claim.source, `conflicts[${j}].claims[${k}].source`);
      }),
    );
  });
  return problems;
}

const missingEnglish = (sv: string) => `Engelsk text saknas; appen visar den svenska ("${sv}") även på engelska.`;

/**
 * The definition's display texts: an English form missing beside a Swedish one (a warning: the app
 * falls back to the Swedish), and a year in a name (the app adds the year shown, so it would be doubled).
 */
export function checkDefinitionTexts(def: IndexDefinition): DataProblem[] {
  const file = DATA_FILES.definition;
  const warnings: DataProblem[] = [];
  const english = (field: string, sv: string, en: string | undefined) => {
    if (!en) warnings.push({ file, field, message: missingEnglish(sv) });
  };
  const noYear = (field: string, name: string) => {
    const year = /\b(19|20)\d{2}\b/.exec(name);
    if (year) warnings.push({ file, field, message: `Namnet innehåller årtalet ${year[0]}; appen lägger till året som visas, så rubriken kan bli "${name} ${year[0]}". Skriv namnet utan år.` });
  };
  english('compositeLabel_en', def.compositeLabel, def.compositeLabel_en);
  def.dimensions.forEach((d, di) => {
    english(`dimensions[${di}].name_en`, d.name, d.name_en);
    d.indicators.forEach((ind, ii) => {
      const at = `dimensions[${di}].indicators[${ii}]`;
      noYear(`${at}.name`, ind.name);
      if (ind.name_en) noYear(`${at}.name_en`, ind.name_en);
      english(`${at}.name_en`, ind.name, ind.name_en);
      english(`${at}.directionReason_en`, ind.directionReason, ind.directionReason_en);
      english(`${at}.source_en`, ind.source, ind.source_en);
    });
  });
  return warnings;
}

/** The register's controlled lists without an English label (a warning: the app shows the Swedish). */
export function checkRegisterEnglish(meta: RegisterMeta): DataProblem[] {
  const lists = ['kinds', 'statuses', 'themes', 'targetGroups', 'dimensions'] as const;
  return lists.flatMap((list) =>
    meta[list].flatMap((x, i) => (x.label_en ? [] : [{ file: DATA_FILES.initiatives, field: `meta.${list}[${i}].label_en`, message: missingEnglish(x.label) }])),
  );
}
