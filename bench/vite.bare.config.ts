import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { firstFramePlugin } from '../scripts/lib/first-frame-plugin.ts';

/**
 * Builds the benchmark's bare MapLibre page (bench/bare) into dist-bench/bare. Only production
 * settings that matter for loading are shared with the app: relative base, the same bundler and
 * the same maplibre-gl module, and the same first frame (computed from the repo's public/ as for
 * the app). The GeoJSON is served from the app's build by the bench server.
 */
const root = resolve(import.meta.dirname, 'bare');
const repo = resolve(import.meta.dirname, '..');
export default defineConfig({
  root,
  base: './',
  publicDir: false,
  plugins: [firstFramePlugin({ root: repo, publicDir: resolve(repo, 'public') })],
  logLevel: 'warn',
  build: { outDir: resolve(import.meta.dirname, '../dist-bench/bare'), emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
