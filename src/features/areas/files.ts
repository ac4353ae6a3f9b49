/** The geodata files, by name only: the entry chunk needs the names without the schemas. */
export const AREAS_FILE = 'geo/omraden.geojson';
export const BASEMAP_FILE = 'geo/bakgrund.geojson';
export const SUBAREAS_FILE = 'geo/delomraden.geojson';
