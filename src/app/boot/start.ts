import firstFrame from 'virtual:first-frame';
import { mapAside } from '../shell/map-aside';
import { layerParam, yearParam } from '../url/codecs';
import { parseUrl } from '../url/url-state';
import { loadMapModule } from './map-module';

/**
 * What the page is, read from the URL once at start (with the app's own parser), and the map
 * chunk's request. This is the entry chunk's first import, so that request goes out before React
 * has even run: the map chunk is three times the entry chunk (250 kB gzip), the longest wait on a
 * slow network, and the map cannot start without it (docs/performance.md, "Byte och startordning").
 */
const url = parseUrl(window.location.search);

export const startLang = url.lang;
export const startView = url.view;
export const startMode = url.mode;
export const startMapAside = mapAside(url.view, url.mode, url.showMap);
export const startShowsMap = startView !== 'metod' && startView !== 'tillganglighet' && startView !== 'redigera';

const { kind, organisation, dimension, theme, targetGroup, status, search } = url.filters;
/**
 * The build's first frame (colours and badges) when the page opens on what it was computed for:
 * the default layer and year, no filter, search or own weighting. Any other start draws plain areas first.
 */
export const startFirstFrame =
  url.layer === layerParam.defaultValue &&
  url.year === yearParam.defaultValue &&
  search === '' &&
  [kind, organisation, dimension, theme, targetGroup, status].every((v) => v.length === 0) &&
  // A weighting of one's own ("Väg själv") is another index than the build computed.
  Object.keys(url.weights).length === 0 &&
  url.leftOut.length === 0
    ? firstFrame
    : null;

// A failure here is seen, and reported, by the map's own load in early-map.ts.
if (startShowsMap) loadMapModule().catch(() => undefined);
