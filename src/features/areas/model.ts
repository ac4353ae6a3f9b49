import type { AreaFeature } from './api/areas';
import type { SubareaFeature } from './api/subareas';
import type { SubareaSummary } from './components/area-panel';
import type { DataProblem } from '../../lib/data-error';
import { SUBAREAS_FILE } from './api/subareas';

/**
 * The delområden of an area, by name. Falls back to the slugs the area file lists when the
 * delområden file is missing, so the panel still says which parts an area has.
 */
export function subareasOf(area: AreaFeature, subareas: SubareaFeature[] | undefined): SubareaSummary[] {
  const own = subareas?.filter((s) => s.properties.areaSlug === area.properties.slug);
  const list = own && own.length > 0 ? own.map((s) => ({ slug: s.properties.slug, name: s.properties.name })) : area.properties.subareas.map((slug) => ({ slug, name: slug }));
  return list.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

/** Cross-file check: each delområde must point at an area that exists. */
export function crossCheckSubareas(areas: AreaFeature[], subareas: SubareaFeature[]): DataProblem[] {
  const known = new Set(areas.map((a) => a.properties.slug));
  return subareas
    .filter((s) => !known.has(s.properties.areaSlug))
    .map((s) => ({
      file: SUBAREAS_FILE,
      record: `delområde ${s.properties.code} (${s.properties.name})`,
      field: 'properties.areaSlug',
      message: `Området "${s.properties.areaSlug}" finns inte i geo/omraden.geojson eller har fel där.`,
    }));
}
