import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import Papa from 'papaparse';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { boundsOf, innerPoint } from '../../src/features/areas/geometry';
import { parseIndexDefinition } from '../../src/features/index/api/index-definition';
import { parseIndexValues } from '../../src/features/index/api/index-values';
import { buildIndexModel } from '../../src/features/index/model';
import { rankingRows } from '../../src/features/index/summary';
import { formatNumber, formatPercent } from '../../src/lib/format';
import { parseInitiatives } from '../../src/features/initiatives/api/initiatives';
import { AppPage, chromiumSession, screenshotPath } from './app-page';
import { publicCopy, removeCopies } from '../../scripts/lib/test-helpers';
import { projectAfterFit } from './projection';

const areas = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/geo/omraden.geojson'), 'utf8')) as FeatureCollection<Polygon>;
const FIT_PADDING = 16; // FIT in src/features/map/create-map.ts
const read = (p: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, '../..', p), 'utf8')) as unknown;
const definition = parseIndexDefinition(read('public/data/index-definition.json'));
const values = parseIndexValues(read('public/data/index-values.json')).items;
const names = areas.features.map((f) => ({ slug: f.properties!.slug as string, name: f.properties!.name as string }));
const baseURL = inject('baseURL');
const session = chromiumSession();

/** Whether the element is what a person sees at its own centre (nothing drawn over it). */
function visibleAtCentre(el: Locator) {
  return el.evaluate((e) => {
    const r = e.getBoundingClientRect();
    const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return hit !== null && (hit === e || e.contains(hit));
  });
}

const ROOT = resolve(import.meta.dirname, '../..');

/** `npm run data:validate` on a copy of public/ with a downloaded file in it. */
function expectValid(dir: string) {
  const validate = spawnSync('npx', ['tsx', 'scripts/data-validate.ts', '--katalog', dir], { cwd: ROOT, encoding: 'utf8' });
  expect(validate.stdout).toContain('0 fel');
  expect(validate.status).toBe(0);
}

const box = async (el: Locator) => (await el.boundingBox())!;
const mapTop = async (app: AppPage) => (await box(app.mapCanvas())).y;
const pageOverflows = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth > window.innerWidth);

