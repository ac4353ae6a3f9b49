/**
 * The map's first frame, computed when the app is built, from the data files it ships and with
 * the app's own functions (parse, index model, map drawing): the default view's class per area
 * and its count badges. The entry chunk hands it to the map it starts, so MapLibre's first idle is
 * the finished choropleth instead of plain areas. The app still loads and checks the files and
 * corrects the map where they differ (an edited data file on the server): this is a head start,
 * never a second source of truth.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseAreas } from '../../src/features/areas/api/areas.ts';
import { AREAS_FILE } from '../../src/features/areas/files.ts';
import { INDEX_DEFINITION_FILE, parseIndexDefinition } from '../../src/features/index/api/index-definition.ts';
import { INDEX_VALUES_FILE, parseIndexValues } from '../../src/features/index/api/index-values.ts';
import { buildIndexModel, scoreOf } from '../../src/features/index/model.ts';
import { localizeDefinition } from '../../src/features/index/localize.ts';
import { mapSummary } from '../../src/features/index/summary.ts';
import { en } from '../../src/lib/copy/en.ts';
import { sv } from '../../src/lib/copy/sv.ts';
import { INITIATIVES_FILE, parseInitiatives } from '../../src/features/initiatives/api/initiatives.ts';
import { EMPTY_FILTERS, selectInitiatives } from '../../src/features/initiatives/filters.ts';
import type { FirstFrame } from '../../src/features/map/map-drawing.ts';
import { mapDrawing } from '../../src/app/map-adapter.ts';
import { layerParam, yearParam } from '../../src/app/url/codecs.ts';

/** The files it is computed from, relative to public/ (a change to one rebuilds it in `npm run dev`). */
export const FIRST_FRAME_FILES = [AREAS_FILE, INDEX_DEFINITION_FILE, INDEX_VALUES_FILE, INITIATIVES_FILE];

/** The first frame of the default view (no parameters), or null when the data cannot give one. */
export function computeFirstFrame(publicDir: string): FirstFrame | null {
  try {
    const read = (file: string): unknown => JSON.parse(readFileSync(resolve(publicDir, file), 'utf8'));
    const areas = parseAreas(read(AREAS_FILE)).items;
    if (areas.length === 0) return null;
    const slugs = areas.map((a) => a.properties.slug);
    const definition = parseIndexDefinition(read(INDEX_DEFINITION_FILE));
    const values = parseIndexValues(read(INDEX_VALUES_FILE)).items;
    const wanted = { layer: layerParam.defaultValue, year: yearParam.defaultValue };
    const model = buildIndexModel(definition, values, slugs, wanted);
    const english = buildIndexModel(localizeDefinition(definition, 'en'), values, slugs, wanted);
    if (!model || !english) return null;
    const areaCounts = selectInitiatives(parseInitiatives(read(INITIATIVES_FILE)).items, EMPTY_FILTERS).areaCounts;
    const drawing = mapDrawing({ model, areas, subareas: undefined, areaCounts, open: null, selected: null });
    if (!drawing.choropleth || !drawing.counts) return null;
    const { classes } = drawing.choropleth;
    const rows = areas
      .map((a) => ({ slug: a.properties.slug, name: a.properties.name, score: scoreOf(model, a.properties.slug), cls: classes[a.properties.slug] ?? null, count: areaCounts[a.properties.slug] ?? 0 }))
      .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
    const names = rows.map(({ slug, name }) => ({ slug, name }));
    return {
      layer: model.layer.id,
      layerLabel: { sv: model.layer.label, en: english.layer.label },
      example: model.layerHasExample,
      year: model.year,
      choropleth: drawing.choropleth,
      counts: drawing.counts,
      summary: { sv: mapSummary(model, names, sv), en: mapSummary(english, names, en) },
      areas: rows,
    };
  } catch {
    // A file that does not parse at all: the map starts plain and the app reports the file.
    return null;
  }
}
