import { useEffect } from 'react';
import { FACETS, type Facet } from '../../features/initiatives/filters';
import type { Messages } from '../../lib/copy/sv';
import { weightingFor } from '../../lib/copy/messages';
import { PARAMS, type ParamName, type UrlState } from './url-state';
import type { ParamCodec } from './codecs';
import { change, setDataDefault, setParams, type ParamChange } from './store';

/** What the data says is there; null for what has not loaded (it is not judged until it has). */
export interface Known {
  areas: ReadonlySet<string> | null;
  /** Each delområde's area, by the delområde's slug. */
  subareas: ReadonlyMap<string, string> | null;
  /**
   * The layer and year the index shows (an unknown one in the link falls back), its default year,
   * the dimension and indicator ids of the definition, and whether the link's weighting leaves
   * nothing to compute (every dimension at 0).
   */
  index: {
    layer: string;
    year: number;
    defaultYear: number;
    dimensions: ReadonlySet<string>;
    indicators: ReadonlySet<string>;
    /** The link's weights as they differ from the proposal (a weight equal to it is left out of the URL). */
    weights: Readonly<Record<string, number>>;
    weightingEmpty: boolean;
  } | null;
  /** The register's ids per facet, once both the register and the organisations are in. */
  facets: Record<Facet, ReadonlySet<string>> | null;
  initiatives: ReadonlySet<string> | null;
}

export const NOTHING_KNOWN: Known = { areas: null, subareas: null, index: null, facets: null, initiatives: null };

/** Parameters checked against the data below; the others are only checked for form. */
const DATA_CHECKED: ReadonlySet<ParamName> = new Set(['area', 'layer', 'year', 'compare']);

/**
 * Values in a shared link that cannot be used: drop them and say so, rather than guess. Pure: the
 * notices to show and the parameters to reset (the caller writes them as one `replace`).
 */
export function correctUrl(url: UrlState, known: Known, t: Messages): { notices: string[]; changes: ParamChange[] } {
  const notices: string[] = [];
  const changes: ParamChange[] = [];
  const invalid = new Map(url.invalid.map((p) => [p.name, p]));

  // A malformed value whose validity needs no data: back to the default, with the raw value named.
  // An area that is not even a slug is ignored without a word (it cannot be an area at all).
  for (const p of url.invalid) {
    if (DATA_CHECKED.has(p.name) && p.name !== 'compare') continue;
    notices.push(t.invalidParam(p.key, p.raw));
    const codec = PARAMS[p.name] as ParamCodec<unknown>;
    changes.push(change(codec, codec.defaultValue));
  }
  if (known.areas && url.area !== null && !known.areas.has(url.area)) {
    notices.push(t.unknownArea(url.area));
    changes.push(change(PARAMS.area, null));
  }
  if (known.subareas && url.subarea !== null) {
    const areaOf = known.subareas.get(url.subarea);
    if (areaOf === undefined) {
      notices.push(t.unknownSubarea(url.subarea));
      changes.push(change(PARAMS.subarea, null));
    } else if (areaOf !== url.area) {
      // The delområde is the more specific choice: its area follows it (said when another was named).
      if (url.area !== null) notices.push(t.subareaMovedArea(url.subarea, areaOf));
      changes.push(change(PARAMS.area, areaOf));
    }
  }
  if (known.areas) {
    const unknown = url.compare.filter((s) => !known.areas!.has(s));
    if (unknown.length) {
      unknown.forEach((s) => notices.push(t.unknownCompare(s)));
      changes.push(change(PARAMS.compare, url.compare.filter((s) => known.areas!.has(s))));
    }
  }
  const badLayer = invalid.get('layer')?.raw ?? (known.index && url.layer !== known.index.layer ? url.layer : null);
  if (badLayer !== null) {
    notices.push(t.unknownLayer(badLayer));
    changes.push(change(PARAMS.layer, PARAMS.layer.defaultValue));
  }
  const badYear = invalid.get('year')?.raw ?? (known.index && url.year !== null && url.year !== known.index.year ? String(url.year) : null);
  if (badYear !== null) {
    notices.push(t.unknownYear(badYear));
    changes.push(change(PARAMS.year, null));
  }
  if (known.facets) {
    for (const facet of FACETS) {
      const ids = known.facets[facet];
      const unknown = url[facet].filter((v) => !ids.has(v));
      if (unknown.length) {
        unknown.forEach((v) => notices.push(t.unknownFilterValue(PARAMS[facet].key, v)));
        changes.push(change(PARAMS[facet], url[facet].filter((v) => ids.has(v))));
      }
    }
  }
  if (known.index) {
    const { dimensions, indicators, weightingEmpty } = known.index;
    const w = weightingFor(url.lang);
    const unknown = Object.keys(url.weights).filter((id) => !dimensions.has(id));
    unknown.forEach((id) => notices.push(w.unknownWeight(id)));
    if (unknown.length) changes.push(change(PARAMS.weights, Object.fromEntries(Object.entries(url.weights).filter(([id]) => dimensions.has(id)))));
    else if (weightingEmpty) {
      notices.push(w.allZero);
      changes.push(change(PARAMS.weights, {}));
    } else if (PARAMS.weights.serialise(known.index.weights) !== PARAMS.weights.serialise(url.weights)) changes.push(change(PARAMS.weights, known.index.weights));
    const unknownLeftOut = url.leftOut.filter((id) => !indicators.has(id));
    unknownLeftOut.forEach((id) => notices.push(w.unknownLeftOut(id)));
    if (unknownLeftOut.length) changes.push(change(PARAMS.leftOut, url.leftOut.filter((id) => indicators.has(id))));
  }
  if (known.facets && url.cell !== null) {
    const [theme, group] = url.cell.split('~') as [string, string];
    if (!known.facets.theme.has(theme) || !known.facets.targetGroup.has(group)) {
      notices.push(t.unknownCell(url.cell));
      changes.push(change(PARAMS.cell, null));
    }
  }
  if (known.initiatives && url.open !== null && !known.initiatives.has(url.open)) {
    notices.push(t.unknownInitiative(url.open));
    changes.push(change(PARAMS.open, null));
  }
  return { notices, changes };
}

/**
 * The one place where the URL is corrected against the data: runs when the URL or what is known
 * changes, never on every render.
 */
export function useUrlCorrections(url: UrlState, known: Known, t: Messages, notify: (text: string) => void): void {
  useEffect(() => {
    // The data's default year is left out of the URL like any other default.
    if (known.index) setDataDefault(PARAMS.year, known.index.defaultYear);
    const { notices, changes } = correctUrl(url, known, t);
    notices.forEach(notify);
    if (changes.length) setParams(changes, 'replace');
  }, [url, known, t, notify]);
}
