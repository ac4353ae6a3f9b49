/** The site's data files, by what they hold: the paths the app, data:validate and the workbench use. */
export const DATA_FILES = {
  areas: 'geo/omraden.geojson',
  subareas: 'geo/delomraden.geojson',
  basemap: 'geo/bakgrund.geojson',
  definition: 'data/index-definition.json',
  values: 'data/index-values.json',
  initiatives: 'data/insatser.json',
  organisations: 'data/organisationer.json',
} as const;
