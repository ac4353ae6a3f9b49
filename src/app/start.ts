import { embedParam, langParam, presentParam, viewParam, type ParamCodec } from './url-state';
import { loadMapModule } from './map-module';

/**
 * What the page is, read from the URL once at start, and the map chunk's request. This is the
 * entry chunk's first import, so that request goes out before React has even run: the map chunk
 * is three times the entry chunk (250 kB gzip), the longest wait on a slow network, and the map
 * cannot start without it (docs/performance.md, "Fjärde omgången").
 */
const params = new URLSearchParams(window.location.search);
const read = <T,>(codec: ParamCodec<T>): T => codec.parse(params.get(codec.key) ?? '') ?? codec.defaultValue;

export const startLang = read(langParam);
export const startView = read(viewParam);
export const startMode: 'embed' | 'presentation' | 'normal' = read(embedParam) ? 'embed' : read(presentParam) ? 'presentation' : 'normal';
export const startShowsMap = startView !== 'metod' && startView !== 'tillganglighet';

// A failure here is seen, and reported, by the map's own load in early-map.ts.
if (startShowsMap) loadMapModule().catch(() => undefined);
