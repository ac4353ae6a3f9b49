import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { booleanPointInPolygon, pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { describe, expect, inject, it } from 'vitest';
import { COLORS, FILL_OPACITY as MAP_FILL_OPACITY, HOVER_SHADE_OPACITY, LAYER } from '../../src/features/map/map-style';
import { CLASS_COLORS, classify } from '../../src/features/index/classes';
import { parseIndexDefinition } from '../../src/features/index/api/index-definition';
import { parseIndexValues } from '../../src/features/index/api/index-values';
import { buildIndexModel, scoreOf } from '../../src/features/index/model';
import { formatNumber, formatPercent } from '../../src/lib/format';
import { computeFirstFrame } from '../../scripts/lib/first-frame';
import { boundsOf } from '../../src/features/areas/geometry';
import { chromiumSession, closeTo, hexToRgb, screenshotPath, type AppPage } from './app-page';
import { projectAfterFit } from './projection';
import { intersects, renderedBoxes, renderedSlugs } from './rendered-boxes';

const areas = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/geo/omraden.geojson'), 'utf8')) as FeatureCollection<Polygon>;
const FIT_PADDING = 16; // FIT in src/features/map/create-map.ts
const FILL_OPACITY = MAP_FILL_OPACITY;
const readJson = (p: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, '../..', p), 'utf8'));
const definition = parseIndexDefinition(readJson('public/data/index-definition.json'));
const values = parseIndexValues(readJson('public/data/index-values.json')).items;
const slugs = areas.features.map((f) => f.properties!.slug as string);

/** The colour an area should have on a layer and year, computed from the shipped data files. */
function expectedFill(slug: string, layer: string, year: number | null = null) {
  const model = buildIndexModel(definition, values, slugs, { year, layer })!;
  const cls = classify(scoreOf(model, slug));
  if (cls === null) throw new Error(`${slug} saknar värde för ${layer} ${year}`);
  return blend(CLASS_COLORS[cls]!, COLORS.malmo, FILL_OPACITY);
}

/** An area whose class differs between two layer/year choices, to see the map recolour. */
function areaThatChanges(a: { layer: string; year: number | null }, b: { layer: string; year: number | null }) {
  const ma = buildIndexModel(definition, values, slugs, a)!;
  const mb = buildIndexModel(definition, values, slugs, b)!;
  const big = ['oxie-kyrkby', 'riseberga', 'bunkeflostrand', 'lindangen', 'kirsebergsstaden', 'vastra-hamnen', 'limhamns-hamnomrade'];
  const slug = big.find((s) => classify(scoreOf(ma, s)) !== null && classify(scoreOf(mb, s)) !== null && classify(scoreOf(ma, s)) !== classify(scoreOf(mb, s)));
  if (!slug) throw new Error('Inget stort område byter klass mellan valen');
  return slug;
}

function blend(hex: string, underHex: string, opacity: number) {
  const top = hexToRgb(hex);
  const under = hexToRgb(underHex);
  return top.map((v, i) => v * opacity + under[i]! * (1 - opacity));
}


