import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { describe, expect, inject, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv';
import { parseIndexDefinition } from '../../src/features/index/api/index-definition';
import { parseIndexValues } from '../../src/features/index/api/index-values';
import { buildIndexModel } from '../../src/features/index/model';
import { indexCsvRows } from '../../src/features/index/export';
import { parseInitiatives } from '../../src/features/initiatives/api/initiatives';
import { EMPTY_FILTERS, applyFilters } from '../../src/features/initiatives/filters';
import type { Page } from 'playwright-core';
import { chromiumSession } from './app-page';

const root = resolve(import.meta.dirname, '../..');
const readJson = (p: string) => JSON.parse(readFileSync(resolve(root, p), 'utf8'));
const areas = readJson('public/geo/omraden.geojson') as FeatureCollection;
const slugs = areas.features.map((f) => f.properties!.slug as string);
const definition = parseIndexDefinition(readJson('public/data/index-definition.json'));
const values = parseIndexValues(readJson('public/data/index-values.json')).items;
const register = parseInitiatives(readJson('public/data/insatser.json')).items;
const baseURL = inject('baseURL');
const session = chromiumSession();
const OUT = resolve(root, 'test-results/screenshots');
mkdirSync(OUT, { recursive: true });
const shot = (name: string) => resolve(OUT, name);
const csvAreas = (wanted: string[]) =>
  wanted.map((slug) => areas.features.find((f) => f.properties!.slug === slug)!).map((f) => ({ slug: f.properties!.slug as string, name: f.properties!.name as string, officialName: f.properties!.officialName as string }));
/** Clicks a download button and returns the file's text, checking its name. */
async function downloadText(page: Page, button: string, filename: string) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  expect(download.suggestedFilename()).toBe(filename);
  return readFileSync((await download.path())!, 'utf8');
}
/** A parsed CSV's rows as objects by column name. */
const records = ([head, ...body]: string[][]) => body.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i] ?? ''])));

