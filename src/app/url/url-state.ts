import { useSyncExternalStore } from 'react';
import type { Filters } from '../../features/initiatives/filters';
import {
  areaParam,
  compareParam,
  embedParam,
  filterParams,
  focusParam,
  initiativeParam,
  intervalParam,
  langParam,
  layerParam,
  leftOutParam,
  mapParam,
  presentParam,
  searchParam,
  subareaParam,
  tourAreasParam,
  tourParam,
  viewParam,
  weightsParam,
  withCityWideParam,
  cellParam,
  yearParam,
  type ParamCodec,
} from './codecs';
import { currentSearch, readParam, subscribeUrl } from './store';

/** Every parameter the app reads, by the name the code uses. */
export const PARAMS = {
  area: areaParam,
  subarea: subareaParam,
  layer: layerParam,
  year: yearParam,
  compare: compareParam,
  view: viewParam,
  showMap: mapParam,
  showFocus: focusParam,
  kind: filterParams.kind,
  organisation: filterParams.organisation,
  dimension: filterParams.dimension,
  theme: filterParams.theme,
  targetGroup: filterParams.targetGroup,
  status: filterParams.status,
  search: searchParam,
  open: initiativeParam,
  embed: embedParam,
  present: presentParam,
  tour: tourParam,
  interval: intervalParam,
  tourAreas: tourAreasParam,
  lang: langParam,
  weights: weightsParam,
  leftOut: leftOutParam,
  withCityWide: withCityWideParam,
  cell: cellParam,
} as const;

type ValueOf<C> = C extends ParamCodec<infer T> ? T : never;
export type ParamName = keyof typeof PARAMS;
export type UrlValues = { readonly [K in ParamName]: ValueOf<(typeof PARAMS)[K]> };

export type Mode = 'normal' | 'embed' | 'presentation';

/** A parameter whose value in the link did not parse: reset to its default with a notice. */
export interface InvalidParam {
  name: ParamName;
  key: string;
  raw: string;
}

export interface UrlState extends UrlValues {
  mode: Mode;
  /** The register's filters, the selected area included (the initiatives feature applies them all). */
  filters: Filters;
  invalid: readonly InvalidParam[];
}

const NAMES = Object.keys(PARAMS) as ParamName[];

/**
 * Parses every parameter of `query` once. Values equal to those in `previous` keep its references
 * (arrays, the filters object), so memos and effects that depend on one value do not re-run when
 * another parameter changes.
 */
export function parseUrl(query: string, previous?: UrlState): UrlState {
  const values = {} as Record<ParamName, unknown>;
  const invalid: InvalidParam[] = [];
  for (const name of NAMES) {
    const codec = PARAMS[name] as ParamCodec<unknown>;
    const read = readParam(codec, query);
    if (read.invalid !== null) invalid.push({ name, key: codec.key, raw: read.invalid });
    const before = previous?.[name];
    values[name] = previous && codec.serialise(before) === codec.serialise(read.value) ? before : read.value;
  }
  const v = values as unknown as UrlValues;
  const filters: Filters = {
    kind: v.kind,
    organisation: v.organisation,
    dimension: v.dimension,
    theme: v.theme,
    targetGroup: v.targetGroup,
    status: v.status,
    search: v.search,
    area: v.area,
  };
  const prevFilters = previous?.filters;
  const sameFilters = prevFilters && (Object.keys(filters) as (keyof Filters)[]).every((k) => prevFilters[k] === filters[k]);
  const sameInvalid = previous && previous.invalid.length === invalid.length && previous.invalid.every((p, i) => p.key === invalid[i]!.key && p.raw === invalid[i]!.raw);
  return {
    ...v,
    mode: modeOf(v.embed, v.present),
    filters: sameFilters ? prevFilters : filters,
    invalid: sameInvalid ? previous.invalid : invalid,
  };
}

/** Embed wins over presentation: a framed page is never a big screen. */
export const modeOf = (embed: boolean, present: boolean): Mode => (embed ? 'embed' : present ? 'presentation' : 'normal');

let cached: { query: string; state: UrlState } | null = null;

function snapshot(): UrlState {
  const query = currentSearch();
  if (cached?.query !== query) cached = { query, state: parseUrl(query, cached?.state) };
  return cached.state;
}

const serverSnapshot = parseUrl('');

/** The URL state; the same object until the query string changes (setters are in ./store.ts). */
export function useUrlState(): UrlState {
  return useSyncExternalStore(subscribeUrl, snapshot, () => serverSnapshot);
}
