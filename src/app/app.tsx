import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FeatureCollection } from 'geojson';
import { AREAS_FILE, useAreas } from '../features/areas/api/areas';
import { useSubareas } from '../features/areas/api/subareas';
import { useIdle, whenIdle } from '../lib/idle';
import { BASEMAP_FILE, useBasemap } from '../features/areas/api/basemap';
import { AreaList } from '../features/areas/components/area-list';
import { AreaPanel } from '../features/areas/components/area-panel';
import { crossCheckSubareas, subareasOf } from '../features/areas/model';
import { boundsOf } from '../features/areas/geometry';
import { useIndexModel } from '../features/index/use-index-model';
import { classesByArea, scoreOf } from '../features/index/model';
import { CLASS_COLORS, MISSING_COLOR } from '../features/index/classes';
import { IndexControls } from '../features/index/components/index-controls';
import { Legend } from '../features/index/components/legend';
import { AreaIndexProfile } from '../features/index/components/area-index-profile';
import { RankingView } from '../features/index/components/ranking-view';
import { CompareView } from '../features/index/components/compare-view';
import { MethodologyPage } from '../features/index/components/methodology-page';
import { MapTextAlternative } from '../features/index/components/map-text-alternative';
import { InitiativeFilters } from '../features/initiatives/components/initiative-filters';
import { InitiativeList } from '../features/initiatives/components/initiative-list';
import { InitiativeDetail } from '../features/initiatives/components/initiative-detail';
import { AreaInitiatives } from '../features/initiatives/components/area-initiatives';
import { MatrixView } from '../features/initiatives/components/matrix-view';
import { DataProblems } from '../lib/components/data-problems';
import { LoadError } from '../lib/components/load-error';
import { LOCALES, messagesFor, methodologyFor, statementFor } from '../lib/copy/messages';
import { StatementPage } from './statement-page';
import { formatDate, formatNumber, setUiLocale } from '../lib/format';
import {
  areaParam,
  compareParam,
  currentUrl,
  embedParam,
  filterParams,
  initiativeParam,
  intervalParam,
  invalidParams,
  langParam,
  layerParam,
  presentParam,
  resetParam,
  searchParam,
  tourAreasParam,
  tourParam,
  useUrlParam,
  viewParam,
  yearParam,
  type ParamCodec,
} from './url-state';
import { EmbedDialogButton, ShareButton } from './share';
import { stepTour, useTour, useWakeLock } from './presentation';
import { composeMapPng } from './export-png';
import { useReportHeight } from './report-height';
import type { MapHandle } from '../features/map/map-view';
import { loadMapModule, loadedMapModule, type MapModule } from './map-module';
import { MAP_ATTRIBUTION, mapLabels, takeEarlyMap } from './early-map';
import { AppFooter, AppHeader } from './app-frame';

import { classLabel, legendClasses } from '../features/index/classes';

import { FACETS } from '../features/initiatives/model';
import { useNotices } from './notices';
import { useRegister, useRegisterFilters } from './use-register';

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
// The QR encoder is only needed on the big screen.
const PresentationBar = lazy(() => import('./presentation-bar'));
// CSV writing (papaparse) loads on the first export, not with the page.
const exporters = () => import('./exporters');

const MAP_FILES = { areas: AREAS_FILE, basemap: BASEMAP_FILE };

/** Parameters whose validity needs no data: a bad value is reset with a notice. */
const GENERIC_PARAMS = [embedParam, presentParam, tourParam, intervalParam, tourAreasParam, langParam, searchParam, initiativeParam, ...Object.values(filterParams)] as ParamCodec<unknown>[];

function collection(features: FeatureCollection['features'] | undefined): FeatureCollection {
  return { type: 'FeatureCollection', features: features ?? [] };
}

