import { http, HttpResponse } from 'msw';
import areas from '../tests/fixtures/geo/omraden.geojson?raw';
import subareas from '../tests/fixtures/geo/delomraden.geojson?raw';
import basemap from '../tests/fixtures/geo/bakgrund.geojson?raw';

const json = (body: string) => () => new HttpResponse(body, { headers: { 'Content-Type': 'application/geo+json' } });

/** One handler per resource, served from tests/fixtures. Error paths are per-test `server.use`. */
export const geoHandlers = [
  http.get('*/geo/omraden.geojson', json(areas)),
  http.get('*/geo/delomraden.geojson', json(subareas)),
  http.get('*/geo/bakgrund.geojson', json(basemap)),
];

export const handlers = [...geoHandlers];
