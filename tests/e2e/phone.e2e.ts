import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { boundsOf } from '../../src/features/areas/geometry';
import { AppPage, chromiumSession } from './app-page';
import { projectAfterFit } from './projection';
import { renderedSlugs } from './rendered-boxes';
import { LAYER } from '../../src/features/map/map-style';

const baseURL = inject('baseURL');
const session = chromiumSession();
const areas = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/geo/omraden.geojson'), 'utf8')) as FeatureCollection<Polygon>;
const FIT_PADDING = 16; // FIT in src/features/map/create-map.ts
const PHONE = { width: 375, height: 667 };
const TOUCH = { hasTouch: true, isMobile: true };

type Box = { x: number; y: number; width: number; height: number };
const box = async (page: Page, selector: string): Promise<Box> => (await page.locator(selector).first().boundingBox())!;
const intersects = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
/** How much of a box is on the first screen (the page scrolled to the top). */
const onScreen = (b: Box, height: number) => Math.max(0, Math.min(b.y + b.height, height) - Math.max(b.y, 0));

/** Taps a finger inside an area on the map, as it is after the first fit. */
async function tapArea(app: AppPage, slug: string) {
  const feature = areas.features.find((f) => f.properties?.slug === slug) as Feature<Polygon>;
  const point = pointOnFeature(feature).geometry.coordinates as [number, number];
  const canvas = await box(app.page, '.map-canvas');
  const p = projectAfterFit(boundsOf(areas.features), canvas, FIT_PADDING, point);
  await app.page.touchscreen.tap(canvas.x + p.x, canvas.y + p.y);
}

/** The map hint's text height in lines. */
const hintLines = (page: Page) =>
  page.locator('.map-hint').evaluate((p) => {
    const s = getComputedStyle(p);
    const text = p.getBoundingClientRect().height - parseFloat(s.paddingTop) - parseFloat(s.paddingBottom) - parseFloat(s.borderTopWidth) - parseFloat(s.borderBottomWidth);
    return text / parseFloat(s.lineHeight);
  });

