import { Suspense, lazy, useEffect, useMemo } from 'react';
import type { FeatureCollection } from 'geojson';
import { useAreas } from '../features/areas/api/areas';
import { useSubareas } from '../features/areas/api/subareas';
import { useBasemap } from '../features/areas/api/basemap';
import { AreaList } from '../features/areas/components/area-list';
import { AreaPanel } from '../features/areas/components/area-panel';
import { crossCheckSubareas, subareasOf } from '../features/areas/model';
import { boundsOf } from '../features/areas/geometry';
import { DataProblems } from '../lib/components/data-problems';
import { LoadError } from '../lib/components/load-error';
import { useMessages } from '../lib/copy/messages';
import { areaParam, useUrlParam } from './url-state';
import { useNotices } from './notices';

// Split out: MapLibre is most of the JavaScript, and the list and panel are useful before it loads.
const MapView = lazy(() => import('../features/map/map-view'));

const ATTRIBUTION = ['Malmö stad (CC0)', '© OpenStreetMap contributors (ODbL)', 'Källa: Valmyndigheten'];

function collection(features: FeatureCollection['features'] | undefined): FeatureCollection {
  return { type: 'FeatureCollection', features: features ?? [] };
}

export function App() {
  const t = useMessages();
  const areas = useAreas();
  const subareas = useSubareas();
  const basemap = useBasemap();
  const [slug, setSlug] = useUrlParam(areaParam);
  const { notices, notify, dismiss } = useNotices();

  const areaItems = areas.data?.items;
  const selected = areaItems?.find((a) => a.properties.slug === slug) ?? null;

  // An unknown area in a shared link: drop it from the URL and say so, rather than guess.
  useEffect(() => {
    if (areaItems && slug && !selected) {
      notify(t.unknownArea(slug));
      setSlug(null, 'replace');
    }
  });

  const areasFc = useMemo(() => collection(areaItems), [areaItems]);
  const subareasFc = useMemo(() => collection(subareas.data?.items), [subareas.data]);
  const basemapFc = useMemo(() => collection(basemap.data?.items), [basemap.data]);
  const bounds = useMemo(() => (areaItems && areaItems.length > 0 ? boundsOf(areaItems) : null), [areaItems]);
  const problems = useMemo(
    () => [
      ...(areas.data?.problems ?? []),
      ...(subareas.data?.problems ?? []),
      ...(basemap.data?.problems ?? []),
      ...(areaItems && subareas.data ? crossCheckSubareas(areaItems, subareas.data.items) : []),
    ],
    [areas.data, subareas.data, basemap.data, areaItems],
  );

  const failed = [areas, subareas, basemap].filter((q) => q.isError);

  return (
    <div className="app">
      <a className="skip-link" href="#area-list">
        {t.skipToList}
      </a>
      <header className="app-header">
        <h1>{t.appTitle}</h1>
        <p>{t.appSubtitle}</p>
      </header>
      <main className="layout">
        <div className="sidebar">
          {notices.map((n) => (
            <div key={n.id} className="notice notice-info" role="status">
              <span>{n.text}</span>
              <button type="button" className="link-button" onClick={() => dismiss(n.id)}>
                {t.dismiss}
              </button>
            </div>
          ))}
          {failed.map((q, i) => (
            <LoadError key={i} error={q.error} heading={t.loadFailed} retryLabel={t.retry} onRetry={() => void q.refetch()} />
          ))}
          <DataProblems problems={problems} heading={t.problemsHeading} />
          <section aria-labelledby="areas-heading" id="area-list" tabIndex={-1}>
            <h2 id="areas-heading" className="section-title">
              {t.areasHeading}
            </h2>
            {areas.isPending && <p>{t.loading}</p>}
            {areaItems && (
              <AreaList areas={areaItems} selectedSlug={selected?.properties.slug ?? null} onSelect={(s) => setSlug(s)} label={t.areasListLabel} />
            )}
          </section>
          {areaItems && (
            <section className="panel" aria-live="polite">
              <AreaPanel area={selected} subareas={selected ? subareasOf(selected, subareas.data?.items) : []} onClear={() => setSlug(null)} t={t} />
            </section>
          )}
        </div>
        <section className="map-section" aria-label={t.mapLabel}>
          <p className="map-hint" id="map-hint">
            {t.mapHint}
          </p>
          {bounds && (
            <Suspense fallback={<p className="map-loading">{t.mapLoading}</p>}>
              <MapView
                areas={areasFc}
                subareas={subareasFc}
                basemap={basemapFc}
                bounds={bounds}
                selectedId={selected?.id ?? null}
                selectedSlug={selected?.properties.slug ?? null}
                onSelect={(id) => {
                  const hit = areaItems?.find((a) => a.id === id);
                  if (hit) setSlug(hit.properties.slug);
                }}
                labels={{ title: t.mapLabel, zoomIn: t.mapZoomIn, zoomOut: t.mapZoomOut, resetNorth: t.mapResetNorth, unavailable: t.mapUnavailable }}
                attribution={ATTRIBUTION}
              />
            </Suspense>
          )}
        </section>
      </main>
      <footer className="app-footer">
        <p>
          <strong>{t.sourcesHeading}:</strong> {t.sources}
        </p>
      </footer>
    </div>
  );
}