export function App() {
  const [lang, setLang] = useUrlParam(langParam);
  const [embed] = useUrlParam(embedParam);
  const [present, setPresent] = useUrlParam(presentParam);
  const [touring, setTouring] = useUrlParam(tourParam);
  const [tourInterval, setTourInterval] = useUrlParam(intervalParam);
  const [tourAreas] = useUrlParam(tourAreasParam);
  const mode = embed ? 'embed' : present ? 'presentation' : 'normal';
  const mapHandle = useRef<MapHandle>(null);
  const map = useMapModule();
  const MapView = map.module?.default;
  const t = messagesFor(lang);
  setUiLocale(LOCALES[lang]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const areas = useAreas();
  const basemap = useBasemap();
  const [slug, setSlug] = useUrlParam(areaParam);
  const [layerId, setLayer, invalidLayer] = useUrlParam(layerParam);
  const [year, setYear, invalidYear] = useUrlParam(yearParam);
  const [compare, setCompare, invalidCompare] = useUrlParam(compareParam);
  const [view, setView, invalidView] = useUrlParam(viewParam);
  // The delområden are needed by a selected area's panel, the register's named places and the
  // other views; the map view with nothing selected gets them once the page is idle.
  const idle = useIdle();
  const subareas = useSubareas(idle || slug !== null || view !== 'karta');
  const { notices, notify, dismiss } = useNotices();

  const areaItems = areas.data?.items;
  const areaSlugs = useMemo(() => areaItems?.map((a) => a.properties.slug), [areaItems]);
  const areaNames = useMemo(() => areaItems?.map((a) => ({ slug: a.properties.slug, name: a.properties.name })) ?? [], [areaItems]);
  const selected = areaItems?.find((a) => a.properties.slug === slug) ?? null;
  const index = useIndexModel(areaSlugs, { year, layer: layerId });
  const model = index.model;
  // The leave-one-out ranks are left out of the first render (the colours do not wait for them);
  // computed in idle time, so that selecting an area does not have to wait for them either.
  useEffect(() => (model ? whenIdle(() => model.robustnessOf('')) : undefined), [model]);
  const regFilters = useRegisterFilters();
  const register = useRegister(areaItems, subareas.data?.items, regFilters.filters, regFilters.openId);
  const opener = useRef<string | null>(null);
  const openInitiative = (id: string) => {
    opener.current = id;
    regFilters.setOpenId(id);
  };
  const closeInitiative = () => {
    regFilters.setOpenId(null);
    // Give focus back to the entry that opened the detail (WCAG 2.4.3), once the list is back.
    const id = opener.current;
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-initiative="${id}"]`)?.focus());
  };
  const areaName = (s: string) => areaItems?.find((a) => a.properties.slug === s)?.properties.name ?? s;
  const subareaName = (s: string) => subareas.data?.items.find((x) => x.properties.slug === s)?.properties.name ?? s;

  // Values in a shared link that the data does not have: drop them and say so, rather than guess.
  useEffect(() => {
    if (areaItems && slug && !selected) {
      notify(t.unknownArea(slug));
      setSlug(null, 'replace');
    }
    if (invalidLayer || (model && layerId !== model.layer.id)) {
      notify(t.unknownLayer(invalidLayer ?? layerId));
      setLayer('index', 'replace');
    }
    if (invalidYear || (model && year !== null && year !== model.year)) {
      notify(t.unknownYear(invalidYear ?? String(year)));
      setYear(null, 'replace');
    }
    if (invalidView) setView('karta', 'replace');
    for (const bad of invalidParams(GENERIC_PARAMS)) {
      notify(t.invalidParam(bad.key, bad.raw));
      resetParam(bad.codec);
    }
    if (register.initiatives.data && register.organisations.data) {
      const known: Record<(typeof FACETS)[number], Set<string>> = {
        kind: new Set(register.initiatives.data.meta.kinds.map((x) => x.id)),
        organisation: new Set(register.organisations.data.items.map((o) => o.id)),
        dimension: new Set(register.initiatives.data.meta.dimensions.map((x) => x.id)),
        theme: new Set(register.initiatives.data.meta.themes.map((x) => x.id)),
        targetGroup: new Set(register.initiatives.data.meta.targetGroups.map((x) => x.id)),
        status: new Set(register.initiatives.data.meta.statuses.map((x) => x.id)),
      };
      for (const facet of FACETS) {
        const values = regFilters.filters[facet];
        const unknownValues = values.filter((v) => !known[facet].has(v));
        if (unknownValues.length) {
          unknownValues.forEach((v) => notify(t.unknownFilterValue(filterParams[facet].key, v)));
          regFilters.setFacet(facet, values.filter((v) => known[facet].has(v)));
        }
      }
    }
    if (register.items && regFilters.openId && !register.open) {
      notify(t.unknownInitiative(regFilters.openId));
      regFilters.setOpenId(null, 'replace');
    }
    if (invalidCompare) setCompare([], 'replace');
    const unknown = areaSlugs ? compare.filter((s) => !areaSlugs.includes(s)) : [];
    if (unknown.length) {
      unknown.forEach((s) => notify(t.unknownCompare(s)));
      setCompare(compare.filter((s) => !unknown.includes(s)), 'replace');
    }
  });

  const tourList = useMemo(() => {
    const all = [...areaNames].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
    const chosen = tourAreas.map((s) => all.find((a) => a.slug === s)).filter((a): a is { slug: string; name: string } => Boolean(a));
    return chosen.length ? chosen : all;
  }, [areaNames, tourAreas]);
  const tour = { playing: mode === 'presentation' && touring, interval: tourInterval, list: tourList, current: slug };
  const tourGo = (s: string) => setSlug(s, 'replace');
  useTour(tour, tourGo, (on) => setTouring(on, 'replace'));
  useWakeLock(mode === 'presentation');
  useReportHeight(mode === 'embed');

  const areasFc = useMemo(() => (areaItems ? collection(areaItems) : null), [areaItems]);
  const subareasFc = useMemo(() => (subareas.data ? collection(subareas.data.items) : null), [subareas.data]);
  const basemapFc = useMemo(() => (basemap.data ? collection(basemap.data.items) : null), [basemap.data]);
  const countsBySlug = useMemo(() => Object.fromEntries(register.counts.features.map((f) => [f.properties?.slug as string, f.properties?.count as number])), [register.counts]);
  const bounds = useMemo(() => (areaItems && areaItems.length > 0 ? boundsOf(areaItems) : null), [areaItems]);
  const choropleth = useMemo(() => {
    if (!model || !areaItems) return null;
    const bySlug = classesByArea(model, areaItems.map((a) => a.properties.slug));
    return { classes: Object.fromEntries(areaItems.map((a) => [a.id, bySlug[a.properties.slug] ?? null])), colors: CLASS_COLORS, missingColor: MISSING_COLOR };
  }, [model, areaItems]);
  const problems = useMemo(
    () => [
      ...(areas.data?.problems ?? []),
      ...(subareas.data?.problems ?? []),
      ...(basemap.data?.problems ?? []),
      ...(areaItems && subareas.data ? crossCheckSubareas(areaItems, subareas.data.items) : []),
      ...index.problems,
      ...register.problems,
    ],
    [areas.data, subareas.data, basemap.data, areaItems, index.problems, register.problems],
  );

  const datasets = [
    { file: 'geo/omraden.geojson', meta: areas.data?.meta },
    { file: 'geo/delomraden.geojson', meta: subareas.data?.meta },
    { file: 'geo/bakgrund.geojson', meta: basemap.data?.meta },
    { file: 'data/index-definition.json', meta: index.definition.data?.meta },
    { file: 'data/index-values.json', meta: index.values.data?.meta },
    { file: 'data/insatser.json', meta: register.initiatives.data?.meta },
    { file: 'data/organisationer.json', meta: register.organisations.data?.meta },
  ].filter((d): d is { file: string; meta: NonNullable<typeof d.meta> } => Boolean(d.meta));
  const failed = [areas, subareas, basemap, index.definition, index.values, register.initiatives, register.organisations].filter((q) => q.isError);
  const selectSlug = useCallback((s: string) => setSlug(s), [setSlug]);
  const labels = register.labels;
  const detail =
    register.open && labels && register.initiatives.data ? (
      <InitiativeDetail
        item={register.open}
        meta={register.initiatives.data.meta}
        labels={labels}
        areaName={areaName}
        subareaName={subareaName}
        onClose={closeInitiative}
        t={t}
      />
    ) : null;
  const listForView = view === 'insatser' && selected ? register.filtered.filter((i) => i.geography.areas.includes(selected.properties.slug)) : register.filtered;

  const exportIndexCsv = async () => {
    if (!model || !areaItems) return;
    const { indexCsvRows, download, toCsv } = await exporters();
    const { header, rows } = indexCsvRows(model, areaItems.map((a) => ({ slug: a.properties.slug, name: a.properties.name, officialName: a.properties.officialName })));
    download(`omradesindex-${model.layer.id}-${model.year}.csv`, toCsv(header, rows));
  };
  const exportInitiativesCsv = async () => {
    if (!labels) return;
    const { initiativesCsvRows, download, toCsv } = await exporters();
    const { header, rows } = initiativesCsvRows(listForView, labels, areaName);
    download('insatser.csv', toCsv(header, rows));
  };
  const exportMapPng = async () => {
    const shot = await mapHandle.current?.snapshot();
    if (!shot || !model) return;
    const legend = [
      ...legendClasses().map((c) => ({ color: c.color, label: classLabel(c, (n) => formatNumber(n), { below: t.legendBelow, above: t.legendAbove }) })),
      { color: MISSING_COLOR, label: t.legendMissing, hatched: true },
    ];
    const blob = await composeMapPng({
      map: shot,
      title: `${model.layer.label} ${model.year} (${t.legendUnit})${model.layerHasExample ? ` – ${t.exampleData}` : ''}`,
      subtitle: t.appSubtitle,
      legend,
      source: t.sources,
    });
    (await exporters()).download(`omradeskartan-${model.layer.id}-${model.year}.png`, blob);
  };
  const exportsPanel =
    mode === 'normal' ? (
      <section className="exports" aria-labelledby="exports-title">
        <h2 id="exports-title" className="section-title">
          {t.exportsHeading}
        </h2>
        <div className="export-buttons">
          {model && (
            <button type="button" onClick={() => void exportIndexCsv()}>
              {t.exportIndexCsv}
            </button>
          )}
          {labels && (
            <button type="button" onClick={() => void exportInitiativesCsv()}>
              {t.exportInitiativesCsv}
            </button>
          )}
          {model && (
            <button type="button" onClick={() => void exportMapPng()}>
              {t.exportMapPng}
            </button>
          )}
          {selected && view === 'karta' && (
            <button type="button" onClick={() => window.print()}>
              {t.printCard}
            </button>
          )}
        </div>
        <p className="small">{t.csvNote}</p>
      </section>
    ) : null;

  const tooltip = (id: number) => {
    const area = areaItems?.find((a) => a.id === id);
    if (!area) return null;
    const score = model ? scoreOf(model, area.properties.slug) : null;
    return (
      <>
        <strong>{area.properties.name}</strong>
        {model && (
          <div>
            {model.layer.label}: {score === null ? t.missing : formatNumber(score, 1)}
            {model.layerHasExample ? ` (${t.exampleData})` : ''}
          </div>
        )}
      </>
    );
  };

  return (
    <div className="app" data-mode={mode}>
      <a className="skip-link" href="#main-content">
        {t.skipToList}
      </a>
      <AppHeader
        t={t}
        mode={mode}
        view={view}
        onView={(v) => setView(v)}
        tools={
          <>
          {mode === 'embed' ? (
            <a href={currentUrl({ inbaddning: null })} target="_blank" rel="noopener">
              {t.openFull}
            </a>
          ) : (
            <>
              {mode === 'normal' && <ShareButton t={t} />}
              {mode === 'normal' && <EmbedDialogButton t={t} />}
              {mode === 'normal' && (
                <button type="button" onClick={() => setPresent(true)}>
                  {t.present}
                </button>
              )}
              <button type="button" lang={lang === 'sv' ? 'en' : 'sv'} onClick={() => setLang(lang === 'sv' ? 'en' : 'sv')}>
                {t.switchLanguage}
              </button>
            </>
          )}
          </>
        }
      />
      <div className="messages">
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
        <DataProblems problems={problems} heading={t.problemsHeading} more={t.moreProblems} />
      </div>
      {view === 'metod' || view === 'tillganglighet' ? (
        <main id="main-content" className="page" tabIndex={-1}>
          {view === 'metod' ? <MethodologyPage definition={index.definition.data} t={t} m={methodologyFor(lang)} datasets={datasets} /> : <StatementPage s={statementFor(lang)} />}
        </main>
      ) : (
        <main id="main-content" className="layout" data-view={view} tabIndex={-1}>
          <div className="sidebar">
            {mode === 'presentation' && (
              <Suspense fallback={null}>
              <PresentationBar
                t={t}
                tour={tour}
                onPlay={(on) => setTouring(on, 'replace')}
                onStep={(step) => {
                  const next = stepTour(tourList.map((a) => a.slug), slug, step);
                  if (next) tourGo(next);
                }}
                onInterval={(n) => setTourInterval(n, 'replace')}
                onExit={() => {
                  setTouring(false);
                  setPresent(false);
                  if (document.fullscreenElement) void document.exitFullscreen();
                }}
              />
              </Suspense>
            )}
            {model && !detail && view !== 'insatser' && (
              <>
                <IndexControls model={model} onLayer={(id) => setLayer(id)} onYear={(y) => setYear(y === model.defaultYear ? null : y)} t={t} />
                <Legend model={model} t={t} />
              </>
            )}
            {detail}
            {!detail && view === 'karta' && (
              <>
                <section aria-labelledby="areas-heading" id="area-list">
                  <h2 id="areas-heading" className="section-title">
                    {t.areasHeading}
                  </h2>
                  {areas.isPending && <p>{t.loading}</p>}
                  {areaItems && <AreaList areas={areaItems} selectedSlug={selected?.properties.slug ?? null} onSelect={selectSlug} label={t.areasListLabel} moreLabel={t.showMoreAreas} />}
                </section>
                {areaItems && (
                  <section className="panel" aria-live="polite">
                    <AreaPanel area={selected} subareas={selected ? subareasOf(selected, subareas.data?.items) : []} onClear={() => setSlug(null)} t={t}>
                      {selected && labels && <AreaInitiatives area={selected.properties.slug} items={register.filtered} onOpen={openInitiative} labels={labels} t={t} />}
                      {selected && model && <AreaIndexProfile model={model} area={selected.properties.slug} areaCount={areaItems.length} t={t} />}
                    </AreaPanel>
                  </section>
                )}
              </>
            )}
            {!detail && view === 'insatser' && labels && register.items && (
              <section className="initiatives" aria-labelledby="initiatives-title">
                <h2 id="initiatives-title">{t.initiativesHeading}</h2>
                <InitiativeFilters
                  items={register.items}
                  filters={{ ...regFilters.filters, area: null }}
                  onChange={regFilters.setFacet}
                  onSearch={regFilters.setSearch}
                  onClear={regFilters.clear}
                  labels={labels}
                  t={t}
                />
                {selected && (
                  <p className="chip">
                    {t.areaFilter(selected.properties.name)}{' '}
                    <button type="button" className="link-button" aria-label={t.removeAreaFilter(selected.properties.name)} onClick={() => setSlug(null)}>
                      ✕
                    </button>
                  </p>
                )}
                <p role="status" className="result-count">
                  {t.showingCount(listForView.length, register.items.length)}
                </p>
                <InitiativeList items={listForView} onOpen={openInitiative} labels={labels} t={t} keepVisible={opener.current} />
              </section>
            )}
            {!detail && view === 'matris' && labels && areaItems && (
              <MatrixView
                items={register.filtered}
                areas={areaNames}
                scores={Object.fromEntries(areaNames.map((a) => [a.slug, model ? scoreOf(model, a.slug) : null]))}
                scoreLabel={model ? `${model.layer.label} ${model.year}` : ''}
                scoreExample={model?.layerHasExample ?? false}
                dimensions={register.initiatives.data?.meta.dimensions.map((d) => d.id) ?? []}
                onCell={(area, facet, value) => {
                  regFilters.setFacet(facet, [value]);
                  setSlug(area);
                  setView('insatser');
                }}
                onSelectArea={selectSlug}
                labels={labels}
                t={t}
              />
            )}
            {view === 'rankning' && model && <RankingView model={model} areas={areaNames} onSelect={selectSlug} selected={slug} t={t} />}
            {view === 'jamfor' && model && <CompareView model={model} areas={areaNames} chosen={compare} onChange={(c) => setCompare(c)} t={t} />}
            {!detail && exportsPanel}
          </div>
          <section className="map-section" aria-label={t.mapLabel}>
            <p className="map-hint" id="map-hint">
              {t.mapHint} {t.mapCountsLabel}
            </p>
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
                replace={{ areas: (areas.data?.problems.length ?? 0) > 0, basemap: (basemap.data?.problems.length ?? 0) > 0 }}
                subareas={subareasFc}
                bounds={bounds}
                selectedId={selected?.id ?? null}
                selectedSlug={selected?.properties.slug ?? null}
                onSelect={(id) => {
                  const hit = areaItems?.find((a) => a.id === id);
                  if (hit) setSlug(hit.properties.slug);
                }}
                choropleth={choropleth}
                counts={register.counts}
                places={register.places}
                highlightIds={register.highlightIds}
                renderTooltip={tooltip}
                ref={mapHandle}
                cooperativeGestures={mode === 'embed'}
                labels={{ ...mapLabels(t), unavailable: t.mapUnavailable, contextLost: t.contextLost }}
                attribution={MAP_ATTRIBUTION}
              />
            )}
            {model ? (
              <MapTextAlternative
                model={model}
                areas={areaNames}
                counts={countsBySlug}
                t={t}
              />
            ) : (
              // Holds the text alternative's place, so the map does not change size when it comes.
              <div className="map-text" />
            )}
          </section>
        </main>
      )}
      <p className="print-only">
        {t.printSources} {t.printedAt(formatDate(new Date().toISOString().slice(0, 10)))}
      </p>
      <AppFooter t={t} onStatement={() => setView('tillganglighet')} />
    </div>
  );
}