let app: AppPage;
const baseURL = inject('baseURL');
const session = chromiumSession();

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
    app = await session.open(baseURL);
    await app.goto();
    await app.waitForMapIdle();
    await expect.poll(() => app.page.getByRole('list', { name: 'Välj område' }).getByRole('button').count()).toBe(14);
    expect(app.requests.some((r) => r.url().includes('/glyphs/DejaVuSans-Bold/0-255.pbf'))).toBe(true);
    app.expectHealthy();
  });

  it('draws the map: many colours, water at the sea, the area fill inside an area', async () => {
    app = await session.open(baseURL);
    await app.goto();
    await app.waitForMapIdle();
    expect(await app.distinctMapColours()).toBeGreaterThan(50);
    const { x, y } = await pointOf('oxie-kyrkby');
    expect(closeTo(await app.pixelAt(x, y), expectedFill('oxie-kyrkby', 'index'))).toBe(true);
    // The top-left corner of the fitted view is the Öresund, west of Malmö.
    expect(closeTo(await app.pixelAt(4, 60), hexToRgb(COLORS.water))).toBe(true);
  });

  it('draws the index colours and the badges in the map\'s first frame, before the app is in; the app then changes nothing on it', async () => {
    app = await session.open(baseURL);
    // The app's chunk is held back until the map alone has been seen.
    let release: () => void = () => undefined;
    const held = new Promise<void>((ok) => (release = ok));
    await app.page.route(/\/assets\/root-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    // Every layout shift from the first paint on, with what moved: the page before the app and
    // the app must put everything in the same place (CLS 0).
    await app.page.addInitScript(() => {
      const w = window as unknown as { shifts: string[] };
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; sources?: { node?: Node | null }[] })[])
          w.shifts.push(`${e.value.toFixed(4)}: ${(e.sources ?? []).map((x) => (x.node instanceof Element ? `${x.node.tagName}.${x.node.className}#${x.node.id}` : String(x.node?.nodeName))).join(', ')}`);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await app.goto();
    await app.page.waitForFunction(() => Number(document.querySelector<HTMLElement>('.map-canvas')?.dataset.mapIdle ?? 0) >= 1, null, { timeout: 30_000 });
    expect(await app.page.locator('ul.area-list').count()).toBe(0);
    for (const slug of ['oxie-kyrkby', 'riseberga', 'bunkeflostrand', 'kirsebergsstaden']) {
      const { x, y } = await pointOf(slug);
      expect(closeTo(await app.pixelAt(x, y), expectedFill(slug, 'index')), slug).toBe(true);
    }
    expect(await renderedSlugs(app.page, [LAYER.counts])).toContain('ortagarden');
    // Hidden until the areas were in (create-map.ts), shown by the first idle.
    expect(await app.mapCanvas().getAttribute('data-first-frame')).toBeNull();
    await app.page.screenshot({ path: screenshotPath('forsta-bildrutan.png') });
    // The prerendered page was hydrated, with the areas' table in the sidebar meanwhile.
    expect(await app.page.locator('#root').getAttribute('data-hydrated')).toBe('true');
    expect(await app.page.locator('.sidebar .first-frame-table tbody tr').count()).toBe(14);
    const sentence = await app.page.locator('.map-text .map-summary').textContent();
    release();
    await app.waitForMapIdle();
    // The app's own text alternative says what the build's did.
    await expect.poll(() => app.page.locator('.map-text .map-summary[role="status"]').textContent()).toBe(sentence);
    await expect.poll(() => app.page.getByRole('list', { name: 'Välj område' }).getByRole('button').count()).toBe(14);
    // Same data as the first frame: the app has had nothing to change on the map.
    expect(Number((await app.mapCanvas().getAttribute('data-map-changes')) ?? 0)).toBe(0);
    expect(await app.page.evaluate(() => (window as unknown as { shifts: string[] }).shifts)).toEqual([]);
    app.expectHealthy();
  });

  it('corrects a stale prerender: with an edited values file on the server the map and its table follow the file, not the build', async () => {
    // The server's file differs from the one the page was built from: one area gets another
    // area's values for every indicator of the default year.
    const raw = readJson('public/data/index-values.json') as { meta: unknown; values: { area: string; year: number; indicator: string }[] };
    const before = buildIndexModel(definition, values, slugs, { year: null, layer: 'index' })!;
    const big = ['oxie-kyrkby', 'riseberga', 'bunkeflostrand', 'lindangen', 'kirsebergsstaden'];
    const [target, donor] = big.flatMap((a) => big.map((b) => [a, b] as const)).find(([a, b]) => classify(scoreOf(before, a)) !== classify(scoreOf(before, b)))!;
    const edited = {
      ...raw,
      values: raw.values.map((v) => (v.area === target && v.year === before.year ? { ...raw.values.find((d) => d.area === donor && d.year === v.year && d.indicator === v.indicator)!, area: target } : v)),
    };
    const after = buildIndexModel(definition, parseIndexValues(edited).items, slugs, { year: null, layer: 'index' })!;
    const cls = classify(scoreOf(after, target));
    expect(cls).not.toBe(classify(scoreOf(before, target)));
    app = await session.open(baseURL);
    await app.page.route(/\/data\/index-values\.json$/, (route) => route.fulfill({ json: edited }));
    await app.goto();
    await app.waitForMapIdle();
    const { x, y } = await pointOf(target);
    expect(closeTo(await app.pixelAt(x, y), blend(CLASS_COLORS[cls!]!, COLORS.malmo, FILL_OPACITY))).toBe(true);
    expect(Number(await app.mapCanvas().getAttribute('data-map-changes'))).toBeGreaterThan(0);
    const name = areas.features.find((f) => f.properties?.slug === target)!.properties!.name as string;
    await app.page.locator('.map-text summary').click();
    await expect.poll(() => app.page.locator('.map-text table tbody tr').count()).toBe(14);
    const rows = await app.page.locator('.map-text table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    expect(rows.find((r) => r[0] === name)?.[1]).toBe(formatNumber(scoreOf(after, target)!, 1));
    app.expectHealthy();
  });

  it('is prerendered: without JavaScript the page lists the 14 areas with their values, classes and insatser', async () => {
    const frame = computeFirstFrame(resolve(import.meta.dirname, '../../public'))!;
    app = await session.open(baseURL, undefined, { javaScriptEnabled: false });
    await app.goto();
    const rows = await app.page.locator('.sidebar .first-frame-table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    expect(rows).toHaveLength(14);
    expect(rows.map((r) => r[0])).toEqual(frame.areas.map((a) => a.name));
    expect(rows.map((r) => r[1])).toEqual(frame.areas.map((a) => (a.score === null ? 'Saknas' : formatNumber(a.score, 1))));
    expect(rows.map((r) => r[3])).toEqual(frame.areas.map((a) => String(a.count)));
    expect(await app.page.locator('.sidebar .first-frame-table caption').textContent()).toMatch(/^Sammanvägt index 2022 Exempeldata/);
    // Under the map, its text alternative: the app's sentence (written by the same function), the table folded.
    expect(await app.page.locator('.map-text .map-summary').textContent()).toBe(frame.summary.sv);
    expect(frame.summary.sv).toMatch(/^Sammanvägt index 2022: lägst i \S/);
    expect(await app.page.locator('.map-text details .first-frame-table tbody tr').count()).toBe(14);
    expect(await app.page.locator('#root noscript p, #root .notice').first().textContent()).toMatch(/^Kartan, filtren och områdenas profiler behöver JavaScript\./);
    await app.page.screenshot({ path: screenshotPath('utan-javascript.png') });
  });

  it('gives the map a Swedish accessible name', async () => {
    app = await session.open(baseURL);
    await app.goto();
    await app.waitForMapIdle();
    expect(await app.page.getByRole('region', { name: 'Karta över Malmös 14 områden' }).count()).toBeGreaterThan(0);
    expect(await app.page.locator('.maplibregl-canvas-container[aria-label="Map"], canvas[aria-label="Map"]').count()).toBe(0);
  });

  it('highlights the area under the pointer', async () => {
    app = await session.open(baseURL);
    await app.goto();
    await app.waitForMapIdle();
    const { x, y, box } = await pointOf('riseberga');
    const plain = await app.pixelAt(x, y);
    const before = await app.idleCount();
    await app.page.mouse.move(box.x + x, box.y + y);
    await app.waitForMapIdle(before + 1);
    const hovered = await app.pixelAt(x, y);
    // A translucent black shade over the class colour: every channel darker by about 18 %.
    expect(closeTo(hovered, plain.slice(0, 3).map((c) => c * (1 - HOVER_SHADE_OPACITY)), 8)).toBe(true);
    expect(await app.page.locator('.map-tooltip').textContent()).toMatch(/^Riseberga.*Sammanvägt index: \d+,\d/);
  });

  it("selects the area at a click on its screen position and puts it in the URL", async () => {
    app = await session.open(baseURL);
    await app.goto();
    await app.waitForMapIdle();
    const { x, y, box } = await pointOf('oxie-kyrkby');
    await app.page.mouse.click(box.x + x, box.y + y);
    await expect.poll(() => app.page.getByRole('heading', { level: 2, name: 'Oxie kyrkby' }).count()).toBe(1);
    await expect.poll(() => new URL(app.page.url()).searchParams.get('omrade')).toBe('oxie-kyrkby');
    // The area list folds into the picker beside the area's name while one is selected.
    expect(await app.page.getByRole('combobox', { name: 'Byt område' }).inputValue()).toBe('oxie-kyrkby');
    app.expectHealthy();
  });

  it('selects by keyboard: a focus ring inside the map, a key hint, PageDown steps and announces, Enter selects', async () => {
    app = await session.open(baseURL);
    await app.goto();
    await app.waitForMapIdle();
    const byName = [...areas.features].sort((a, b) => String(a.properties!.name).localeCompare(String(b.properties!.name), 'sv'));
    const canvas = app.page.locator('.maplibregl-canvas');
    await canvas.focus();
    await app.page.keyboard.press('PageDown');
    const status = app.page.getByTestId('map-key-status');
    await expect.poll(() => status.textContent()).toMatch(new RegExp(`^${byName[0]!.properties!.name}\\. Sammanvägt index: \\d+,\\d`));
    await app.page.keyboard.press('PageDown');
    await expect.poll(() => status.textContent()).toMatch(new RegExp(`^${byName[1]!.properties!.name}\\.`));
    // The ring: drawn inside the canvas (MapLibre's container clips what is outside it), on screen.
    const ring = await canvas.evaluate((el) => {
      const cs = getComputedStyle(el);
      return { style: cs.outlineStyle, width: cs.outlineWidth, offset: cs.outlineOffset, visible: el.matches(':focus-visible') };
    });
    expect(ring).toEqual({ style: 'solid', width: '3px', offset: '-3px', visible: true });
    const box = (await canvas.boundingBox())!;
    expect(box.x >= 0 && box.y >= 0 && box.x + box.width <= 1280 && box.y + box.height <= 800).toBe(true);
    await expect.poll(() => app.page.locator('.map-key-hint').isVisible()).toBe(true);
    await app.page.screenshot({ path: screenshotPath('kartan-tangentbord.png') });
    // Enter selects the marked area; Escape clears the mark and its announcement.
    await app.page.keyboard.press('Enter');
    await expect.poll(() => new URL(app.page.url()).searchParams.get('omrade')).toBe(byName[1]!.properties!.slug);
    await app.page.keyboard.press('Escape');
    await expect.poll(() => status.textContent()).toBe('');
    app.expectHealthy();
  });

  it('recolours map and legend when the layer changes', async () => {
    const slug = areaThatChanges({ layer: 'index', year: null }, { layer: 'valdeltagande', year: null });
    app = await session.open(baseURL);
    await app.goto();
    await app.waitForMapIdle();
    const { x, y } = await pointOf(slug);
    expect(closeTo(await app.pixelAt(x, y), expectedFill(slug, 'index'))).toBe(true);
    await app.page.screenshot({ path: screenshotPath('lager-index.png') });
    const before = await app.idleCount();
    await app.page.getByRole('combobox', { name: 'Lager' }).selectOption('valdeltagande');
    await app.waitForMapIdle(before + 1);
    expect(closeTo(await app.pixelAt(x, y), expectedFill(slug, 'valdeltagande'))).toBe(true);
    expect(await app.page.getByRole('figure', { name: /Valdeltagande i riksdagsval 2022/ }).count()).toBe(1);
    await expect.poll(() => new URL(app.page.url()).searchParams.get('lager')).toBe('valdeltagande');
    await app.page.screenshot({ path: screenshotPath('lager-valdeltagande.png') });
    app.expectHealthy();
  });

  it('recolours map and legend when the year changes, and restores both from the URL', async () => {
    const layer = ['index', 'delaktighet', 'utbildning', 'ekonomi', 'boende'].find((l) => {
      try {
        return areaThatChanges({ layer: l, year: 2019 }, { layer: l, year: 2023 });
      } catch {
        return false;
      }
    })!;
    const slug = areaThatChanges({ layer, year: 2019 }, { layer, year: 2023 });
    const label = definition.dimensions.find((d) => d.id === layer)?.name ?? definition.compositeLabel;
    app = await session.open(baseURL);
    await app.goto(`?lager=${layer}&ar=2019`);
    await app.waitForMapIdle();
    const { x, y } = await pointOf(slug);
    expect(closeTo(await app.pixelAt(x, y), expectedFill(slug, layer, 2019))).toBe(true);
    const before = await app.idleCount();
    await app.page.getByRole('combobox', { name: 'År' }).selectOption('2023');
    await app.waitForMapIdle(before + 1);
    expect(closeTo(await app.pixelAt(x, y), expectedFill(slug, layer, 2023))).toBe(true);
    expect(await app.page.getByRole('figure', { name: `${label} 2023 (index, Malmö = 100)` }).count()).toBe(1);
    await app.page.screenshot({ path: screenshotPath('ar-2023.png') });
    await expect.poll(() => new URL(app.page.url()).search).toBe(`?lager=${layer}&ar=2023`);
    await app.page.reload();
    await app.waitForMapIdle();
    expect(await app.page.getByRole('combobox', { name: 'År' }).inputValue()).toBe('2023');
    expect(await app.page.getByRole('combobox', { name: 'Lager' }).inputValue()).toBe(layer);
    app.expectHealthy();
  });

  it('restores the area from the URL, keeps it on reload, and goes Back to no selection', async () => {
    app = await session.open(baseURL);
    await app.goto('?omrade=nydala');
    await app.waitForMapIdle();
    const panel = app.page.getByRole('article', { name: 'Nydala' });
    await expect.poll(() => panel.count()).toBe(1);
    expect(await panel.textContent()).toContain('Nydala, Almhög m fl');
    expect(await panel.textContent()).toContain('3,94 km²');
    await app.page.reload();
    await expect.poll(() => app.page.getByRole('article', { name: 'Nydala' }).count()).toBe(1);
    await app.page.getByRole('combobox', { name: 'Byt område' }).selectOption('lindangen');
    await expect.poll(() => new URL(app.page.url()).searchParams.get('omrade')).toBe('lindangen');
    await app.page.goBack();
    await expect.poll(() => app.page.getByRole('article', { name: 'Nydala' }).count()).toBe(1);
    app.expectHealthy();
  });

  it('drops an unknown area from the URL with a notice', async () => {
    app = await session.open(baseURL);
    await app.goto('?omrade=finns-inte');
    await expect.poll(() => app.page.getByText('Området "finns-inte" i länken finns inte.').count()).toBe(1);
    await expect.poll(() => new URL(app.page.url()).search).toBe('');
  });

  it('shows a Swedish error naming a malformed geo file instead of a blank page', async () => {
    app = await session.open(baseURL);
    await app.page.route('**/geo/omraden.geojson', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"type":"FeatureCollection","features":[{' }));
    await app.goto();
    const alert = app.page.getByRole('alert');
    await expect.poll(() => alert.count()).toBe(1);
    expect(await alert.textContent()).toContain('geo/omraden.geojson: Filen är inte giltig JSON');
    expect(await app.page.getByRole('button', { name: 'Försök igen' }).count()).toBe(1);
    expect(await app.page.getByRole('heading', { name: 'Områdeskartan' }).count()).toBe(1);
    // The first frame's canvas, hidden until the areas are in, is shown without them: the basemap.
    await expect.poll(() => app.mapCanvas().getAttribute('data-first-frame')).toBeNull();
    expect(await app.page.locator('.maplibregl-canvas').evaluate((c) => getComputedStyle(c).visibility)).toBe('visible');
    expect(app.pageErrors).toEqual([]);
  });
});

describe('the index views in Chromium', () => {
  it('shows the area profile with real 2022 turnout and labelled example data', async () => {
    const turnout = values.find((v) => v.indicator === 'valdeltagande' && v.area === 'ortagarden' && v.year === 2022)!;
    app = await session.open(baseURL, { width: 1280, height: 2000 });
    await app.goto('?omrade=ortagarden');
    await app.waitForMapIdle();
    const profile = app.page.getByRole('region', { name: 'Områdesindex 2022' });
    const row = profile.getByRole('row', { name: /Valdeltagande i riksdagsval/ });
    expect(await row.textContent()).toContain(formatPercent(turnout.value));
    expect(await row.textContent()).toContain('Verklig');
    expect(await profile.getByText('Exempeldata').count()).toBeGreaterThan(10);
    // The charts are drawn as they come into view (in the sidebar, as it scrolls): each brought
    // into view is drawn.
    for (const chart of await profile.locator('.chart').all()) {
      await chart.scrollIntoViewIfNeeded();
      await expect.poll(() => chart.locator('.recharts-wrapper').count()).toBe(1);
    }
    expect(await profile.locator('.chart .recharts-wrapper').count()).toBe(2);
    await app.page.screenshot({ path: screenshotPath('profil-ortagarden.png'), fullPage: true });
    app.expectHealthy();
  });

  it('shows the ranking and the comparison with charts, and the methodology page', async () => {
    app = await session.open(baseURL, { width: 1280, height: 1600 });
    await app.goto('?vy=rankning&lager=valdeltagande');
    await app.waitForMapIdle();
    const ranking = app.page.getByRole('region', { name: /Rankning: Valdeltagande i riksdagsval 2022/ });
    // The ranking is a chunk of its own; its table can come after the map's idle.
    await expect.poll(() => ranking.getByRole('row').count()).toBe(15);
    await expect.poll(() => ranking.locator('.recharts-bar-rectangle').count()).toBe(14);
    // The lowest turnout ranks first.
    const lowest = values.filter((v) => v.indicator === 'valdeltagande' && v.area !== 'malmo').sort((a, b) => a.value - b.value)[0]!;
    const firstName = await ranking.getByRole('row').nth(1).getByRole('button').textContent();
    expect(areas.features.find((f) => f.properties!.name === firstName)!.properties!.slug).toBe(lowest.area);
    await app.page.screenshot({ path: screenshotPath('rankning.png'), fullPage: true });

    await app.page.getByRole('button', { name: 'Jämför' }).click();
    const compare = app.page.getByRole('region', { name: /Jämför områden/ });
    await compare.getByRole('checkbox', { name: 'Nydala' }).check();
    await compare.getByRole('checkbox', { name: 'Ribersborg' }).check();
    await expect.poll(() => compare.locator('.recharts-bar-rectangle').count()).toBe(10);
    await expect.poll(() => new URL(app.page.url()).searchParams.get('jamfor')).toBe('nydala,ribersborg');
    await app.page.screenshot({ path: screenshotPath('jamfor.png'), fullPage: true });

    await app.page.getByRole('button', { name: 'Metod och källor' }).click();
    const method = app.page.getByRole('article', { name: 'Metod och källor' });
    expect(await method.getByRole('heading', { name: 'Verklig statistik och exempeldata' }).count()).toBe(1);
    expect(await method.textContent()).toContain('77,2 % (193 960 av 251 172)');
    await app.page.screenshot({ path: screenshotPath('metod.png'), fullPage: true });
    app.expectHealthy();
  });
});

/**
 * What the map placed, once it is complete: the names (in the first frame) and the count badges
 * (they come with the register). Boxes are MapLibre's own collision boxes (the query hook in
 * src/features/map/rendered-query.ts, bisected per edge in rendered-boxes.ts): the text's box with
 * its padding, and the badge's pill.
 */
async function placedLabels() {
  await app.waitForMapIdle();
  await expect.poll(async () => (await renderedSlugs(app.page, [LAYER.counts])).length, { timeout: 15_000 }).toBeGreaterThan(0);
  await app.waitForMapIdle();
  const placed = await renderedBoxes(app.page, [LAYER.areasLabel, LAYER.counts]);
  return { names: placed.slugs[LAYER.areasLabel]!, nameBoxes: placed.boxes[LAYER.areasLabel]!, badgeBoxes: placed.boxes[LAYER.counts]! };
}

/** Every area named exactly once, and no count badge over any name (its own or a neighbour's). */
async function expectAllNamedAndBadgesClear(where: string) {
  const { names, nameBoxes, badgeBoxes } = await placedLabels();
  expect([...names].sort(), `${where}: names placed`).toEqual([...slugs].sort());
  expect(Object.keys(badgeBoxes).length, `${where}: badges placed`).toBeGreaterThan(0);
  const covered = Object.entries(badgeBoxes).flatMap(([badge, b]) =>
    Object.entries(nameBoxes)
      .filter(([, n]) => intersects(b, n))
      .map(([name]) => `${badge} over ${name}`),
  );
  expect(covered, `${where}: badges over names`).toEqual([]);
}

describe('the map names every area in Chromium', () => {
  it('at the desk (1280×800), in Swedish and English: all 14 names, badges clear of them, attribution in the language', async () => {
    app = await session.open(baseURL);
    await app.goto();
    await expectAllNamedAndBadgesClear('sv 1280×800');
    const attribution = app.page.locator('.maplibregl-ctrl-attrib-inner');
    expect(await attribution.textContent()).toContain('Källa: Valmyndigheten');
    await app.page.screenshot({ path: screenshotPath('etiketter-1280.png') });
    // The map outlives a switch of language: its attribution follows.
    await app.page.getByRole('button', { name: 'In English' }).click();
    await expect.poll(() => attribution.textContent()).toContain('Source: Swedish Election Authority');
    expect(await attribution.textContent()).not.toMatch(/Källa|Malmö stad/);

    await app.goto('?lang=en');
    await expectAllNamedAndBadgesClear('en 1280×800');
    expect(await attribution.textContent()).toBe('City of Malmö (CC0) | © OpenStreetMap contributors (ODbL) | Source: Swedish Election Authority (Valmyndigheten)');
    app.expectHealthy();
  });

  for (const [width, height] of [
    [1920, 1080],
    [3840, 2160],
  ] as const) {
    it(`on the big screen (?visning=1, ${width}×${height}): all 14 names, badges clear of them`, async () => {
      app = await session.open(baseURL, { width, height });
      await app.goto('?visning=1');
      await expectAllNamedAndBadgesClear(`visning ${width}×${height}`);
      app.expectHealthy();
    });
  }
});
