import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { booleanPointInPolygon, pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { COLORS } from '../../src/features/map/map-style';
import { boundsOf } from '../../src/features/areas/geometry';
import { AppPage, closeTo, hexToRgb } from './app-page';
import { launchChromium } from './browser';
import { projectAfterFit } from './projection';

const areas = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/geo/omraden.geojson'), 'utf8')) as FeatureCollection<Polygon>;
const FIT_PADDING = 16; // as in map-view.tsx

function blend(hex: string, underHex: string, opacity: number) {
  const top = hexToRgb(hex);
  const under = hexToRgb(underHex);
  return top.map((v, i) => v * opacity + under[i]! * (1 - opacity));
}

let browser: Browser;
let app: AppPage;
const baseURL = inject('baseURL');

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await app?.close();
});

/**
 * Screen position of a point inside an area, a little south of its centre so that it is not under
 * the area's label (whose glyph pixels would hide the fill colour).
 */
async function pointOf(slug: string) {
  const feature = areas.features.find((f) => f.properties?.slug === slug) as Feature<Polygon>;
  const [lon, lat] = pointOnFeature(feature).geometry.coordinates as [number, number];
  const coords: [number, number] = [lon, lat - 0.012];
  expect(booleanPointInPolygon(coords, feature), `${coords.join(',')} inside ${slug}`).toBe(true);
  const box = (await app.mapCanvas().boundingBox())!;
  return { ...projectAfterFit(boundsOf(areas.features), box, FIT_PADDING, coords), box };
}

describe('the app in Chromium', () => {
  it('loads with no page errors and no request to another origin, and lists the 14 areas', async () => {
    app = await AppPage.open(browser, baseURL);
    await app.goto();
    await app.waitForMapIdle();
    await expect.poll(() => app.page.getByRole('list', { name: 'Välj område' }).getByRole('button').count()).toBe(14);
    expect(app.requests.some((r) => r.url().includes('/glyphs/DejaVuSans-Bold/0-255.pbf'))).toBe(true);
    app.expectHealthy();
  });

  it('draws the map: many colours, water at the sea, the area fill inside an area', async () => {
    app = await AppPage.open(browser, baseURL);
    await app.goto();
    await app.waitForMapIdle();
    expect(await app.distinctMapColours()).toBeGreaterThan(50);
    const { x, y } = await pointOf('oxie-kyrkby');
    expect(closeTo(await app.pixelAt(x, y), blend(COLORS.areaFill, COLORS.malmo, 0.9))).toBe(true);
    // The top-left corner of the fitted view is the Öresund, west of Malmö.
    expect(closeTo(await app.pixelAt(4, 60), hexToRgb(COLORS.water))).toBe(true);
  });

  it('gives the map a Swedish accessible name', async () => {
    app = await AppPage.open(browser, baseURL);
    await app.goto();
    await app.waitForMapIdle();
    expect(await app.page.getByRole('region', { name: 'Karta över Malmös 14 områden' }).count()).toBeGreaterThan(0);
    expect(await app.page.locator('.maplibregl-canvas-container[aria-label="Map"], canvas[aria-label="Map"]').count()).toBe(0);
  });

  it('highlights the area under the pointer', async () => {
    app = await AppPage.open(browser, baseURL);
    await app.goto();
    await app.waitForMapIdle();
    const { x, y, box } = await pointOf('riseberga');
    const before = await app.idleCount();
    await app.page.mouse.move(box.x + x, box.y + y);
    await app.waitForMapIdle(before + 1);
    expect(closeTo(await app.pixelAt(x, y), blend(COLORS.areaFillHover, COLORS.malmo, 0.9), 12)).toBe(true);
  });

  it("selects the area at a click on its screen position and puts it in the URL", async () => {
    app = await AppPage.open(browser, baseURL);
    await app.goto();
    await app.waitForMapIdle();
    const { x, y, box } = await pointOf('oxie-kyrkby');
    await app.page.mouse.click(box.x + x, box.y + y);
    await expect.poll(() => app.page.getByRole('heading', { level: 2, name: 'Oxie kyrkby' }).count()).toBe(1);
    await expect.poll(() => new URL(app.page.url()).searchParams.get('omrade')).toBe('oxie-kyrkby');
    await app.page.mouse.move(box.x + 2, box.y + box.height - 2);
    await app.waitForMapIdle((await app.idleCount()) + 1);
    expect(closeTo(await app.pixelAt(x, y), blend(COLORS.areaFillSelected, COLORS.malmo, 0.9))).toBe(true);
    app.expectHealthy();
  });

  it('restores the area from the URL, keeps it on reload, and goes Back to no selection', async () => {
    app = await AppPage.open(browser, baseURL);
    await app.goto('?omrade=nydala');
    await app.waitForMapIdle();
    const panel = app.page.getByRole('article', { name: 'Nydala' });
    await expect.poll(() => panel.count()).toBe(1);
    expect(await panel.textContent()).toContain('Nydala, Almhög m fl');
    expect(await panel.textContent()).toContain('3,94 km²');
    await app.page.reload();
    await expect.poll(() => app.page.getByRole('article', { name: 'Nydala' }).count()).toBe(1);
    await app.page.getByRole('button', { name: 'Lindängen' }).click();
    await expect.poll(() => new URL(app.page.url()).searchParams.get('omrade')).toBe('lindangen');
    await app.page.goBack();
    await expect.poll(() => app.page.getByRole('article', { name: 'Nydala' }).count()).toBe(1);
    app.expectHealthy();
  });

  it('drops an unknown area from the URL with a notice', async () => {
    app = await AppPage.open(browser, baseURL);
    await app.goto('?omrade=finns-inte');
    await expect.poll(() => app.page.getByText('Området "finns-inte" i länken finns inte.').count()).toBe(1);
    await expect.poll(() => new URL(app.page.url()).search).toBe('');
  });

  it('shows a Swedish error naming a malformed geo file instead of a blank page', async () => {
    app = await AppPage.open(browser, baseURL);
    await app.page.route('**/geo/omraden.geojson', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"type":"FeatureCollection","features":[{' }));
    await app.goto();
    const alert = app.page.getByRole('alert');
    await expect.poll(() => alert.count()).toBe(1);
    expect(await alert.textContent()).toContain('geo/omraden.geojson: Filen är inte giltig JSON');
    expect(await app.page.getByRole('button', { name: 'Försök igen' }).count()).toBe(1);
    expect(await app.page.getByRole('heading', { name: 'Områdeskartan' }).count()).toBe(1);
    expect(app.pageErrors).toEqual([]);
  });
});
