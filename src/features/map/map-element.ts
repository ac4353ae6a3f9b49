/**
 * A fresh map container (`.map-canvas`). Kept apart from create-map.ts, which imports MapLibre:
 * the entry chunk places it in the loading frame before the map chunk has arrived.
 */
export function mapElement(): HTMLDivElement {
  const el = document.createElement('div');
  el.className = 'map-canvas';
  // Counters that tests and the benchmark read (never shown): see docs/performance.md.
  el.dataset.mapReady = 'false';
  el.dataset.mapIdle = '0';
  el.dataset.mapChanges = '0';
  el.dataset.mapIdleChanges = '0';
  el.dataset.choropleth = '0';
  return el;
}
