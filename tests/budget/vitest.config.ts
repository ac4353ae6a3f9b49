import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * Standalone config for the byte-budget test: `npm run test:budget` (after `npm run build`).
 * The same test runs in `npm test` once vite.config.ts has the `budget` project.
 */
export default defineConfig({
  root: resolve(import.meta.dirname, '../..'),
  test: {
    name: 'budget',
    environment: 'node',
    include: ['tests/budget/**/*.test.ts'],
  },
});
