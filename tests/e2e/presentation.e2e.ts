import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { parseIndexDefinition } from '../../src/features/index/api/index-definition';
import { parseIndexValues } from '../../src/features/index/api/index-values';
import { buildIndexModel, scoreOf } from '../../src/features/index/model';
import { formatNumber } from '../../src/lib/format';
import { LAYER } from '../../src/features/map/map-style';
import { chromiumSession } from './app-page';
import { renderedSlugs } from './rendered-boxes';

const root = resolve(import.meta.dirname, '../..');
const readJson = (p: string) => JSON.parse(readFileSync(resolve(root, p), 'utf8'));
const slugs = (readJson('public/geo/omraden.geojson').features as { properties: { slug: string } }[]).map((f) => f.properties.slug);
const model = buildIndexModel(parseIndexDefinition(readJson('public/data/index-definition.json')), parseIndexValues(readJson('public/data/index-values.json')).items, slugs, { year: null, layer: 'index' })!;
const baseURL = inject('baseURL');
const session = chromiumSession();

/** What the room sees of the slide: sizes, boxes on screen, and whether anything scrolls. */
function measure(page: Page) {
  return page.evaluate(() => {
    const px = (sel: string) => parseFloat(getComputedStyle(document.querySelector(sel)!).fontSize);
    const onScreen = (el: Element) => {
      const r = el.getBoundingClientRect();
      const panel = el.closest('.sidebar')?.getBoundingClientRect() ?? { top: 0, bottom: innerHeight };
      return r.width > 0 && r.top >= Math.max(0, panel.top) && r.bottom <= Math.min(innerHeight, panel.bottom) && r.left >= 0 && r.right <= innerWidth;
    };
    const canvas = document.querySelector('.maplibregl-canvas')!.getBoundingClientRect();
    const score = document.querySelector('.slide-score');
    return {
      name: px('.slide-name'),
      body: Math.min(px('.slide-sentence'), px('.slide-initiatives li')),
      labels: Number(document.querySelector<HTMLElement>('.map-canvas')!.dataset.labelSize),
      mapShare: (canvas.width * canvas.height) / (innerWidth * innerHeight),
      initiativesOnScreen: [...document.querySelectorAll('.slide-initiatives li')].filter(onScreen).length,
      score: score && onScreen(score) ? score.textContent : null,
      exampleOnScreen: [...document.querySelectorAll('.slide-index .badge-example')].some(onScreen),
      overflow: Math.max(document.documentElement.scrollHeight - innerHeight, document.documentElement.scrollWidth - innerWidth),
    };
  });
}

/** Shown to the eye: in the viewport, not transparent, not hidden. */
function visible(page: Page, selector: string) {
  return page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    return r.width > 0 && r.top >= 0 && r.bottom <= innerHeight && s.visibility === 'visible' && Number(s.opacity) > 0;
  });
}

describe('presentation mode is a slide', () => {
  for (const [width, height, k] of [
    [1920, 1080, 1],
    [3840, 2160, 2],
  ] as const) {
    it(`at ${width} × ${height}: the area, its index, its initiatives and the map, in type for the room, without scrolling`, async () => {
      // Half the device pixels at 4K: the layout and MapLibre's sizes are in CSS pixels all the same.
      const app = await session.open(baseURL, { width, height }, { deviceScaleFactor: 1 / k });
      // A clock of the test's own, so the controls' idle time passes when the test says so.
      if (k === 1) await app.page.clock.install();
      await app.goto('?visning=1&omrade=ortagarden');
      await app.waitForMapIdle();
      const page = app.page;
      // The room sees the area among the city's 14, not zoomed in on it.
      expect(new Set(await renderedSlugs(page, [LAYER.areasLabel])).size).toBe(14);
      const m = await measure(page);
      expect(m.name).toBeGreaterThanOrEqual(48 * k);
      expect(m.body).toBeGreaterThanOrEqual(24 * k);
      expect(m.labels).toBeGreaterThanOrEqual(20 * k);
      expect(m.mapShare).toBeGreaterThanOrEqual(0.6);
      expect(m.initiativesOnScreen).toBeGreaterThanOrEqual(3);
      expect(m.score).toBe(formatNumber(scoreOf(model, 'ortagarden')!, 1, 'sv-SE'));
      expect(m.exampleOnScreen).toBe(true);
      expect(m.overflow).toBeLessThanOrEqual(0);
      // The desk's header is gone; the slide names the app in a slim title.
      expect(await page.locator('.app-header').isVisible()).toBe(false);
      expect(await page.locator('.slide-name').textContent()).toBe('Örtagården');
      if (k === 2) return app.expectHealthy();

      // The controls hide after a few idle seconds and come back with the mouse or a key; the
      // legend, the sources, the date and the QR code stay.
      const controls = page.getByRole('group', { name: 'Styr visningen' });
      await page.mouse.move(200, 200);
      await expect.poll(() => visible(page, '.slide-controls')).toBe(true);
      await page.clock.fastForward(5000);
      await expect.poll(() => controls.getAttribute('data-hidden')).toBe('true');
      expect(await visible(page, '.slide-controls')).toBe(false);
      for (const kept of ['.legend', '.app-footer', '.slide-date', '.qr-code']) expect(await visible(page, kept), kept).toBe(true);
      await page.mouse.move(400, 300);
      await expect.poll(() => visible(page, '.slide-controls')).toBe(true);
      await page.clock.fastForward(5000);
      await expect.poll(() => controls.getAttribute('data-hidden')).toBe('true');
      await page.keyboard.press('Shift');
      await expect.poll(() => visible(page, '.slide-controls')).toBe(true);

      // Escape leaves the presentation, back to the desk with its header.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('Escape');
      await expect.poll(() => new URL(page.url()).searchParams.get('visning')).toBeNull();
      await expect.poll(() => page.locator('.app-header').isVisible()).toBe(true);
      app.expectHealthy();
    });
  }

  it('without an area shows the city and its five lowest areas, and the tour its progress', async () => {
    const app = await session.open(baseURL, { width: 1920, height: 1080 });
    await app.goto('?visning=1&turomraden=nydala,lindangen,oxie-kyrkby');
    await app.waitForMapIdle();
    const page = app.page;
    const lowest = [...slugs].sort((a, b) => scoreOf(model, a)! - scoreOf(model, b)!).slice(0, 5);
    const names = lowest.map((s) => (readJson('public/geo/omraden.geojson').features as { properties: { slug: string; name: string } }[]).find((f) => f.properties.slug === s)!.properties.name);
    expect(await page.locator('.slide-ranking li').allTextContents()).toEqual(names.map((n, i) => `${n} ${formatNumber(scoreOf(model, lowest[i]!)!, 1, 'sv-SE')}`));
    await page.locator('.slide-ranking button').first().click();
    await expect.poll(() => new URL(page.url()).searchParams.get('omrade')).toBe(lowest[0]);
    // Not in the tour's three areas: no place in it to show.
    expect(await page.locator('.tour-status').textContent()).toBe('');
    // The controls may have hidden by now: the mouse brings them back, as a presenter's would.
    await page.mouse.move(300, 300);
    await page.getByRole('button', { name: 'Nästa område' }).click();
    await expect.poll(() => page.locator('.tour-status').textContent()).toBe('Område 1 av 3: Nydala');
    expect(await page.locator('.slide-progress-tour').evaluate((el) => el.getBoundingClientRect().width / el.parentElement!.getBoundingClientRect().width)).toBeCloseTo(1 / 3, 2);
    app.expectHealthy();
  });
});
