import { http, HttpResponse } from 'msw';
import areas from '../tests/fixtures/geo/omraden.geojson?raw';
import subareas from '../tests/fixtures/geo/delomraden.geojson?raw';
import basemap from '../tests/fixtures/geo/bakgrund.geojson?raw';
import indexDefinition from '../tests/fixtures/data/index-definition.json?raw';
import indexValues from '../tests/fixtures/data/index-values.json?raw';
import initiatives from '../tests/fixtures/data/insatser.json?raw';
import organisations from '../tests/fixtures/data/organisationer.json?raw';

const json = (body: string) => () => new HttpResponse(body, { headers: { 'Content-Type': 'application/geo+json' } });

/** One handler per resource, served from tests/fixtures. Error paths are per-test `server.use`. */
export const geoHandlers = [
  http.get('*/geo/omraden.geojson', json(areas)),
  http.get('*/geo/delomraden.geojson', json(subareas)),
  http.get('*/geo/bakgrund.geojson', json(basemap)),
];

export const dataHandlers = [
  http.get('*/data/index-definition.json', json(indexDefinition)),
  http.get('*/data/index-values.json', json(indexValues)),
  http.get('*/data/insatser.json', json(initiatives)),
  http.get('*/data/organisationer.json', json(organisations)),
];

export const handlers = [...geoHandlers, ...dataHandlers];
