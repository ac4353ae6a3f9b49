// @vitest-environment node
/**
 * Byte budgets (budgets.json, docs/performance.md) checked on the production build in dist/
 * (`npm run build` first; `npm test` builds before it runs vitest). Deterministic: bytes only,
 * never time — the time budgets are reported by `npm run bench`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allAssets, containsMapLibre, importsOf, mapLibreMarkers, prePaintAssets, staticClosure, htmlEntries, sum } from '../../scripts/bench/bytes';
import { ROOT, readBudgets } from '../../scripts/bench/budgets';

const DIST = join(ROOT, 'dist');
const budgets = readBudgets();
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

describe('byte budgets of the production build', () => {
  if (!existsSync(join(DIST, 'index.html'))) {
    it('needs dist/ (run `npm run build` first)', () => {
      throw new Error('dist/index.html saknas: kör `npm run build` före budgettestet (npm test gör det).');
    });
    return;
  }
  const prePaint = prePaintAssets(DIST);
  const markers = mapLibreMarkers(ROOT);

  it(`loads at most ${budgets.bytes.jsBeforeFirstPaintGzipKB} kB of gzipped JS before the first paint`, () => {
    const gzip = sum(prePaint.js, 'gzip');
    const detail = prePaint.js.map((a) => `${a.path} ${kB(a.gzip)}`).join(', ');
    expect(prePaint.js.length, 'index.html has a module entry').toBeGreaterThan(0);
    expect(gzip, `JS before first paint: ${kB(gzip)} gzip (${detail}); budget ${budgets.bytes.jsBeforeFirstPaintGzipKB} kB`).toBeLessThanOrEqual(
      budgets.bytes.jsBeforeFirstPaintGzipKB * 1000,
    );
  });

  it('keeps MapLibre out of everything loaded before the first paint, in a lazily loaded chunk', () => {
    expect(budgets.bytes.mapCodeBeforeFirstPaint).toBe(false);
    const eager = prePaint.js.map((a) => a.path);
    for (const chunk of eager) expect(containsMapLibre(DIST, chunk, markers), `${chunk} contains MapLibre`).toBe(false);
    const mapChunks = allAssets(DIST).filter((a) => a.kind === 'js' && containsMapLibre(DIST, a.path, markers));
    expect(mapChunks.length, 'a chunk with MapLibre exists (else the markers are stale)').toBeGreaterThan(0);
    // Reached from the eager chunks only through import(): lazy, and not modulepreloaded.
    const { preloads } = htmlEntries(DIST);
    const dynamicTargets = new Set(eager.flatMap((c) => importsOf(DIST, c).dynamic));
    const lazilyReached = new Set(staticClosure(DIST, [...dynamicTargets]));
    for (const chunk of mapChunks) {
      expect(preloads, `${chunk.path} is modulepreloaded by index.html`).not.toContain(chunk.path);
      expect(lazilyReached.has(chunk.path), `${chunk.path} is loaded by a dynamic import()`).toBe(true);
    }
  });

  it('counts the stylesheet index.html links (reported, not budgeted)', () => {
    expect(prePaint.css.length).toBeGreaterThan(0);
    console.info(`CSS before first paint: ${prePaint.css.map((a) => `${a.path} ${kB(a.raw)} (${kB(a.gzip)} gzip)`).join(', ')}`);
  });
});
