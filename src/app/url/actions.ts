import { FACETS, type Facet } from '../../features/initiatives/filters';
import type { View } from './codecs';
import { change, setParam, setParams } from './store';
import { PARAMS } from './url-state';

// What the user does, as URL changes. Module functions, so their identity never changes and memoised
// children that take them keep skipping.

export const selectArea = (slug: string | null) => setParam(PARAMS.area, slug);
export const showView = (view: View) => setParam(PARAMS.view, view);
export const setMapShown = (shown: boolean) => setParam(PARAMS.showMap, shown);
export const setLayer = (id: string) => setParam(PARAMS.layer, id);
export const setYear = (year: number) => setParam(PARAMS.year, year);
export const setCompare = (slugs: string[]) => setParam(PARAMS.compare, slugs);
export const setFacet = (facet: Facet, values: string[]) => setParam(PARAMS[facet], values);
// Typing is a burst of changes: replace, so Back does not step through every keystroke.
export const setSearch = (text: string) => setParam(PARAMS.search, text, 'replace');
export const clearFilters = () => setParams([...FACETS.map((f) => change(PARAMS[f], [])), change(PARAMS.search, '')]);