describe('state in the URL', () => {
  it('restores every parameter of a deep link, in English', async () => {
    const app = await session.open(baseURL, { width: 1280, height: 1200 });
    await app.goto('?omrade=nydala&lager=ekonomi&ar=2021&jamfor=nydala,lindangen,oxie-kyrkby&vy=jamfor&lang=en');
    await app.waitForMapIdle();
    const page = app.page;
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('button', { name: 'Compare' }).getAttribute('aria-current')).toBe('page');
    expect(await page.getByRole('combobox', { name: 'Layer' }).inputValue()).toBe('ekonomi');
    expect(await page.getByRole('combobox', { name: 'Year' }).inputValue()).toBe('2021');
    const table = page.locator('.compare-table');
    expect(await table.locator('thead th').allTextContents()).toEqual(['Indicator', 'Nydala', 'Lindängen', 'Oxie kyrkby']);
    // sv-SE would write 84,2; en-GB writes 84.2.
    expect(await table.locator('tbody td').first().textContent()).toMatch(/^\d+\.\d/);
    await page.screenshot({ path: shot('djuplank-en.png') });

    await app.goto('?vy=insatser&org=servicenamnden&typ=verksamhet&sok=kontakt&insats=kontaktcenter&omrade=ortagarden');
    await app.waitForMapIdle();
    const detail = page.getByRole('article', { name: 'Kontaktcenter' });
    expect(await detail.count()).toBe(1);
    await page.keyboard.press('Escape');
    expect(await page.getByRole('searchbox', { name: 'Sök insatser' }).inputValue()).toBe('kontakt');
    expect(await page.getByRole('group', { name: 'Organisation' }).getByRole('checkbox', { checked: true }).count()).toBe(1);
    expect(await page.getByText('Område: Örtagården').count()).toBe(1);
    app.expectHealthy();
  });

  it('falls back from invalid parameters with a notice for each', async () => {
    const app = await session.open(baseURL);
    await app.goto('?vy=admin&lager=lycka&ar=1850&org=finns-inte&lang=fr&intervall=2&omrade=atlantis');
    await app.waitForMapIdle();
    const page = app.page;
    for (const text of [
      'Lagret "lycka" i länken finns inte.',
      'Året 1850 i länken finns inte i data.',
      'Filtret org=finns-inte i länken finns inte i registret',
      'Värdet "fr" för lang i länken kan inte användas.',
      'Värdet "2" för intervall i länken kan inte användas.',
      'Området "atlantis" i länken finns inte.',
    ]) {
      await expect.poll(() => page.getByText(text, { exact: false }).count(), { message: text }).toBe(1);
    }
    expect(await page.getByRole('button', { name: 'Karta och område' }).getAttribute('aria-current')).toBe('page');
    await expect.poll(() => new URL(page.url()).search).toBe('');
    app.expectHealthy();
  });

  it('goes back and forward through choices', async () => {
    const app = await session.open(baseURL);
    await app.goto();
    await app.waitForMapIdle();
    const page = app.page;
    await page.getByRole('button', { name: 'Nydala' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('omrade')).toBe('nydala');
    await page.getByRole('button', { name: 'Rankning' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('vy')).toBe('rankning');
    await page.goBack();
    await expect.poll(() => page.getByRole('button', { name: 'Karta och område' }).getAttribute('aria-current')).toBe('page');
    await page.goForward();
    await expect.poll(() => page.getByRole('button', { name: 'Rankning' }).getAttribute('aria-current')).toBe('page');
  });
});

describe('presentation mode', () => {
  it('tours the chosen areas, pauses and resumes, by button and by keyboard', async () => {
    const app = await session.open(baseURL, { width: 1600, height: 900 });
    await app.goto('?visning=1&intervall=5&turomraden=nydala,lindangen,oxie-kyrkby&omrade=nydala');
    await app.waitForMapIdle();
    const page = app.page;
    const area = () => new URL(page.url()).searchParams.get('omrade');
    // The presentation bar is a chunk of its own (the QR encoder), loaded after the app: wait for it.
    await expect.poll(() => page.getByRole('img', { name: 'QR-kod till den här vyn' }).count()).toBe(1);
    await page.screenshot({ path: shot('visning.png') });

    // The slide's controls hide when idle; a presenter's mouse brings them back before a click.
    const press = async (name: RegExp) => {
      const button = page.getByRole('button', { name });
      const box = (await button.boundingBox())!;
      await page.mouse.move(box.x + 1, box.y + 1);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await button.click();
    };
    await press(/Starta rundtur/);
    // The tour waits the chosen 5 s between areas; this waits for it, it does not time it.
    await expect.poll(area, { timeout: 9000 }).toBe('lindangen');
    await press(/Pausa rundtur/);
    expect(await page.getByRole('button', { name: /Starta rundtur/ }).getAttribute('aria-pressed')).toBe('false');
    await page.waitForTimeout(6000);
    expect(area()).toBe('lindangen');

    // Arrow keys steer the tour when focus is not in a control (buttons keep their own keys).
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('ArrowRight');
    await expect.poll(area).toBe('oxie-kyrkby');
    await page.keyboard.press('ArrowRight');
    await expect.poll(area).toBe('nydala');
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByRole('button', { name: /Pausa rundtur/ }).count()).toBe(1);
    await expect.poll(area, { timeout: 9000 }).toBe('lindangen');
    app.expectHealthy();
  });
});

