import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * Builds the benchmark's bare MapLibre page (bench/bare) into dist-bench/bare. Only production
 * settings that matter for loading are shared with the app: relative base, the same bundler and
 * the same maplibre-gl module. The GeoJSON is served from the app's build by the bench server.
 */
const root = resolve(import.meta.dirname, 'bare');
export default defineConfig({
  root,
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: { outDir: resolve(import.meta.dirname, '../dist-bench/bare'), emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