// One page at the desk's 1280 × 800 for the whole file; each test navigates it.
describe('the desk at 1280 × 800', () => {
  let app: AppPage;
  beforeAll(async () => {
    // Not session.app (closed after every test): this page lives for the file, and afterAll closes it.
    app = await AppPage.open(session.browser!, baseURL);
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });
  afterAll(() => app.close());
  afterAll(removeCopies);

  it('a click on Örtagården on the map brings its name and key figures into the upper half, uncovered', async () => {
    await app.goto();
    await app.waitForMapIdle();
    const feature = areas.features.find((f) => f.properties?.slug === 'ortagarden') as Feature<Polygon>;
    const canvas = await box(app.mapCanvas());
    const { x, y } = projectAfterFit(boundsOf(areas.features), canvas, FIT_PADDING, innerPoint(feature));
    await app.page.mouse.click(canvas.x + x, canvas.y + y);
    const heading = app.page.getByRole('heading', { level: 2, name: 'Örtagården' });
    await expect.poll(() => heading.count()).toBe(1);
    const h = await box(heading);
    expect(h.y).toBeGreaterThanOrEqual(0);
    expect(h.y + h.height).toBeLessThanOrEqual(400);
    expect(await visibleAtCentre(heading)).toBe(true);
    // The index value with its class, in the upper half of the sidebar.
    const sidebar = await box(app.page.locator('.sidebar'));
    const figures = app.page.locator('.key-figures');
    expect(await figures.textContent()).toMatch(/Sammanvägt index 2022: \d+,\d.*klass .*rang 1 av 14/);
    const score = await box(figures.locator('.key-score'));
    expect(score.y + score.height).toBeLessThanOrEqual(sidebar.y + sidebar.height / 2);
    // The picker is one step away: switch area in it.
    await app.page.getByRole('combobox', { name: 'Byt område' }).selectOption('nydala');
    await expect.poll(() => app.page.getByRole('heading', { level: 2, name: 'Nydala' }).count()).toBe(1);
    await app.page.getByRole('button', { name: '← Alla områden' }).click();
    await expect.poll(() => app.page.getByRole('list', { name: 'Välj område' }).getByRole('button').count()).toBe(14);
  });

  it("leaves focus alone for the area a link opens with; a choice in the list hands focus to the picker", async () => {
    await app.goto('?omrade=ortagarden');
    await app.waitForMapIdle();
    await expect.poll(() => app.page.getByRole('heading', { level: 2, name: 'Örtagården' }).count()).toBe(1);
    expect(await app.page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    await app.page.getByRole('button', { name: '← Alla områden' }).click();
    await app.page.getByRole('list', { name: 'Välj område' }).getByRole('button', { name: /^Nydala/ }).click();
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
  });

  it('shows each indicator over the years in the profile, example values dashed and hollow, real ones solid, with a table', async () => {
    await app.goto('?omrade=ortagarden');
    await app.waitForMapIdle();
    // The profile's charts, below the fold, are drawn as they come near; their boxes hold their height till then.
    const trend = app.page.locator('.chart').last();
    const box = await trend.locator('.chart-box').boundingBox();
    expect(await trend.locator('.recharts-wrapper').count()).toBe(0);
    await trend.scrollIntoViewIfNeeded();
    await expect.poll(() => trend.locator('.recharts-wrapper').count()).toBe(1);
    expect((await trend.locator('.chart-box').boundingBox())!.height).toBe(box!.height);
    const series = app.page.getByRole('region', { name: /Indikatorerna 2019–2023/ });
    await expect.poll(() => series.locator('.sparkline svg').count()).toBe(12);
    expect(await series.getByText('Exempeldata').count()).toBeGreaterThan(0);
    // Turnout: one real value (2022), a filled dot and no dashed line.
    const turnout = series.locator('li[data-indicator="valdeltagande"]');
    expect(await turnout.textContent()).toMatch(/Valdeltagande i riksdagsval.*\d+,\d\s%\s\(2022\)/);
    expect(await turnout.locator('circle.spark-dot').evaluateAll((cs) => cs.map((c) => c.getAttribute('fill')))).toEqual(['#0b5c8a']);
    expect(await turnout.locator('path.spark-example').getAttribute('d')).toBe('');
    // An example indicator: a dashed line through five hollow dots.
    const leisure = series.locator('li[data-indicator="fritidsaktiviteter"]');
    expect(await leisure.locator('path.spark-example[stroke-dasharray="3 2"]').getAttribute('d')).toMatch(/^M[\d.,L]+$/);
    expect(await leisure.locator('circle.spark-dot[fill="#fff"]').count()).toBe(5);
    await series.getByText('Visa värdena som tabell').click();
    const table = series.getByRole('table');
    expect(await table.locator('thead th').allTextContents()).toEqual(['Indikator', '2019', '2020', '2021', '2022', '2023']);
    expect(await table.locator('tbody tr').count()).toBe(12);
    await app.page.locator('.sidebar').screenshot({ path: resolve(import.meta.dirname, '../../test-results/screenshots/desk-indicator-series.png') });
  });

  it('gives the matrix the width: ≥ 75 % of the viewport, unrotated, no page overflow; the map comes back on request', async () => {
    await app.goto('?vy=matris');
    await app.waitForMapIdle();
    const matrix = app.page.locator('table.matrix').first();
    await expect.poll(() => matrix.locator('tbody tr').count()).toBeGreaterThan(10);
    expect((await box(matrix)).width).toBeGreaterThanOrEqual(0.75 * 1280);
    expect(await pageOverflows(app.page)).toBe(false);
    // The 14 areas head the columns, written horizontally.
    const heads = matrix.locator('thead th');
    expect(await heads.count()).toBe(15);
    expect(await heads.evaluateAll((ths) => ths.map((th) => getComputedStyle(th).writingMode + ' ' + getComputedStyle(th).transform))).toEqual(Array(15).fill('horizontal-tb none'));
    expect(await heads.nth(1).locator('abbr').getAttribute('title')).toBe('Bunkeflostrand, Tygelsjö by m fl');

    // Stepped aside: still drawn (for the PNG export), but hidden and out of the layout.
    const map = app.page.locator('#map-section');
    expect(await map.isVisible()).toBe(false);
    await app.page.getByRole('button', { name: 'Visa kartan' }).click();
    await expect.poll(() => map.isVisible()).toBe(true);
    expect((await box(map)).width).toBeGreaterThan(400);
    await expect.poll(() => new URL(app.page.url()).searchParams.get('karta')).toBe('1');
    await app.page.getByRole('button', { name: 'Dölj kartan' }).click();
    await expect.poll(() => map.isVisible()).toBe(false);
  });

  it('keeps the map where it is when "Dela" confirms and when a notice shows', async () => {
    await app.goto();
    await app.waitForMapIdle();
    const top = await mapTop(app);
    const header = (await box(app.page.locator('.app-header'))).height;
    await app.page.getByRole('button', { name: 'Dela' }).click();
    await expect.poll(() => app.page.getByRole('status').filter({ hasText: 'Länken till den här vyn är kopierad.' }).count()).toBe(1);
    expect(await mapTop(app)).toBe(top);
    expect((await box(app.page.locator('.app-header'))).height).toBe(header);

    await app.goto('?omrade=finns-inte');
    await app.waitForMapIdle();
    const notice = app.page.getByText('Området "finns-inte" i länken finns inte.');
    await expect.poll(() => notice.count()).toBe(1);
    expect(await mapTop(app)).toBe(top);
    expect(await visibleAtCentre(notice)).toBe(true);
  });

  it('scrolls the open text alternative in its own region, above the footer, whose link stays clickable', async () => {
    await app.goto();
    await app.waitForMapIdle();
    await app.page.locator('.map-text summary').click();
    const region = app.page.getByRole('region', { name: 'Kartan som tabell' });
    await expect.poll(() => region.locator('tbody tr').count()).toBe(14);
    expect(await region.getAttribute('tabindex')).toBe('0');
    expect(await region.evaluate((e) => e.scrollHeight > e.clientHeight)).toBe(true);
    const footer = await box(app.page.locator('.app-footer'));
    const text = await box(app.page.locator('.map-text'));
    expect(text.y + text.height).toBeLessThanOrEqual(footer.y);
    expect(await visibleAtCentre(app.page.getByRole('link', { name: 'Tillgänglighetsredogörelse' }))).toBe(true);
  });

  it('keeps "Filtrera" open when the last filter is unticked', async () => {
    await app.goto('?vy=insatser&org=servicenamnden');
    const details = app.page.locator('details.facets');
    await expect.poll(() => details.getAttribute('open')).toBe('');
    await app.page.getByRole('group', { name: 'Organisation' }).getByRole('checkbox', { checked: true }).uncheck();
    await expect.poll(() => app.page.getByRole('status').filter({ hasText: 'Visar 146 av 146' }).count()).toBe(1);
    expect(await details.getAttribute('open')).toBe('');
  });

  it('says a search has no hits, with a way to clear it, instead of empty filter groups', async () => {
    await app.goto('?vy=insatser');
    const search = app.page.getByRole('searchbox', { name: 'Sök insatser' });
    await search.fill('qqxxzz');
    const message = app.page.getByText('Inga insatser matchar "qqxxzz".');
    await expect.poll(() => message.count()).toBe(1);
    expect(await app.page.locator('fieldset.facet').count()).toBe(0);
    await app.page.getByRole('button', { name: 'Rensa sökningen' }).click();
    await expect.poll(() => search.inputValue()).toBe('');
    await expect.poll(() => app.page.locator('fieldset.facet').count()).toBe(6);
    expect(await message.count()).toBe(0);
  });

  it('shows all four columns of a comparison inside their container', async () => {
    await app.goto('?vy=jamfor&jamfor=ortagarden,nydala,lindangen,kirsebergsstaden');
    const table = app.page.locator('table.compare-table');
    await expect.poll(() => table.locator('thead th').count()).toBe(5);
    const container = await box(table.locator('xpath=..'));
    const fourth = await box(table.locator('thead th').nth(4));
    expect(fourth.x + fourth.width).toBeLessThanOrEqual(container.x + container.width);
    expect(await table.locator('xpath=..').evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    expect(await pageOverflows(app.page)).toBe(false);
    app.expectHealthy();
  });
  it('"Väg själv": a weighting in the link changes the values and the order, survives a reload; "Återställ förslaget" brings the proposal back; sliders and switches work from the keyboard', async () => {
    // What the ranking's table shows: rank, name, index per row, computed by the app's own functions.
    const expected = (weights: Record<string, number>) => {
      const model = buildIndexModel(definition, values, names.map((n) => n.slug), { year: null, layer: 'index' }, { weights, leftOut: [] })!;
      return rankingRows(model, names).map((r) => [String(r.rank), r.name, formatNumber(r.score!, 1)]);
    };
    const shown = (heading: RegExp) =>
      app.page
        .getByRole('region', { name: heading })
        .locator('table tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [...tr.children].slice(0, 3).map((c) => c.textContent ?? '')));
    const vikter = () => new URL(app.page.url()).searchParams.get('vikter');
    const custom = { delaktighet: 0, utbildning: 5, ekonomi: 0, boende: 1 };
    expect(expected(custom).map((r) => r[1])).not.toEqual(expected({}).map((r) => r[1]));

    await app.goto('?vy=rankning&vikter=delaktighet:0,utbildning:5,ekonomi:0,boende:1');
    const customRanking = /^Rankning: Sammanvägt index \(egen viktning\) 2022/;
    await expect.poll(() => shown(customRanking)).toEqual(expected(custom));
    expect(await app.page.getByRole('region', { name: 'Rangförändring mot förslaget' }).locator('tbody tr').count()).toBe(14);
    const ranges = app.page.getByRole('region', { name: 'Rangintervall' }).locator('tbody tr');
    expect(await ranges.count()).toBe(14);
    expect(await ranges.first().textContent()).toMatch(/hamnar på plats \d+(–\d+)? oavsett viktning\./);
    await app.page.screenshot({ path: screenshotPath('vag-sjalv-egen.png'), fullPage: true });
    await app.page.reload();
    await expect.poll(() => shown(customRanking)).toEqual(expected(custom));
    await expect.poll(vikter).toBe('delaktighet:0,utbildning:5,ekonomi:0');

    await app.page.getByRole('button', { name: 'Återställ förslaget' }).click();
    await expect.poll(() => shown(/^Rankning: Sammanvägt index 2022/)).toEqual(expected({}));
    await expect.poll(vikter).toBeNull();
    expect(await app.page.getByRole('region', { name: 'Rangförändring mot förslaget' }).count()).toBe(0);

    // Keyboard only: the arrow keys move a slider a step, Space switches an indicator off.
    const slider = app.page.getByRole('slider', { name: 'Vikt för Utbildning' });
    await slider.focus();
    await app.page.keyboard.press('ArrowRight');
    await app.page.keyboard.press('ArrowRight');
    await expect.poll(vikter).toBe('utbildning:3');
    expect(await slider.getAttribute('aria-valuetext')).toBe(`3: ${formatPercent(50, 0)} av indexet`);
    await app.page.keyboard.press('Tab');
    await app.page.keyboard.press('Space');
    await expect.poll(() => new URL(app.page.url()).searchParams.get('utan')).toBe('forgymnasial-utbildning');
    await expect.poll(() => shown(/^Rankning: Sammanvägt index \(egen viktning\) 2022/).then((r) => r.length)).toBe(14);
    app.expectHealthy();
  });
  it('the editors\' workbench: a renamed record is "1 ändrad" with a JSON to download; an unknown area names its row and value', async () => {
    const items = structuredClone(parseInitiatives(read('public/data/insatser.json')).items);
    // The register as an editor gets it: exported with the CLI, one name changed in the text.
    const exported = join(publicCopy(), 'insatser.csv');
    const cli = spawnSync('npx', ['tsx', 'scripts/data-register-export.ts', exported], { cwd: ROOT, encoding: 'utf8' });
    expect(cli.status).toBe(0);
    const csv = readFileSync(exported, 'utf8');
    const renamed = csv.replace(`${items[0]!.id};${items[0]!.name};`, `${items[0]!.id};Omdöpt insats;`);
    expect(renamed).not.toBe(csv);
    await app.goto('?vy=metod');
    await app.page.getByRole('button', { name: /^Arbetsbänk för redaktörer/ }).click();
    await expect.poll(() => new URL(app.page.url()).searchParams.get('vy')).toBe('redigera');
    const input = app.page.locator('.workbench input[type=file]');
    await expect.poll(() => input.isEnabled()).toBe(true);
    await input.setInputFiles({ name: 'insatser.csv', mimeType: 'text/csv', buffer: Buffer.from(renamed) });
    await expect.poll(() => app.page.locator('.workbench-status').textContent()).toBe(
      `insatser.csv: registret (insatser), ${items.length} rader under rubrikraden (rad 1). CSV i UTF-8 med BOM, avgränsare semikolon.`,
    );
    await expect.poll(() => app.page.locator('.workbench-changes strong').textContent()).toBe('0 nya, 1 ändrad, 0 borttagna');
    expect(await app.page.locator('.workbench-changes tbody tr').first().textContent()).toBe(`ändrad${items[0]!.id}name`);
    const [file] = await Promise.all([app.page.waitForEvent('download'), app.page.getByRole('button', { name: 'Ladda ner insatser.json' }).click()]);
    const downloaded = readFileSync((await file.path())!, 'utf8');
    expect((JSON.parse(downloaded) as { initiatives: { name: string }[] }).initiatives[0]!.name).toBe('Omdöpt insats');
    // The file as the site would publish it: data:validate accepts it in place of the shipped one.
    const copy = publicCopy();
    writeFileSync(join(copy, 'data/insatser.json'), downloaded);
    expectValid(copy);
    await app.page.screenshot({ path: screenshotPath('arbetsbank-andrad.png'), fullPage: true });
    // The preview: the app with the uploaded register, said on every view until it is ended.
    await app.page.getByRole('button', { name: 'Förhandsvisa i appen' }).click();
    // The map view, the default: left out of the URL.
    await expect.poll(() => new URL(app.page.url()).searchParams.get('vy')).toBeNull();
    const banner = app.page.locator('.preview-banner');
    await expect.poll(() => banner.textContent()).toContain('Förhandsvisning med uppladdad fil');
    await app.page.getByRole('navigation').getByRole('button', { name: 'Insatser', exact: true }).click();
    await expect.poll(() => app.page.getByText('Omdöpt insats', { exact: true }).count()).toBe(1);
    await app.page.screenshot({ path: screenshotPath('arbetsbank-forhandsvisning.png') });
    await banner.getByRole('button', { name: 'Avsluta förhandsvisningen' }).click();
    await expect.poll(() => banner.count()).toBe(0);
    await expect.poll(() => app.page.getByText('Omdöpt insats', { exact: true }).count()).toBe(0);
    await app.goto('?vy=redigera');
    await expect.poll(() => input.isEnabled()).toBe(true);

    // A copy of the CLI's export with an unknown area on one row, saved as a spreadsheet would.
    const at = items.findIndex((i) => i.geography.areas.length > 0);
    const table = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true }).data;
    table[at + 1]![table[0]!.indexOf('geography.areas')] = 'atlantis';
    await input.setInputFiles({ name: 'fel.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${Papa.unparse(table, { delimiter: ';', newline: '\r\n' })}`) });
    const row = app.page.locator('.workbench-problems tbody tr');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.locator('td').allTextContents()).toEqual([String(at + 2), 'kolumn S ("geography.areas")', 'geography.areas[0]: Området "atlantis" finns inte i geo/omraden.geojson eller har fel där.']);
    expect(await app.page.getByRole('button', { name: 'Ladda ner insatser.json' }).count()).toBe(0);
    await app.page.screenshot({ path: screenshotPath('arbetsbank-fel.png'), fullPage: true });

    // Indicator values per område (the template's format): what was read, the source, the file.
    await input.setInputFiles(join(ROOT, 'tests/fixtures/import/omraden.csv'));
    await expect.poll(() => app.page.locator('.workbench-status').textContent()).toMatch(/^omraden\.csv: indikatorvärden, 15 rader .* Värden per område; indikatorer: hogskolebehorighet; år: 2023\.$/);
    await app.page.getByLabel('Källa för värdena').fill('SCB, testkälla');
    await app.page.getByLabel('Källa för värdena').press('Enter');
    const values = app.page.getByRole('button', { name: 'Ladda ner index-values.json' });
    await expect.poll(() => values.count()).toBe(1);
    await app.page.screenshot({ path: screenshotPath('arbetsbank-varden.png'), fullPage: true });
    const [valuesFile] = await Promise.all([app.page.waitForEvent('download'), values.click()]);
    const valuesCopy = publicCopy();
    writeFileSync(join(valuesCopy, 'data/index-values.json'), readFileSync((await valuesFile.path())!, 'utf8'));
    expectValid(valuesCopy);
    // An .xlsx: its reader is loaded now, under the page's CSP (no eval), from our own origin.
    await input.setInputFiles(join(ROOT, 'tests/fixtures/import/delomraden.xlsx'));
    await expect.poll(() => app.page.locator('.workbench-status').textContent()).toContain('Excel-arbetsbok (.xlsx), första kalkylbladet. Värden per delområde');
    app.expectHealthy();
  });
});
