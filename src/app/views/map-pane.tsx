import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { scoreOf } from '../../features/index/model';
import { formatNumber } from '../../lib/format';
import type { FeatureCollection } from 'geojson';
import { AREAS_FILE } from '../../features/areas/api/areas';
import { BASEMAP_FILE } from '../../features/areas/api/basemap';
import { boundsOf } from '../../features/areas/geometry';
import { MapTextAlternative } from '../../features/index/components/map-text-alternative';
import { focusPlaces } from '../../features/initiatives/focus';
import { MapConflictNote } from '../../features/initiatives/components/conflict-line';
import { mapAttribution, mapLabels, takeEarlyMap } from '../boot/early-map';
import { loadMapModule, loadedMapModule, type MapModule } from '../boot/map-module';
import { useAppData } from '../data/app-data';
import { PrintMap } from '../exports/print-map';
import { mapDrawing } from '../map-adapter';
import { useCopy } from '../shell/use-copy';
import { selectArea, selectSubarea } from '../url/actions';
import { useUrlState } from '../url/url-state';
import { SHEET_SHARE, useAreaSheetOpen } from './area-sheet';
import { mapHandle } from './map-handle';
import { MapTooltip } from './map-tooltip';

const MAP_FILES = { areas: AREAS_FILE, basemap: BASEMAP_FILE };

// Split out: MapLibre is most of the JavaScript, and the list and panel are useful before it loads.
// Loaded by hand rather than with lazy() + Suspense: React 19 holds a revealed Suspense boundary
// back for up to 300 ms after its fallback showed, and the map would start that much later.
function useMapModule(): { module: MapModule | null; failed: boolean } {
  const [module, setModule] = useState(loadedMapModule);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (module) return;
    let live = true;
    loadMapModule().then(
      (m) => live && setModule(m),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [module]);
  return { module, failed };
}

const collection = (features: FeatureCollection['features']): FeatureCollection => ({ type: 'FeatureCollection', features });

/**
 * The map and its text alternative: what the data and the URL say, handed to the map as data.
 * `labelScale`: the area names that many times their size (the big screen). `keepCity`: the map
 * stays on the whole city when an area is selected (the slide shows the area among the others).
 */
export function MapPane({ labelScale, keepCity = false }: { labelScale?: number; keepCity?: boolean }) {
  const { t } = useCopy();
  const url = useUrlState();
  const { areas, basemap, subareas, areaItems, areaNames, index, selection, open, focus, register } = useAppData();
  const { model } = index;
  const map = useMapModule();
  const MapView = map.module?.default;
  const subareaItems = subareas.data?.items;
  const areasFc = useMemo(() => (areaItems ? collection(areaItems) : null), [areaItems]);
  const subareasFc = useMemo(() => (subareaItems ? collection(subareaItems) : null), [subareaItems]);
  const basemapFc = useMemo(() => (basemap.data ? collection(basemap.data.items) : null), [basemap.data]);
  // The map follows a new selection in the render after the profile's name and key figures (as the
  // rest of the profile, area-view.tsx): its frame takes 100–400 ms with software WebGL, and the
  // frame that shows the name must not wait for it (docs/performance.md, "Välja område").
  const selected = useDeferredValue(url.area);
  const openSubarea = useDeferredValue(url.subarea);
  // The selected area fills the map; without one (or with `keepCity`), the city.
  const shownArea = keepCity ? undefined : areaItems?.find((a) => a.properties.slug === selected);
  // On a phone the selected area's sheet covers the map's lower part: the area is fitted above it.
  const sheetOpen = useAreaSheetOpen(Boolean(shownArea));
  const bounds = useMemo(() => (shownArea ? boundsOf([shownArea]) : areaItems && areaItems.length > 0 ? boundsOf(areaItems) : null), [shownArea, areaItems]);
  const shownFocus = useMemo(() => (url.showFocus && focus ? focusPlaces(focus) : null), [url.showFocus, focus]);
  const drawing = useMemo(
    () => mapDrawing({ model, areas: areaItems, subareas: subareaItems, areaCounts: register.items ? selection.areaCounts : null, open, selected, openSubarea, focus: shownFocus }),
    [model, areaItems, subareaItems, selection.areaCounts, register.items, open, selected, openSubarea, shownFocus],
  );
  // The text alternative's column for the outlines: each area's insatsområden and their efforts.
  const focusColumn = useMemo(() => {
    if (!shownFocus) return undefined;
    const values: Record<string, string> = {};
    for (const p of shownFocus) values[p.area] = [values[p.area], `${p.name} (${p.efforts.join(', ')})`].filter(Boolean).join('; ');
    return { title: t.colFocus, values };
  }, [shownFocus, t]);
  const labels = useMemo(() => ({ ...mapLabels(t), unavailable: t.mapUnavailable, contextLost: t.contextLost, keyboardHint: t.mapKeyboardHint }), [t]);
  const attribution = useMemo(() => mapAttribution(t), [t]);
  const replace = useMemo(
    () => ({ areas: (areas.data?.problems.length ?? 0) > 0, basemap: (basemap.data?.problems.length ?? 0) > 0 }),
    [areas.data, basemap.data],
  );
  const describeArea = useCallback(
    (slug: string) => {
      const name = areaNames.find((a) => a.slug === slug)?.name ?? slug;
      if (!model) return name;
      const score = scoreOf(model, slug);
      const value = score === null ? t.missing : formatNumber(score, 1);
      return `${name}. ${model.layer.label}: ${value}${model.layerHasExample ? ` (${t.exampleData})` : ''}`;
    },
    [areaNames, model, t],
  );
  return (
    <>
      {/* Not waiting for the data: the map fetches its two files itself (see MapView). */}
      {map.failed ? (
        <div className="map-unavailable" role="note">
          {t.mapUnavailable}
        </div>
      ) : !MapView ? (
        <p className="map-loading">{t.mapLoading}</p>
      ) : (
        <MapView
          files={MAP_FILES}
          takeStarted={takeEarlyMap}
          areas={areasFc}
          basemap={basemapFc}
          replace={replace}
          subareas={subareasFc}
          bounds={bounds}
          drawing={drawing}
          onSelect={selectArea}
          onSelectSubarea={selectSubarea}
          renderTooltip={(slug, subarea) => <MapTooltip slug={slug} subarea={subarea} />}
          describeArea={describeArea}
          ref={mapHandle}
          cooperativeGestures={url.mode === 'embed'}
          labels={labels}
          attribution={attribution}
          labelScale={labelScale}
          coverShare={sheetOpen ? SHEET_SHARE : undefined}
        />
      )}
      {open && register.labels && <MapConflictNote item={open} labels={register.labels} t={t} />}
      <PrintMap />
      {model ? (
        <MapTextAlternative model={model} areas={areaNames} counts={selection.areaCounts} extra={focusColumn} t={t} />
      ) : (
        // Holds the text alternative's place, so the map does not change size when it comes.
        <div className="map-text" />
      )}
    </>
  );
}
