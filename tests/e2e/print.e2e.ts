import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { en } from '../../src/lib/copy/en';
import { sv } from '../../src/lib/copy/sv';
import { chromiumSession } from './app-page';

const root = resolve(import.meta.dirname, '../..');
const readJson = (p: string) => JSON.parse(readFileSync(resolve(root, p), 'utf8'));
const baseURL = inject('baseURL');
const session = chromiumSession();
const OUT = resolve(root, 'test-results/print');
mkdirSync(OUT, { recursive: true });

const values: { year: number }[] = readJson('public/data/index-values.json').values;
const years = values.map((v) => v.year);
const FIRST_YEAR = String(Math.min(...years));
const LAST_YEAR = String(Math.max(...years));
// The data's date that the pages print: the newest "updated" of the files the app loads.
const DATA_FILES = ['public/geo/omraden.geojson', 'public/geo/delomraden.geojson', 'public/geo/bakgrund.geojson', 'public/data/index-definition.json', 'public/data/index-values.json', 'public/data/insatser.json', 'public/data/organisationer.json'];
const DATA_DATE = DATA_FILES.map((f) => readJson(f).meta.updated as string).sort().at(-1)!;
const firstInitiative = (readJson('public/data/insatser.json').initiatives as { id: string; name: string }[])[0]!;
const longestIndicator = (readJson('public/data/index-definition.json').dimensions as { indicators: { id: string; name: string }[] }[]).flatMap((d) => d.indicators).reduce((a, b) => (b.name.length > a.name.length ? b : a));

