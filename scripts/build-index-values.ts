/**
 * Builds public/data/index-values.json:
 *  - "Valdeltagande i riksdagsval" 2022, REAL: Valmyndigheten's results per valdistrikt joined to
 *    the areas (scripts/lib/turnout-join.ts). Districts that cannot be placed are reported.
 *  - the other indicators, EXAMPLE data for 2019–2023 from a seeded generator (scripts/lib/example-values.ts).
 * Run with `npm run data:index`; the output is committed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { joinTurnout, parseElectionCsv, turnoutShare, type AreaCollection, type DistrictCollection } from './lib/turnout-join.ts';
import { generateExamples, zScores, type ExampleSpec } from './lib/example-values.ts';

const ROOT = join(import.meta.dirname, '..');
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');
const SEED = 20231127;
const YEARS = [2019, 2020, 2021, 2022, 2023];
const UPDATED = '2026-11-23';

const definition = JSON.parse(read('public/data/index-definition.json')) as {
  cityAreaId: string;
  dimensions: { indicators: { id: string; status: string }[] }[];
};
const areas = JSON.parse(read('public/geo/omraden.geojson')) as AreaCollection;
const land = (JSON.parse(read('public/geo/bakgrund.geojson')) as FeatureCollection<Polygon | MultiPolygon>).features.find(
  (f) => f.properties?.kind === 'malmo',
) as Feature<Polygon | MultiPolygon>;

const election = parseElectionCsv(read('data/sources/stats/riksdagsval-2022-malmo-valdistrikt.csv'));
if (election.problems.length) {
  console.error('Problem i valresultatet:\n- ' + election.problems.join('\n- '));
  process.exit(1);
}
const districts = JSON.parse(read('data/sources/stats/valdistrikt-2026-malmo.geojson')) as DistrictCollection;
const turnout = joinTurnout(districts, election.rows, areas, land);

const report = (label: string, list: { code: string; name: string }[]) =>
  console.log(`${label}: ${list.length ? list.map((d) => `${d.code} ${d.name}`).join('; ') : 'inga'}`);
report('Valdistrikt 2026 utan resultat 2022 (ingår inte)', turnout.withoutResult);
report('Valdistrikt som inte kunde placeras i något område', turnout.unplaced);
report('Resultat 2022 utan geometri 2026', turnout.resultWithoutGeometry);
console.log(`Förtidsröster utan distrikt (bara i stadens total): ${turnout.earlyVotes.voted} röstande`);

const TURNOUT_SOURCE = 'Valmyndigheten, riksdagsval 2022 per valdistrikt; valdistrikt 2026 sammanförda till område (se metodsidan)';
const realRows = [
  ...turnout.areas.map((a) => ({
    indicator: 'valdeltagande',
    year: 2022,
    area: a.slug,
    numerator: a.voted,
    denominator: a.eligible,
    value: turnoutShare(a.voted, a.eligible)!,
    status: 'verklig' as const,
    source: TURNOUT_SOURCE,
  })),
  {
    indicator: 'valdeltagande',
    year: 2022,
    area: definition.cityAreaId,
    numerator: turnout.city.voted,
    denominator: turnout.city.eligible,
    value: turnoutShare(turnout.city.voted, turnout.city.eligible)!,
    status: 'verklig' as const,
    source: 'Valmyndigheten, riksdagsval 2022, hela Malmö inklusive förtidsröster som inte fördelats på valdistrikt',
  },
];

// Example levels, roughly where Malmö-wide figures sit; their only purpose is a believable demo.
const SPECS: ExampleSpec[] = [
  { id: 'fritidsaktiviteter', cityLevel: 58, spread: 9, loading: 1, trend: -0.4, populationFactor: 0.12 },
  { id: 'folkhalsoenkat-svarsfrekvens', cityLevel: 44, spread: 8, loading: 1, trend: -0.8, populationFactor: 0.05 },
  { id: 'forgymnasial-utbildning', cityLevel: 14, spread: 6, loading: -1, trend: -0.3, populationFactor: 0.78 },
  { id: 'behorighet-yrkesprogram', cityLevel: 79, spread: 8, loading: 1, trend: 0.3, populationFactor: 0.014 },
  { id: 'hogskolebehorighet', cityLevel: 70, spread: 9, loading: 1, trend: 0.2, populationFactor: 0.012 },
  { id: 'forvarvsarbete', cityLevel: 68, spread: 9, loading: 1, trend: 0.6, populationFactor: 0.78 },
  { id: 'utan-ekonomiskt-bistand', cityLevel: 94, spread: 3.5, loading: 1, trend: 0.3, populationFactor: 0.78 },
  { id: 'utan-lag-ekonomisk-standard', cityLevel: 80, spread: 8, loading: 1, trend: 0.2, populationFactor: 1.1 },
  { id: 'stannat-kvar', cityLevel: 85, spread: 3, loading: 1, trend: 0, populationFactor: 1.3 },
  { id: 'inte-trangbodda', cityLevel: 76, spread: 10, loading: 1, trend: 0.2, populationFactor: 1.3 },
  { id: 'bostadsratt-eller-aganderatt', cityLevel: 48, spread: 14, loading: 1, trend: 0.3, populationFactor: 0.6 },
  // The proposed health dimension (off by default, "Väg själv"): last, so the values above stay as they were.
  { id: 'gott-halsotillstand', cityLevel: 70, spread: 6, loading: 1, trend: 0, populationFactor: 0.05 },
  { id: 'utan-nedsatt-psykiskt-valbefinnande', cityLevel: 82, spread: 4, loading: 1, trend: -0.3, populationFactor: 0.05 },
  { id: 'utan-sjukpenning', cityLevel: 88, spread: 4, loading: 1, trend: 0.1, populationFactor: 0.78 },
];
const exampleIds = definition.dimensions.flatMap((d) => d.indicators.filter((i) => i.status === 'exempel').map((i) => i.id));
const missing = exampleIds.filter((id) => !SPECS.some((s) => s.id === id));
if (missing.length) {
  console.error(`Saknar exempelinställning för: ${missing.join(', ')}`);
  process.exit(1);
}

const positions = zScores(turnout.areas.map((a) => turnoutShare(a.voted, a.eligible) ?? 0));
const exampleRows = generateExamples({
  seed: SEED,
  specs: SPECS.filter((s) => exampleIds.includes(s.id)),
  years: YEARS,
  areas: turnout.areas.map((a, i) => ({ slug: a.slug, position: positions[i]!, population: a.eligible })),
  cityAreaId: definition.cityAreaId,
});

const out = {
  meta: {
    title: 'Områdesindex – värden per område, indikator och år',
    source:
      'Valdeltagande 2022: Valmyndigheten (verklig). Övriga indikatorer: EXEMPELDATA skapad av scripts/build-index-values.ts (frö ' +
      SEED +
      '), inte statistik.',
    licence: 'Valmyndighetens öppna data (valdeltagande); exempeldata CC0',
    attribution: 'Källa: Valmyndigheten',
    updated: UPDATED,
  },
  values: [...realRows, ...exampleRows],
};
writeFileSync(join(ROOT, 'public/data/index-values.json'), JSON.stringify(out, null, 0).replace(/\},\{/g, '},\n{') + '\n');
console.log(`skrev public/data/index-values.json: ${realRows.length} verkliga och ${exampleRows.length} exempelvärden`);