describe('exports', () => {
  it('downloads the index as CSV for Swedish Excel with every indicator of the year, parsed back', async () => {
    const app = await session.open(baseURL);
    await app.goto('?lager=ekonomi&ar=2021');
    await app.waitForMapIdle();
    const text = await downloadText(app.page, 'Indexvärden (CSV)', 'omradesindex-2021.csv');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const model = buildIndexModel(definition, values, slugs, { year: 2021, layer: 'ekonomi' })!;
    const expected = indexCsvRows(model, csvAreas(slugs));
    const parsed = parseCsv(text);
    expect(parsed).toEqual([expected.header, ...expected.rows.map((r) => r.map((c) => String(c ?? '')))]);
    const indicators = records(parsed).filter((r) => r['Nivå'] === 'indikator');
    // The index's indicators, not the proposed health dimension's (off unless weighted in "Väg själv").
    expect(new Set(indicators.map((r) => r.Id))).toEqual(new Set(definition.dimensions.filter((d) => !d.proposedBy).flatMap((d) => d.indicators.map((i) => i.id))));
    expect(indicators).toHaveLength(12 * 14);
    expect(indicators.filter((r) => r.Data === 'exempel')).toHaveLength(11 * 14);
  });

  it('downloads the comparison and the matrix with the rows they show', async () => {
    const app = await session.open(baseURL);
    await app.goto('?vy=jamfor&jamfor=nydala,lindangen');
    await app.waitForMapIdle();
    const compare = records(parseCsv(await downloadText(app.page, 'Jämförelsen (CSV)', 'jamforelse-2022.csv')));
    const shown = (await app.page.locator('.compare-table tbody th').allTextContents()).length;
    expect(compare).toHaveLength(2 * shown);
    expect([...new Set(compare.map((r) => r.Slug))]).toEqual(['nydala', 'lindangen']);

    await app.goto('?vy=matris&org=servicenamnden');
    await app.page.getByRole('button', { name: 'Vem gör vad var (CSV)' }).waitFor();
    const matrix = parseCsv(await downloadText(app.page, 'Vem gör vad var (CSV)', 'vem-gor-vad-var.csv'));
    const tables = app.page.locator('table.matrix');
    const rowsOf = async (i: number) => (await tables.nth(i).locator('tbody th').allTextContents()).map((x) => x.trim());
    expect(matrix.slice(1).map((r) => r[2])).toEqual([...(await rowsOf(0)), ...(await rowsOf(1))]);
    expect(matrix[0]!.slice(3)).toEqual((await tables.first().locator('thead th abbr').allTextContents()).map((x) => x.trim()));
    const needs = records(parseCsv(await downloadText(app.page, 'Behov mot insatser (CSV)', 'behov-mot-insatser-index-2022.csv')));
    expect(needs).toHaveLength(14);
    expect(needs.every((r) => r.Data === 'exempel')).toBe(true);
  });

  it('downloads an area\'s initiatives with the city-wide ones, saying which', async () => {
    const app = await session.open(baseURL);
    await app.goto('?omrade=ortagarden');
    await app.waitForMapIdle();
    const rows = records(parseCsv(await downloadText(app.page, 'Insatslistan (CSV)', 'insatser-ortagarden.csv')));
    const expected = applyFilters(register, { ...EMPTY_FILTERS, area: 'ortagarden' });
    expect(rows.map((r) => r.Id)).toEqual(expected.map((i) => i.id));
    const ties = new Set(rows.map((r) => r['Områdeskoppling']));
    expect(ties).toEqual(new Set(['områdesbunden', 'stadsövergripande']));
  });

  it('downloads the filtered initiative list as CSV with one row per initiative', async () => {
    const app = await session.open(baseURL);
    await app.goto('?vy=insatser&org=servicenamnden');
    await app.waitForMapIdle();
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByRole('button', { name: 'Insatslistan (CSV)' }).click()]);
    const rows = parseCsv(readFileSync((await download.path())!, 'utf8'));
    const expected = applyFilters(register, { ...EMPTY_FILTERS, organisation: ['servicenamnden'] });
    expect(rows[0]![0]).toBe('Id');
    expect(rows.slice(1).map((r) => r[0])).toEqual(expected.map((i) => i.id));
  });

  it('downloads a PNG of the map with legend, title and source, as wide as the map', async () => {
    const app = await session.open(baseURL);
    await app.goto();
    await app.waitForMapIdle();
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByRole('button', { name: 'Kartbild (PNG)' }).click()]);
    const b64 = readFileSync((await download.path())!).toString('base64');
    const canvasWidth = await app.page.locator('.maplibregl-canvas').evaluate((c: HTMLCanvasElement) => c.width);
    const info = await app.page.evaluate(async (data) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bmp.width, bmp.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bmp, 0, 0);
      const d = ctx.getImageData(0, 0, bmp.width, bmp.height).data;
      const seen = new Set<number>();
      for (let i = 0; i < d.length; i += 16) seen.add((d[i]! << 16) | (d[i + 1]! << 8) | d[i + 2]!);
      return { width: bmp.width, height: bmp.height, colours: seen.size };
    }, b64);
    expect(info.width).toBe(canvasWidth);
    expect(info.colours).toBeGreaterThan(50);
    app.expectHealthy();
  });

  it('prints the area card to A4 PDF pages', async () => {
    const app = await session.open(baseURL, { width: 1280, height: 900 });
    await app.goto('?omrade=ortagarden');
    await app.waitForMapIdle();
    await app.page.locator('.chart').first().waitFor();
    await app.page.emulateMedia({ media: 'print' });
    // Print media draws the charts below the fold too.
    await expect.poll(() => app.page.locator('.chart .recharts-wrapper > svg').count()).toBe(await app.page.locator('.chart').count());
    const pdf = await app.page.pdf({ path: resolve(root, 'test-results/omradeskort-ortagarden.pdf'), format: 'A4', printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(6);
  });
});