const activeText = (page: Page) => page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent?.trim()}`);

describe('a phone, 375×667, touch', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await AppPage.open(session.browser!, baseURL, PHONE, TOUCH);
  });
  afterAll(async () => {
    await app.close();
  });

  for (const lang of ['sv', 'en'] as const) {
    it(`(${lang}) gives the first screen to the map: header ≤ 25 %, map ≥ 40 %, a one-line hint, the legend off the map`, async () => {
      await app.goto(lang === 'en' ? '?lang=en' : '');
      await app.waitForMapIdle();
      const header = await box(app.page, '.app-header');
      const canvas = await box(app.page, '.map-canvas');
      expect(header.height).toBeLessThanOrEqual(PHONE.height * 0.25);
      expect(onScreen(canvas, PHONE.height)).toBeGreaterThanOrEqual(PHONE.height * 0.4);
      expect(await hintLines(app.page)).toBeLessThan(1.5);
      expect(intersects(await box(app.page, '.legend'), canvas)).toBe(false);
      expect(await app.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    });
  }

  it('opens and closes the menu (button, Escape, a choice) and reaches every view and tool in it', async () => {
    const page = app.page;
    await app.goto();
    await app.waitForMapIdle();
    const menu = page.getByRole('button', { name: 'Meny' });
    const views = page.getByRole('navigation', { name: 'Vyer' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await views.isVisible()).toBe(false);

    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    const panel = page.locator(`#${await menu.getAttribute('aria-controls')}`);
    for (const name of ['Karta och område', 'Insatser', 'Vem gör vad var', 'Rankning', 'Jämför', 'Metod och källor', 'Dela', 'Bädda in', 'Visningsläge', 'In English']) {
      const item = panel.getByRole('button', { name, exact: true });
      expect(await item.isVisible(), name).toBe(true);
      const b = (await item.boundingBox())!;
      expect(b.x >= 0 && b.x + b.width <= PHONE.width, name).toBe(true);
    }
    // Focus stays on the button (disclosure); Escape closes and leaves it there.
    await page.keyboard.press('Tab');
    expect(await activeText(page)).toBe('BUTTON Karta och område');
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await views.isVisible()).toBe(false);
    expect(await activeText(page)).toBe('BUTTON Meny');

    await menu.click();
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('false');

    await menu.click();
    await page.getByRole('button', { name: 'Rankning' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('vy')).toBe('rankning');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await activeText(page)).toBe('BUTTON Meny');
    app.expectHealthy();
  });

  it('opens the tapped area in a sheet, heading on screen and focused, no tooltip; Stäng, Escape and a swipe down close it', async () => {
    const page = app.page;
    await app.goto();
    await app.waitForMapIdle();
    const sheet = page.locator('.sheet[data-open]');
    // A different area each time: two taps in one place within half a second are MapLibre's double-tap zoom.
    const opened = async (slug: string, name: string) => {
      await tapArea(app, slug);
      await expect.poll(() => page.getByRole('region', { name: `Områdesprofil: ${name}` }).count()).toBe(1);
      await expect.poll(() => activeText(page)).toBe(`H2 ${name}`);
    };
    const closed = async () => {
      await expect.poll(() => sheet.count()).toBe(0);
      await expect.poll(() => new URL(page.url()).searchParams.get('omrade')).toBe(null);
    };

    await opened('lindangen', 'Lindängen');
    const h = (await sheet.getByRole('heading', { name: 'Lindängen', level: 2 }).boundingBox())!;
    expect(h.y).toBeGreaterThanOrEqual(0);
    expect(h.y + h.height).toBeLessThanOrEqual(PHONE.height);
    expect(await page.locator('.map-tooltip').count()).toBe(0);
    // The map fits the area into the part the sheet leaves: its outline is drawn, none of it under the sheet.
    await app.waitForMapIdle();
    const sheetTop = (await sheet.boundingBox())!.y;
    const canvas = (await page.locator('.map-canvas').boundingBox())!;
    await expect.poll(() => renderedSlugs(page, [LAYER.areasSelected])).toContain('lindangen');
    expect(await renderedSlugs(page, [LAYER.areasSelected], [[0, sheetTop - canvas.y], [canvas.width, canvas.height]])).toEqual([]);
    expect(await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze().then((r) => r.violations.map((v) => v.id))).toEqual([]);

    await sheet.getByRole('button', { name: 'Stäng' }).click();
    await closed();

    await opened('riseberga', 'Riseberga');
    await page.keyboard.press('Escape');
    await closed();
    // Focus is back where it was before the sheet took it (the map, which the finger touched).
    expect(await page.evaluate(() => document.activeElement?.closest('.map-canvas') !== null)).toBe(true);

    await opened('bunkeflostrand', 'Bunkeflostrand');
    const bar = (await sheet.locator('.sheet-bar').boundingBox())!;
    const x = bar.x + bar.width / 2;
    const y = bar.y + 10;
    // A real finger (touch events through the DevTools protocol), so the browser makes the pointer events.
    const cdp = await app.context.newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', dy: number) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y: y + dy }] });
    await touch('touchStart', 0);
    for (const dy of [30, 60, 90, 120]) await touch('touchMove', dy);
    await touch('touchEnd', 120);
    await closed();
    app.expectHealthy();
  });
});

describe('other widths', () => {
  it('at 1280×800 has the same header markup with the menu button hidden and the views in the header, and the profile in the sidebar', async () => {
    const app = await session.open(baseURL, { width: 1280, height: 800 });
    await app.goto();
    await app.waitForMapIdle();
    expect(await app.page.locator('.menu-toggle').count()).toBe(1);
    expect(await app.page.getByRole('button', { name: 'Meny' }).count()).toBe(0);
    expect(await app.page.locator('#app-menu').getByRole('navigation', { name: 'Vyer' }).isVisible()).toBe(true);
    await app.page.getByRole('button', { name: 'Nydala' }).click();
    await expect.poll(() => app.page.getByRole('article', { name: 'Nydala' }).count()).toBe(1);
    expect(await app.page.locator('.sheet[data-open]').count()).toBe(0);
  });

  it('in an embed at 320 px has the menu (with the link to the full app) and shows the profile below the map, not in a sheet', async () => {
    const app = await AppPage.open(session.browser!, baseURL, { width: 320, height: 700 }, TOUCH);
    try {
      await app.goto('?inbaddning=1');
      await app.waitForMapIdle();
      const full = app.page.getByRole('link', { name: 'Öppna i helskärm' });
      expect(await full.isVisible()).toBe(false);
      await app.page.getByRole('button', { name: 'Meny' }).click();
      expect(await full.isVisible()).toBe(true);
      await app.page.keyboard.press('Escape');
      await app.page.getByRole('button', { name: 'Nydala' }).click();
      await expect.poll(() => app.page.getByRole('article', { name: 'Nydala' }).count()).toBe(1);
      expect(await app.page.locator('.sheet[data-open]').count()).toBe(0);
      expect((await box(app.page, '.area-panel')).y).toBeGreaterThan((await box(app.page, '.map-canvas')).y);
      expect(await app.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    } finally {
      await app.close();
    }
  });
});
