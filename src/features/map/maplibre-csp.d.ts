// The CSP bundle has the same API as the main entry; it ships no declaration file of its own.
declare module 'maplibre-gl/dist/maplibre-gl-csp' {
  import maplibregl from 'maplibre-gl';
  export default maplibregl;
}
