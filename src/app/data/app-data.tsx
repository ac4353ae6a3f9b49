import { createContext, use, useEffect, useMemo, type ReactNode } from 'react';
import { useAreas, type AreaFeature } from '../../features/areas/api/areas';
import { useBasemap } from '../../features/areas/api/basemap';
import { useSubareas } from '../../features/areas/api/subareas';
import { crossCheckSubareas } from '../../features/areas/model';
import { useIndexModel } from '../../features/index/use-index-model';
import { allIndicators } from '../../features/index/compute';
import { applyWeighting, normaliseWeighting } from '../../features/index/weighting';
import { weightingFor } from '../../lib/copy/messages';
import type { Initiative } from '../../features/initiatives/api/initiatives';
import { selectInitiatives, type InitiativeSelection } from '../../features/initiatives/filters';
import { focusEfforts, type FocusEffort } from '../../features/initiatives/focus';
import type { DataProblem } from '../../lib/data-error';
import { useIdle, whenIdle } from '../../lib/idle';
import type { Known } from '../url/corrections';
import { useUrlState } from '../url/url-state';
import { useRegister, type Register } from './use-register';

export interface AreaName {
  slug: string;
  name: string;
}

/**
 * Everything the views read, loaded and derived once for the whole app: the files (validated by
 * their feature's api), the index model for the URL's layer and year, and the register filtered
 * by the URL's filters and area. Views take what they need with `useAppData()`.
 */
export interface AppData {
  areas: ReturnType<typeof useAreas>;
  basemap: ReturnType<typeof useBasemap>;
  subareas: ReturnType<typeof useSubareas>;
  areaItems: AreaFeature[] | undefined;
  areaNames: AreaName[];
  selected: AreaFeature | null;
  index: ReturnType<typeof useIndexModel>;
  register: Register;
  /** The register under every filter of the URL, the area included (features/initiatives/filters). */
  selection: InitiativeSelection;
  open: Initiative | null;
  /** The insatsområden (features/initiatives/focus.ts); null until the register and the delområden are in. */
  focus: FocusEffort[] | null;
  areaName: (slug: string) => string;
  subareaName: (slug: string) => string;
  /** Problems of every file and every cross-file check, in one list. */
  problems: DataProblem[];
  /** Files that could not be loaded at all (each gets "Försök igen"). */
  failed: { error: unknown; refetch: () => unknown }[];
  known: Known;
}

const AppDataContext = createContext<AppData | null>(null);

export function useAppData(): AppData {
  const data = use(AppDataContext);
  if (!data) throw new Error('useAppData utanför AppDataProvider');
  return data;
}

/** What a custom weighting's names get added, in both languages (the model is language-free). */
const WEIGHTING_MARKS = { sv: weightingFor('sv').mark, en: weightingFor('en').mark };

export function AppDataProvider({ children }: { children: ReactNode }) {
  const url = useUrlState();
  const areas = useAreas();
  const basemap = useBasemap();
  // The delområden are needed by a selected area's panel, the register's named places and the
  // other views; the map view with nothing selected gets them once the page is idle.
  const idle = useIdle();
  const subareas = useSubareas(idle || url.area !== null || url.subarea !== null || url.showFocus || url.view !== 'karta');
  const areaItems = areas.data?.items;
  const areaSlugs = useMemo(() => areaItems?.map((a) => a.properties.slug), [areaItems]);
  const areaNames = useMemo(() => areaItems?.map((a) => ({ slug: a.properties.slug, name: a.properties.name })) ?? [], [areaItems]);
  const weighting = useMemo(() => ({ weights: url.weights, leftOut: url.leftOut }), [url.weights, url.leftOut]);
  const index = useIndexModel(areaSlugs, { year: url.year, layer: url.layer, lang: url.lang }, weighting, WEIGHTING_MARKS);
  const { model } = index;
  // The leave-one-out ranks are left out of the first render (the colours do not wait for them);
  // computed in idle time, so that selecting an area does not have to wait for them either.
  useEffect(() => (model ? whenIdle(() => model.robustnessOf('')) : undefined), [model]);
  const register = useRegister(areaItems, subareas.data?.items, url.lang);
  const selection = useMemo(() => selectInitiatives(register.items ?? [], url.filters), [register.items, url.filters]);
  const selected = useMemo(() => areaItems?.find((a) => a.properties.slug === url.area) ?? null, [areaItems, url.area]);
  const open = useMemo(() => register.items?.find((i) => i.id === url.open) ?? null, [register.items, url.open]);
  const names = useMemo(() => {
    const areaBySlug = new Map(areaItems?.map((a) => [a.properties.slug, a.properties.name]));
    const subareaBySlug = new Map(subareas.data?.items.map((s) => [s.properties.slug, s.properties.name]));
    return { areaName: (s: string) => areaBySlug.get(s) ?? s, subareaName: (s: string) => subareaBySlug.get(s) ?? s };
  }, [areaItems, subareas.data]);
  const subareaItems = subareas.data?.items;
  const focus = useMemo(() => {
    if (!register.items || !subareaItems) return null;
    const bySlug = new Map(subareaItems.map((s) => [s.properties.slug, { name: s.properties.name, area: s.properties.areaSlug }]));
    const areaBySlug = new Map(areaItems?.map((a) => [a.properties.slug, a.properties.name]));
    return focusEfforts(register.items, { areaName: (s) => areaBySlug.get(s), subarea: (s) => bySlug.get(s) });
  }, [register.items, subareaItems, areaItems]);
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
  const shownLayer = model?.layer.id;
  const shownYear = model?.year;
  const defaultYear = model?.defaultYear;
  const fullDefinition = index.definition.data;
  const knownIndex = useMemo(
    () =>
      shownLayer === undefined || shownYear === undefined || defaultYear === undefined || !fullDefinition
        ? null
        : {
            layer: shownLayer,
            year: shownYear,
            defaultYear,
            dimensions: new Set(fullDefinition.dimensions.map((d) => d.id)),
            indicators: new Set(allIndicators(fullDefinition).map((i) => i.id)),
            weights: normaliseWeighting(fullDefinition, weighting).weights,
            weightingEmpty: applyWeighting(fullDefinition, weighting) === null,
          },
    [shownLayer, shownYear, defaultYear, fullDefinition, weighting],
  );
  const subareaAreas = useMemo(() => (subareaItems ? new Map(subareaItems.map((s) => [s.properties.slug, s.properties.areaSlug])) : null), [subareaItems]);
  const known = useMemo<Known>(
    () => ({ areas: areaSlugs ? new Set(areaSlugs) : null, subareas: subareaAreas, index: knownIndex, facets: register.facetIds, initiatives: register.initiativeIds }),
    [areaSlugs, subareaAreas, knownIndex, register.facetIds, register.initiativeIds],
  );
  const failed = [areas, subareas, basemap, index.definition, index.values, register.initiatives, register.organisations].filter((q) => q.isError);
  // For tests and the benchmark, like the map's data-map-* counters: whether the files every view
  // needs have come (or failed). The map's idle no longer says so: its first frame needs no data.
  const settled = [areas, basemap, index.definition, index.values, register.initiatives, register.organisations].every((q) => !q.isPending || q.isError);
  useEffect(() => {
    document.body.dataset.appData = settled ? 'settled' : 'loading';
  }, [settled]);
  const value: AppData = { areas, basemap, subareas, areaItems, areaNames, selected, index, register, selection, open, focus, ...names, problems, failed, known };
  return <AppDataContext value={value}>{children}</AppDataContext>;
}