const longDate = (iso: string, locale: string) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T12:00:00Z`));
// A4 less print.css's side margins (14 mm each), in CSS px; landscape for the matrix.
const A4_CONTENT_PX = ((210 - 28) / 25.4) * 96;

const VIEWS = [
  { query: '', title: sv.viewMap, map: true },
  { query: '?omrade=ortagarden', title: `${sv.viewMap}: Örtagården`, map: true },
  { query: '?vy=insatser', title: sv.viewInitiatives, map: true },
  { query: '?vy=matris', title: sv.viewMatrix, map: true },
  { query: '?vy=samordning&ruta=barn-och-unga~barn', title: sv.viewCoordination, map: true },
  { query: '?vy=rankning', title: sv.viewRanking, map: true },
  { query: '?vy=jamfor&jamfor=ortagarden,nydala', title: sv.viewCompare, map: true },
  { query: `?insats=${firstInitiative.id}`, title: firstInitiative.name, map: true },
  { query: '?vy=metod', title: sv.viewMethod, map: false },
  { query: '?vy=tillganglighet', title: sv.accessibilityTitle, map: false },
];

/** Shows a URL of the app as a link would, without reloading the page (the app reads popstate). */
async function showUrl(page: Page, query: string) {
  await page.evaluate((q) => {
    history.pushState(null, '', q || location.pathname);
    dispatchEvent(new PopStateEvent('popstate'));
  }, query);
}

/** Visible form controls and buttons, except a button whose label is the data (printed as text). */
function visibleControls(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, select, input, textarea, summary')]
      .filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
      .filter((e) => {
        const content = e.tagName === 'BUTTON' && (e.parentElement?.matches('td, th') || e.matches('.initiative-open'));
        if (!content) return true;
        // Content buttons must read as text: no border, no background.
        const s = getComputedStyle(e);
        return s.borderTopStyle !== 'none' || s.backgroundColor !== 'rgba(0, 0, 0, 0)';
      })
      .map((e) => `${e.tagName.toLowerCase()}.${e.className} "${(e.textContent ?? '').trim().slice(0, 30)}"`),
  );
}

const marginVars = (page: Page) =>
  page.evaluate(() => {
    const s = getComputedStyle(document.documentElement);
    return Object.fromEntries(['--print-title', '--print-dates', '--print-source', '--print-page', '--print-page-of'].map((k) => [k, s.getPropertyValue(k).trim()]));
  });

/** The print picture: its size, whether it is shown, and how many colours it has. */
const printPicture = (page: Page) =>
  page.evaluate(async () => {
    const img = document.querySelector<HTMLImageElement>('.print-map img');
    if (!img?.src) return null;
    await img.decode();
    const box = img.getBoundingClientRect();
    const c = new OffscreenCanvas(img.naturalWidth, img.naturalHeight);
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    const seen = new Set<number>();
    for (let i = 0; i < d.length; i += 16) seen.add((d[i]! << 16) | (d[i + 1]! << 8) | d[i + 2]!);
    return { src: img.src.slice(0, 22), width: img.naturalWidth, height: img.naturalHeight, shown: box.width > 100 && box.height > 100, colours: seen.size };
  });

/** Page sizes of a PDF from its /MediaBox entries, in points. */
const mediaBoxes = (pdf: Buffer) => [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => ({ w: Number(m[1]), h: Number(m[2]) }));

describe('paper', () => {
  it('prints every view without controls, with title, dates and source in the page margins and the map picture on map views', async () => {
    const app = await session.open(baseURL);
    const page = app.page;
    await app.goto();
    await app.waitForMapIdle();
    // The margin boxes exist in the print stylesheet and take their text from the custom properties.
    const margins = await page.evaluate(() => {
      const found: string[] = [];
      const walk = (rules: CSSRuleList) => {
        for (const r of rules) {
          if (r instanceof CSSMediaRule) walk(r.cssRules);
          else if (r instanceof CSSPageRule) for (const m of r.cssRules) found.push(`${(m as CSSRule & { name: string }).name} ${(m as CSSStyleRule).style.getPropertyValue('content')}`);
        }
      };
      for (const sheet of document.styleSheets) walk(sheet.cssRules);
      return found;
    });
    expect(margins).toEqual(expect.arrayContaining([expect.stringMatching(/^top-left var\(--print-title/), expect.stringMatching(/^top-right var\(--print-dates/), expect.stringMatching(/^bottom-left var\(--print-source/), expect.stringMatching(/^bottom-right .*counter\(pages\)/)]));

    for (const view of VIEWS) {
      await page.emulateMedia({ media: 'screen' });
      await showUrl(page, view.query);
      if (view.map) await app.waitForMapIdle();
      else await page.locator('main.page').waitFor();
      // The map's canvas as drawn on screen (print media hides it, and MapLibre then shrinks it).
      const canvas = view.map ? await page.locator('.maplibregl-canvas').evaluate((c: HTMLCanvasElement) => ({ w: c.width, h: c.height })) : null;
      await page.emulateMedia({ media: 'print' });
      expect(await visibleControls(page), view.query).toEqual([]);
      const vars = await marginVars(page);
      expect(vars['--print-title'], view.query).toBe(JSON.stringify(`${sv.appTitle} – ${view.title}`));
      expect(vars['--print-dates']).toBe(JSON.stringify(sv.printDates(longDate(new Date().toISOString().slice(0, 10), 'sv-SE'), longDate(DATA_DATE, 'sv-SE'))));
      expect(vars['--print-source']).toBe(JSON.stringify(sv.printSources));
      expect(vars['--print-page']).toBe(JSON.stringify(sv.printPage));
      if (view.map) {
        await page.waitForFunction(() => Boolean(document.querySelector<HTMLImageElement>('.print-map img')?.src));
        const picture = await printPicture(page);
        expect(picture, view.query).not.toBeNull();
        expect(picture!.src).toBe('data:image/png;base64,');
        // The download's picture: as wide as the map's canvas, title, legend and source around it.
        expect(picture!.width, view.query).toBe(canvas!.w);
        expect(picture!.height).toBeGreaterThan(canvas!.h);
        expect(picture!.shown, view.query).toBe(true);
        expect(picture!.colours, view.query).toBeGreaterThan(50);
      } else {
        expect(await page.locator('.print-map').count()).toBe(0);
      }
      await page.screenshot({ path: resolve(OUT, `print${view.query.replace(/[^a-z0-9]+/gi, '-') || '-karta'}.png`), fullPage: true });
    }
    // English margins.
    await page.emulateMedia({ media: 'screen' });
    await showUrl(page, '?omrade=ortagarden&lang=en');
    await app.waitForMapIdle();
    const vars = await marginVars(page);
    expect(vars['--print-title']).toBe(JSON.stringify(`${en.appTitle} – ${en.viewMap}: Örtagården`));
    expect(vars['--print-page-of']).toBe(JSON.stringify(en.printPageOf));
    app.expectHealthy();
  });

  it('prints the map picture when printing starts (Ctrl+P), drops it after, and puts the matrix on landscape pages', async () => {
    const app = await session.open(baseURL);
    const page = app.page;
    await app.goto('?omrade=ortagarden');
    await app.waitForMapIdle();
    // The profile's charts are below the fold at the desk: not drawn until they come near, or until printing starts.
    await page.locator('.chart').first().waitFor();
    expect(await page.locator('.chart .recharts-wrapper').count()).toBe(0);
    expect(await page.locator('.print-map img').getAttribute('src')).toBeNull();
    const canvas = await page.locator('.maplibregl-canvas').evaluate((c: HTMLCanvasElement) => ({ w: c.width, h: c.height }));
    // page.pdf prints as Ctrl+P does: beforeprint, the print layout, afterprint (no media emulated).
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    writeFileSync(resolve(OUT, 'omradeskort.pdf'), pdf);
    // Drawn in beforeprint, for the print layout.
    expect(await page.locator('.chart .recharts-wrapper').count()).toBe(await page.locator('.chart').count());
    const boxes = mediaBoxes(pdf);
    expect(boxes.length).toBeGreaterThan(0);
    for (const b of boxes) expect(b.h).toBeGreaterThan(b.w);
    // The picture is in the PDF as an image as wide as the map's canvas.
    const images = [...pdf.toString('latin1').matchAll(/<<[^>]*?\/Subtype\s*\/Image[^>]*>>/g)].map((m) => Number(/\/Width\s+(\d+)/.exec(m[0])?.[1]));
    expect(images).toContain(canvas.w);
    expect(await page.locator('.print-map img').getAttribute('src')).toBeNull();

    await showUrl(page, '?vy=matris');
    await app.waitForMapIdle();
    await page.locator('.matrix').first().waitFor();
    const matrix = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    writeFileSync(resolve(OUT, 'matris.pdf'), matrix);
    const first = mediaBoxes(matrix)[0]!;
    expect(first.w).toBeGreaterThan(first.h);
    expect(Math.round(first.w)).toBe(842);
    // Samordning's table (15 themes by 13 groups) reads across too.
    await showUrl(page, '?vy=samordning&ruta=barn-och-unga~barn');
    await page.locator('.coordination-table').waitFor();
    const coordination = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    writeFileSync(resolve(OUT, 'samordning.pdf'), coordination);
    expect(mediaBoxes(coordination)[0]!.w).toBeGreaterThan(mediaBoxes(coordination)[0]!.h);

    // A view whose map steps aside on screen still prints the picture (an A4 page is wider than the
    // phone breakpoint: the step-aside rule must not reach paper).
    await showUrl(page, '?vy=rankning');
    await app.waitForMapIdle();
    const aside = await page.locator('.maplibregl-canvas').evaluate((c: HTMLCanvasElement) => c.width);
    const ranking = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    writeFileSync(resolve(OUT, 'rankning.pdf'), ranking);
    const rankingImages = [...ranking.toString('latin1').matchAll(/<<[^>]*?\/Subtype\s*\/Image[^>]*>>/g)].map((m) => Number(/\/Width\s+(\d+)/.exec(m[0])?.[1]));
    expect(rankingImages).toContain(aside);
    app.expectHealthy();
  });

  it('draws the charts for the page, with the first and last ticks inside them', async () => {
    const app = await session.open(baseURL);
    const page = app.page;
    for (const query of ['?omrade=ortagarden', '?vy=rankning', '?vy=jamfor&jamfor=ortagarden,nydala,lindangen']) {
      await page.emulateMedia({ media: 'screen' });
      await app.goto(query);
      await app.waitForMapIdle();
      await page.locator('.chart').first().waitFor();
      // Print media draws every chart (those below the fold too), as printing does.
      await page.emulateMedia({ media: 'print' });
      await expect.poll(() => page.locator('.chart .recharts-wrapper > svg').count()).toBe(await page.locator('.chart').count());
      // recharts measures its container again for the print layout.
      await page.waitForFunction((max) => [...document.querySelectorAll('.chart')].every((c) => (c.querySelector('.recharts-wrapper')?.getBoundingClientRect().width ?? 0) <= max), A4_CONTENT_PX + 1);
      const charts = await page.evaluate(() =>
        [...document.querySelectorAll('.chart')].map((fig) => {
          const f = fig.getBoundingClientRect();
          const svg = fig.querySelector('.recharts-wrapper > svg')!.getBoundingClientRect();
          const axis = (cls: string) =>
            [...fig.querySelectorAll(`.${cls} .recharts-cartesian-axis-tick-value`)].map((t) => {
              const b = t.getBoundingClientRect();
              return { text: t.textContent ?? '', inside: b.left >= svg.left - 0.5 && b.right <= svg.right + 0.5 && b.left >= f.left - 0.5 && b.right <= f.right + 0.5 };
            });
          return { svgWidth: svg.width, x: axis('recharts-xAxis-tick-labels'), y: axis('recharts-yAxis-tick-labels') };
        }),
      );
      expect(charts.length, query).toBeGreaterThan(0);
      for (const chart of charts) {
        expect(chart.svgWidth, query).toBeLessThanOrEqual(A4_CONTENT_PX + 1);
        // A number axis: its first and last tick (0 and the axis's end) are drawn in full.
        const numeric = [chart.x, chart.y].find((ticks) => ticks.length > 0 && ticks.every((t) => /^[\d\s,.−-]+$/.test(t.text)));
        expect(numeric, query).toBeDefined();
        expect(numeric!.at(0)!.inside && numeric!.at(-1)!.inside, `${query}: ${numeric!.map((t) => t.text).join(' ')}`).toBe(true);
        for (const t of [...chart.x, ...chart.y]) expect(t.inside, `${query}: tick ${t.text}`).toBe(true);
      }
      if (query === '?omrade=ortagarden') {
        const yearTicks = charts.map((c) => c.x.map((t) => t.text)).find((ticks) => ticks.includes(FIRST_YEAR));
        expect(yearTicks).toEqual(expect.arrayContaining([FIRST_YEAR, LAST_YEAR]));
      }
      await page.screenshot({ path: resolve(OUT, `charts${query.replace(/[^a-z0-9]+/gi, '-')}.png`), fullPage: true });
    }
    app.expectHealthy();
  });

  it('exports a PNG whose long title (a long area and indicator name) wraps inside the picture, in Swedish and English', async () => {
    const app = await session.open(baseURL);
    const page = app.page;
    for (const [lang, t] of [
      ['sv', sv],
      ['en', en],
    ] as const) {
      await app.goto(`?omrade=limhamns-hamnomrade&lager=${longestIndicator.id}${lang === 'en' ? '&lang=en' : ''}`);
      await app.waitForMapIdle();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t.exportMapPng }).click()]);
      const png = readFileSync((await download.path())!);
      writeFileSync(resolve(OUT, `kartbild-${lang}.png`), png);
      const ink = await page.evaluate(async (b64) => {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const c = new OffscreenCanvas(bmp.width, bmp.height);
        const ctx = c.getContext('2d')!;
        ctx.drawImage(bmp, 0, 0);
        const d = ctx.getImageData(0, 0, bmp.width, bmp.height).data;
        const at = (x: number, y: number) => (y * bmp.width + x) * 4;
        // The title band: the rows above the map (the first row that is mostly not white).
        let mapTop = 0;
        for (let y = 0; y < bmp.height; y++) {
          let coloured = 0;
          for (let x = 0; x < bmp.width; x++) if (d[at(x, y)]! < 245 || d[at(x, y) + 2]! < 245) coloured++;
          if (coloured > bmp.width / 2) {
            mapTop = y;
            break;
          }
        }
        // The rightmost dark (text) pixel in it.
        let right = 0;
        let rows = 0;
        for (let y = 0; y < mapTop; y++) {
          let any = false;
          for (let x = 0; x < bmp.width; x++) {
            if (d[at(x, y)]! < 120 && d[at(x, y) + 1]! < 120) {
              right = Math.max(right, x);
              any = true;
            }
          }
          if (any) rows++;
        }
        return { width: bmp.width, mapTop, right, rows };
      }, png.toString('base64'));
      expect(ink.mapTop, lang).toBeGreaterThan(0);
      expect(ink.rows, lang).toBeGreaterThan(0);
      // Text stops short of the right edge (the picture's padding is 24 px)...
      expect(ink.right, lang).toBeLessThan(ink.width - 12);
      // ...though it is long enough to reach past the middle.
      expect(ink.right, lang).toBeGreaterThan(ink.width / 2);
    }
    app.expectHealthy();
  });
});
