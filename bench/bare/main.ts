/**
 * Bench fixture: the floor the app's map is measured against (docs/performance.md).
 *
 * MapLibre alone drawing what the app's map shows when it is finished: the same MapLibre build
 * (`src/features/map/maplibre.ts`), the same starting style as the app's first frame (background,
 * land, the areas in their index colours, their names and the count badges: `buildStyle` with the
 * build's first frame), the same images, GeoJSON files, camera and map options — and nothing
 * else: no React, no data of its own, no validation, no loading page.
 *
 * Query parameters (set by scripts/bench.ts):
 *   areas=a,b,c     the areas "Välj område" selects in turn: the ones the app's run selects
 *   bounds=w,s,e,n  the area bounds, so the map starts while MapLibre fetches the GeoJSON itself
 *                   (without it: fetch the areas first and fit to their bbox)
 *   w=..&h=..       size of the map in CSS px, to match the app's map container
 *
 * Its three buttons make the map changes of the app's interactions, the same MapLibre calls, so
 * each interaction's map part has a floor (in this sandbox WebGL runs in software, so a map frame
 * is far from free): "Byt färg" recolours the areas (feature-state, as a change of layer or year),
 * "Välj område" outlines an area with its delområden and fits the camera to it (as selecting an
 * area), "Byt antal" gives the count badges new numbers (as a filter of the register).
 */
import maplibregl from '../../src/features/map/maplibre';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import firstFrame from 'virtual:first-frame';
import { buildStyle } from '../../src/features/map/style-sources';
import { addMapImages } from '../../src/features/map/map-images';
import { setSourceData, slugOf } from '../../src/features/map/map-sources';
import { SOURCE } from '../../src/features/map/map-style';
import { AREAS_FILE, BASEMAP_FILE, SUBAREAS_FILE } from '../../src/features/areas/files';
import { boundsOf } from '../../src/features/areas/geometry';
import './bare.css';

if (!firstFrame) throw new Error('The bare page needs the build’s first frame (public/data).');
const frame = firstFrame;
const params = new URLSearchParams(location.search);
const el = document.querySelector<HTMLElement>('.map-canvas')!;
el.dataset.mapChanges = '0';
const w = Number(params.get('w'));
const h = Number(params.get('h'));
if (w > 0 && h > 0) Object.assign(el.style, { width: `${w}px`, height: `${h}px` });

const url = (file: string) => new URL(file, document.baseURI).href;
const getJson = async <T>(file: string) => (await (await fetch(url(file))).json()) as T;
type Areas = FeatureCollection<Polygon | MultiPolygon>;

async function bounds(): Promise<[number, number, number, number]> {
  const given = params.get('bounds')?.split(',').map(Number);
  if (given?.length === 4 && given.every(Number.isFinite)) return given as [number, number, number, number];
  return boundsOf((await getJson<Areas>(AREAS_FILE)).features);
}

const style = buildStyle(url('glyphs/'), { basemap: url(BASEMAP_FILE), areas: url(AREAS_FILE), firstFrame: frame });

void bounds().then((b) => {
  // The same marks as the app's map view, for comparing their timelines.
  performance.mark('map:create');
  const map = new maplibregl.Map({
    container: el,
    style,
    bounds: b,
    fitBoundsOptions: { padding: 16 },
    fadeDuration: 0,
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
  });
  addMapImages(map);
  map.on('style.load', () => performance.mark('map:style.load'));
  map.on('load', () => performance.mark('map:load'));
  map.on('sourcedata', (e) => {
    if (e.isSourceLoaded) performance.mark(`map:source-loaded:${e.sourceId}`);
  });
  let idles = 0;
  map.on('idle', () => {
    performance.mark('map:idle');
    el.dataset.mapIdle = String(++idles);
  });
  let changes = 0;
  const button = (label: string, change: (n: number) => void) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    let n = 0;
    b.addEventListener('click', () => {
      change(++n);
      el.dataset.mapChanges = String(++changes);
      b.textContent = `${label} (${n})`;
    });
    document.body.append(b);
  };
  const slugs = frame.areas.map((a) => a.slug);
  const classCount = frame.choropleth.colors.length;
  button('Byt färg', (n) => {
    for (const slug of slugs) {
      const cls = frame.choropleth.classes[slug];
      map.setFeatureState({ source: SOURCE.areas, id: slug }, { cls: cls === null || cls === undefined ? -1 : (cls + n) % classCount });
    }
  });
  button('Byt antal', (n) => {
    const counts = frame.counts.features.map((f) => ({ ...f, properties: { ...f.properties, count: f.properties.count + n } }));
    setSourceData(map, SOURCE.counts, { type: 'FeatureCollection', features: counts });
  });
  // The app has its areas and delområden parsed before anyone selects: so does the floor, fetched
  // after the first idle (as the app's data) so they do not compete with the map's loading.
  const parsed = new Promise<void>((ok) => map.once('idle', () => ok())).then(() => Promise.all([getJson<Areas>(AREAS_FILE), getJson<Areas>(SUBAREAS_FILE)]));
  void parsed.then(([areas, subareas]) => {
    // The areas the app's run selects, in its order (`areas=`, set by the bench); else its own turn.
    const chosen = params.get('areas')?.split(',').filter(Boolean) ?? [];
    button('Välj område', (n) => {
      const named = chosen.length ? areas.features.find((f) => slugOf(f as Feature<Polygon | MultiPolygon>) === chosen[(n - 1) % chosen.length]) : undefined;
      const feature = (named ?? areas.features[(n * 5) % areas.features.length]) as Feature<Polygon | MultiPolygon>;
      const slug = slugOf(feature);
      setSourceData(map, SOURCE.selected, { type: 'FeatureCollection', features: [feature] });
      setSourceData(map, SOURCE.subareas, { type: 'FeatureCollection', features: subareas.features.filter((f) => f.properties?.areaSlug === slug) });
      map.fitBounds(boundsOf([feature]), { padding: 16, duration: 0 });
    });
  });
});
