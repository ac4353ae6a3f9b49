import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { PRODUCTION_FRAME_ANCESTORS, SECURITY_HEADERS } from './csp.ts';
import { firstFramePlugin } from './scripts/lib/first-frame-plugin.ts';

export default defineConfig({
  plugins: [
    react(),
    // The map's first frame in the index colours, from the shipped data (scripts/lib/first-frame.ts).
    firstFramePlugin(),
    // Offline once loaded (docs/hosting.md, "Offline"): a Workbox service worker precaches the
    // whole build, lazy chunks, data, geo files and glyphs. Registered by the app itself after
    // load (src/app/boot/service-worker.ts), so no script of the plugin's; no manifest (the app
    // is not meant to be installed). Off in `npm run dev` (the plugin's default).
    VitePWA({
      injectRegister: false,
      registerType: 'autoUpdate',
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,json,geojson,pbf}'],
        // The embed's host script is for other pages; source maps are for developers; the .xlsx
        // reader (930 kB) is for the few editors who drop a spreadsheet on the workbench.
        globIgnores: ['embed/**', '**/*.map', 'assets/exceljs*'],
        // The MapLibre chunk and the areas' GeoJSON are over Workbox's 2 MB default.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        // A new deployment takes over at once; the next visit (or reload) runs it.
        skipWaiting: true,
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  // Relative base so the same build works at any path (malmo.se embed, preview server, bench).
  base: './',
  build: { sourcemap: true, chunkSizeWarningLimit: 1200 },
  // The preview server sends the production headers; it also lets local pages frame the app so
  // the embed example can be tried and tested (http://127.0.0.1:<any port>).
  preview: { port: 4173, strictPort: true, headers: SECURITY_HEADERS([...PRODUCTION_FRAME_ANCESTORS, 'http://127.0.0.1:*', 'http://localhost:*']) },
  test: {
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          globals: true,
          include: ['tests/unit/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
          setupFiles: ['tests/setup.ts'],
          // Not a time limit on the code: a component test that renders hundreds of entries in
          // jsdom takes several seconds on a busy two-core machine (5 s, the default, failed there).
          testTimeout: 20_000,
        },
      },
      {
        // Byte budgets of the production build (budgets.json): deterministic, so a test, run
        // after `npm run build` in `npm test`. Time budgets are only reported by `npm run bench`.
        extends: true,
        test: {
          name: 'budget',
          environment: 'node',
          include: ['tests/budget/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // expect.poll waits for the page (the app starts after the map's first idle, which takes
          // seconds with software WebGL on a busy machine); its 1 s default is no budget either.
          expect: { poll: { timeout: 15_000 } },
          // Two spec files at a time, one Chromium each: most of a browser test is waiting for the
          // software-rendered map, so two overlap well on the machine's two cores.
          fileParallelism: true,
        },
      },
    ],
  },
});
