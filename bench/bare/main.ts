/**
 * Bench fixture: the floor the app's map is measured against (docs/performance.md).
 *
 * The same MapLibre build as the app (the app's own `src/features/map/maplibre.ts`), the same
 * background, basemap and area fill/outline layers (taken from the app's `map-style.ts`), the
 * same GeoJSON files, the same camera (fitBounds with 16 px padding) and map options — and
 * nothing else: no React, no validation, no labels, no subareas, no counts.
 *
 * Query parameters (set by scripts/bench.ts):
 *   bounds=w,s,e,n  the area bounds, so the map starts while MapLibre fetches the GeoJSON itself
 *                   (without it: fetch the areas first and fit to their bbox)
 *   w=..&h=..       size of the map in CSS px, to match the app's map container
 *
 * Its one control, "Byt färg", recolours the areas: the floor for an interaction that redraws
 * the map (in this sandbox WebGL runs in software, so a map frame is far from free).
 */
import maplibregl from '../../src/features/map/maplibre';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { COLORS, LAYER, SOURCE, layers } from '../../src/features/map/map-style';
import './bare.css';

const KEEP: string[] = [LAYER.background, LAYER.context, LAYER.malmo, LAYER.areasFill, LAYER.areasLine];
const params = new URLSearchParams(location.search);
const el = document.querySelector<HTMLElement>('.map-canvas')!;
el.dataset.mapChanges = '0';
const w = Number(params.get('w'));
const h = Number(params.get('h'));
if (w > 0 && h > 0) Object.assign(el.style, { width: `${w}px`, height: `${h}px` });

const url = (file: string) => new URL(file, document.baseURI).href;

async function bounds(): Promise<[number, number, number, number]> {
  const given = params.get('bounds')?.split(',').map(Number);
  if (given?.length === 4 && given.every(Number.isFinite)) return given as [number, number, number, number];
  const fc = (await (await fetch(url('geo/omraden.geojson'))).json()) as { features: { geometry: { coordinates: unknown } }[] };
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as [number, number];
      b[0] = Math.min(b[0], x);
      b[1] = Math.min(b[1], y);
      b[2] = Math.max(b[2], x);
      b[3] = Math.max(b[3], y);
    } else if (Array.isArray(c)) c.forEach(walk);
  };
  fc.features.forEach((f) => walk(f.geometry.coordinates));
  return b;
}

const style: StyleSpecification = {
  version: 8,
  sources: {
    [SOURCE.basemap]: { type: 'geojson', data: url('geo/bakgrund.geojson') },
    [SOURCE.areas]: { type: 'geojson', data: url('geo/omraden.geojson') },
  },
  // The app's area fill is an expression (class colour by feature-state, shaded on hover); the floor
  // draws the same polygons in one plain colour.
  layers: layers
    .filter((l): l is LayerSpecification => KEEP.includes(l.id))
    .map((l) => (l.id === LAYER.areasFill && l.type === 'fill' ? { ...l, paint: { ...l.paint, 'fill-color': COLORS.areaFill } } : l)),
};

void bounds().then((b) => {
  // The same marks as the app's map view, for comparing their timelines.
  performance.mark('map:create');
  const map = new maplibregl.Map({
    container: el,
    style,
    bounds: b,
    fitBoundsOptions: { padding: 16 },
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
  });
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
  // The floor for a map-redrawing interaction: one paint property, as the app's layer switch.
  const colours = ['#1a9850', '#d73027', '#4575b4', '#fee08b'];
  let n = 0;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Byt färg';
  button.addEventListener('click', () => {
    map.setPaintProperty(LAYER.areasFill, 'fill-color', colours[n++ % colours.length]);
    el.dataset.mapChanges = String(n);
    button.textContent = `Byt färg (${n})`;
  });
  document.body.append(button);
});
