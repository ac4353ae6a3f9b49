import { FACETS, type Facet } from '../../features/initiatives/filters';
import type { View } from './codecs';
import { change, setParam, setParams } from './store';
import { PARAMS } from './url-state';

// What the user does, as URL changes. Module functions, so their identity never changes and memoised
// children that take them keep skipping.

// Another area (or none) closes the open delområde, which belongs to the area before.
export const selectArea = (slug: string | null) => setParams([change(PARAMS.area, slug), change(PARAMS.subarea, null)]);
/** Opens a delområde in its area (both in one history entry); null closes it and keeps the area. */
export const selectSubarea = (slug: string | null, areaSlug?: string) =>
  setParams(slug !== null && areaSlug !== undefined ? [change(PARAMS.area, areaSlug), change(PARAMS.subarea, slug)] : [change(PARAMS.subarea, slug)]);
export const showView = (view: View) => setParam(PARAMS.view, view);
export const setMapShown = (shown: boolean) => setParam(PARAMS.showMap, shown);
export const setFocusShown = (shown: boolean) => setParam(PARAMS.showFocus, shown);
export const setLayer = (id: string) => setParam(PARAMS.layer, id);
export const setYear = (year: number) => setParam(PARAMS.year, year);
export const setCompare = (slugs: string[]) => setParam(PARAMS.compare, slugs);
export const setFacet = (facet: Facet, values: string[]) => setParam(PARAMS[facet], values);
// Typing is a burst of changes: replace, so Back does not step through every keystroke.
export const setSearch = (text: string) => setParam(PARAMS.search, text, 'replace');
export const clearFilters = () => setParams([...FACETS.map((f) => change(PARAMS[f], [])), change(PARAMS.search, '')]);
/** A place chosen in the search: shown on the map view, with the search text that found it cleared. */
export const choosePlace = (areaSlug: string, subareaSlug: string | null) =>
  setParams([change(PARAMS.area, areaSlug), change(PARAMS.subarea, subareaSlug), change(PARAMS.search, ''), change(PARAMS.view, 'karta')]);
/** "Väg själv": the weighting as it differs from the proposal (normaliseWeighting); a slider moves in bursts, so replace. */
export const setWeighting = (weights: Readonly<Record<string, number>>, leftOut: readonly string[]) =>
  setParams([change(PARAMS.weights, weights), change(PARAMS.leftOut, [...leftOut])], 'replace');
export const resetWeighting = () => setParams([change(PARAMS.weights, {}), change(PARAMS.leftOut, [])]);
