/**
 * MapLibre's CSP build: the standard build starts its worker from a blob: URL, which a strict
 * Content-Security-Policy (worker-src 'self') forbids. The CSP build loads the worker from a file
 * that Vite emits next to our own code. See docs/hosting.md.
 */
import maplibregl from 'maplibre-gl/dist/maplibre-gl-csp';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-csp-worker.js?url';

maplibregl.setWorkerUrl(new URL(workerUrl, document.baseURI).href);

export default maplibregl;