describe('layouts', () => {
  const cases = [
    { name: 'normal', query: '?omrade=ortagarden', viewport: { width: 1280, height: 800 } },
    { name: 'inbaddning-320', query: '?inbaddning=1&omrade=nydala', viewport: { width: 320, height: 700 } },
    { name: 'inbaddning-800', query: '?inbaddning=1&omrade=nydala', viewport: { width: 800, height: 700 } },
    { name: 'visning', query: '?visning=1&omrade=lindangen', viewport: { width: 1920, height: 1080 } },
    { name: 'telefon', query: '?omrade=nydala', viewport: { width: 375, height: 667 } },
  ];
  for (const c of cases) {
    for (const lang of ['sv', 'en']) {
      it(`${c.name} in ${lang} loads cleanly with nothing wider than the screen`, async () => {
        const app = await session.open(baseURL, c.viewport);
        await app.goto(`${c.query}${lang === 'en' ? '&lang=en' : ''}`);
        await app.waitForMapIdle();
        const overflow = await app.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        // The map section and the sidebar must not be drawn over each other (the embed's text
        // alternative once spilled out of a fixed-height map section onto the layer picker).
        const overlap = await app.page.evaluate(() => {
          const a = document.querySelector('.map-section')!.getBoundingClientRect();
          const b = document.querySelector('.sidebar')!.getBoundingClientRect();
          const inner = [...document.querySelectorAll('.map-section > *')].map((e) => e.getBoundingClientRect());
          const bottom = Math.max(a.bottom, ...inner.map((r) => r.bottom));
          const right = Math.max(a.right, ...inner.map((r) => r.right));
          return Math.max(0, Math.min(right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(bottom, b.bottom) - Math.max(a.top, b.top));
        });
        expect(overlap).toBe(0);
        await app.page.screenshot({ path: shot(`layout-${c.name}-${lang}.png`) });
        app.expectHealthy();
      });
    }
  }

  it('has touch targets of at least 44 px on a phone', async () => {
    const app = await session.open(baseURL, { width: 375, height: 667 });
    await app.goto('?omrade=nydala');
    await app.waitForMapIdle();
    const small = await app.page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.area-list button, .views button, .tools button, .export-buttons button')]
        .filter((b) => b.getClientRects().length > 0 && b.getBoundingClientRect().height < 44)
        .map((b) => b.textContent),
    );
    expect(small).toEqual([]);
  });

  it('uses cooperative gestures in embed mode, so scrolling the page does not zoom the map', async () => {
    const app = await session.open(baseURL, { width: 800, height: 700 });
    await app.goto('?inbaddning=1');
    await app.waitForMapIdle();
    expect(await app.page.locator('.maplibregl-cooperative-gesture-screen').count()).toBe(1);
    expect(await app.page.getByRole('link', { name: 'Öppna i helskärm' }).getAttribute('href')).not.toContain('inbaddning');
  });
});
