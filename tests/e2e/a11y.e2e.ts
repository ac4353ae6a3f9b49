import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chromiumSession } from './app-page';

const root = resolve(import.meta.dirname, '../..');
const baseURL = inject('baseURL');
const session = chromiumSession();
const OUT = resolve(root, 'test-results/screenshots');
mkdirSync(OUT, { recursive: true });

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function axe(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Records Content-Security-Policy violations from the first script on. */
async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = list;
    document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

describe('WCAG 2.1 AA with axe-core', () => {
  const states = [
    // With the insatsområden on: their toggle, list and the profile's section are checked too.
    ['area panel', '?omrade=ortagarden&insatsomraden=1'],
    ['initiatives and filters', '?vy=insatser&org=servicenamnden'],
    ['initiative detail', '?vy=insatser&insats=kraftsamling-herrgarden'],
    ['matrix', '?vy=matris'],
    // A cell open, with an area and the city-level insatser: the table, the signal and the list.
    ['coordination', '?vy=samordning&omrade=ortagarden&helastaden=1&ruta=barn-och-unga~barn'],
    // With a custom weighting: the panel, the rank change and the rank ranges are checked too.
    ['ranking', '?vy=rankning&lager=ekonomi&vikter=delaktighet:0,utbildning:5&utan=valdeltagande'],
    ['compare', '?vy=jamfor&jamfor=nydala,lindangen,ribersborg'],
    ['methodology', '?vy=metod'],
    ['accessibility statement', '?vy=tillganglighet'],
    ['editors\' workbench', '?vy=redigera'],
    ['embed', '?inbaddning=1&omrade=nydala'],
    ['presentation', '?visning=1&omrade=lindangen&insatsomraden=1'],
  ] as const;
  for (const lang of ['sv', 'en']) {
    for (const [name, query] of states) {
      it(`${name} (${lang}) has no violations`, async () => {
        const app = await session.open(baseURL, { width: 1280, height: 900 });
        await app.goto(`${query}${lang === 'en' ? '&lang=en' : ''}`);
        if (!query.includes('metod') && !query.includes('tillganglighet') && !query.includes('redigera')) await app.waitForMapIdle();
        // Open the folded parts too, so axe sees them.
        await app.page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
        expect(await axe(app.page)).toEqual([]);
      });
    }
  }
  it('the workbench with a checked file (what was read, problems, changes, source fields, downloads) has no violations', async () => {
    const app = await session.open(baseURL, { width: 1280, height: 900 });
    await app.goto('?vy=redigera');
    const input = app.page.locator('.workbench input[type=file]');
    await expect.poll(() => input.isEnabled()).toBe(true);
    // A title row above the header: a warning, the source fields, and the changes.
    const csv = readFileSync(resolve(root, 'tests/fixtures/import/omraden.csv'), 'utf8').replace(/^\uFEFF/, '');
    await input.setInputFiles({ name: 'med-rubrik.csv', mimeType: 'text/csv', buffer: Buffer.from(`Titel\r\n${csv}`) });
    await app.page.locator('.workbench-changes').waitFor();
    expect(await axe(app.page)).toEqual([]);
  });
  it('the embed dialog has no violations', async () => {
    const app = await session.open(baseURL);
    await app.goto();
    await app.waitForMapIdle();
    await app.page.getByRole('button', { name: 'Bädda in' }).click();
    expect(await axe(app.page)).toEqual([]);
    await app.page.keyboard.press('Escape');
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.textContent)).toBe('Bädda in');
  });
});

describe('keyboard only', () => {
  async function tabTo(page: Page, match: (el: { text: string; role: string | null; tag: string; label: string | null; type: string | null }) => boolean, max = 120) {
    const trail: string[] = [];
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      const el = await page.evaluate(() => {
        const a = document.activeElement as HTMLElement | null;
        return a ? { text: (a.textContent ?? '').trim().slice(0, 40), role: a.getAttribute('role'), tag: a.tagName, label: a.getAttribute('aria-label'), type: a.getAttribute('type') } : null;
      });
      trail.push(JSON.stringify(el));
      if (el && match(el)) return;
    }
    throw new Error(`Fokus nådde aldrig målet; sist: ${trail.slice(-6).join(' ')}`);
  }
  async function focusVisible(page: Page) {
    return page.evaluate(() => {
      const a = document.activeElement as HTMLElement;
      const s = getComputedStyle(a);
      return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
    });
  }

  it('chooses an area, switches layer and year, filters, opens and closes an initiative and compares two areas', async () => {
    const app = await session.open(baseURL, { width: 1280, height: 900 });
    const page = app.page;
    await app.goto();
    await app.waitForMapIdle();

    await tabTo(page, (e) => e.text === 'Nydala' && e.tag === 'BUTTON');
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('article', { name: 'Nydala' }).count()).toBe(1);

    await page.keyboard.press('Shift+Tab');
    await tabTo(page, (e) => e.tag === 'SELECT' && e.text.startsWith('Sammanvägt index'), 200);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => new URL(page.url()).searchParams.get('lager')).toBe('delaktighet');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => new URL(page.url()).searchParams.get('ar')).toBe('2021');

    // The map is one tab stop; its own keys then move it.
    await tabTo(page, (e) => e.label === 'Karta över Malmös 14 områden');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Tab');
    const afterMap = await page.evaluate(() => document.activeElement?.closest('.maplibregl-canvas-container') === null);
    expect(afterMap).toBe(true);

    await page.keyboard.press('Shift+Tab');
    await tabTo(page, (e) => e.text === 'Insatser' && e.tag === 'BUTTON', 200);
    await page.keyboard.press('Enter');
    await tabTo(page, (e) => e.tag === 'INPUT' && e.type === 'search', 40);
    // Nydala is still chosen, so the list shows Nydala's initiatives; the search narrows it further.
    await page.keyboard.type('beredskap');
    await tabTo(page, (e) => e.tag === 'BUTTON' && e.text === 'Beredskapsgruppen NHL', 200);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Beredskapsgruppen NHL');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-initiative'))).toBe('beredskapsgruppen-nhl');

    await page.keyboard.press('Shift+Tab');
    await tabTo(page, (e) => e.text === 'Jämför' && e.tag === 'BUTTON', 200);
    await page.keyboard.press('Enter');
    // The first checkbox is the insatsområden's, under the legend.
    await tabTo(page, (e) => e.tag === 'INPUT' && e.type === 'checkbox', 60);
    expect(await page.evaluate(() => document.activeElement?.closest('label')?.textContent?.trim())).toBe('Visa insatsområden');
    await page.keyboard.press('Space');
    await expect.poll(() => new URL(page.url()).searchParams.get('insatsomraden')).toBe('1');
    await tabTo(page, (e) => e.tag === 'INPUT' && e.type === 'checkbox', 60);
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('.compare-table').count()).toBe(1);
    app.expectHealthy();
  });

  it('never traps focus: tabbing through the whole page comes back to the start', async () => {
    const app = await session.open(baseURL, { width: 1280, height: 900 });
    await app.goto('?omrade=ortagarden');
    await app.waitForMapIdle();
    const seen = new Set<string>();
    let wrapped = false;
    for (let i = 0; i < 400 && !wrapped; i++) {
      await app.page.keyboard.press('Tab');
      const key = await app.page.evaluate(() => {
        const a = document.activeElement as HTMLElement | null;
        return a ? `${a.tagName}|${a.className}|${(a.textContent ?? '').slice(0, 30)}` : 'none';
      });
      if (i > 0 && key.includes('skip-link')) wrapped = true;
      seen.add(key);
    }
    expect(wrapped).toBe(true);
    expect(seen.size).toBeGreaterThan(20);
  });
});

describe('privacy and security', () => {
  it('a full click-through sends no request to another origin, sets no cookie or storage, and violates no CSP rule', async () => {
    const app = await session.open(baseURL, { width: 1280, height: 900 });
    const page = app.page;
    const csp = await watchCsp(page);
    await app.goto();
    await app.waitForMapIdle();
    await page.getByRole('button', { name: 'Insatser', exact: true }).click();
    await page.getByRole('searchbox', { name: 'Sök insatser' }).fill('orat');
    await page.getByRole('button', { name: 'Örat mot marken', exact: true }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Karta och område' }).click();
    await page.getByRole('button', { name: 'Örtagården' }).click();
    await page.getByRole('combobox', { name: 'Lager' }).selectOption('valdeltagande');
    for (const view of ['Vem gör vad var', 'Rankning', 'Jämför', 'Metod och källor']) await page.getByRole('button', { name: view }).click();
    await page.getByRole('link', { name: 'Tillgänglighetsredogörelse' }).click();
    await app.goto('?visning=1&omrade=nydala');
    await app.waitForMapIdle();
    await app.goto('?inbaddning=1');
    await app.waitForMapIdle();
    expect(app.foreignRequests()).toEqual([]);
    expect(await app.context.cookies()).toEqual([]);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
    expect(await csp()).toEqual([]);
    app.expectHealthy();
  });

  it('serves a strict Content-Security-Policy', async () => {
    const res = await fetch(baseURL);
    const policy = res.headers.get('content-security-policy') ?? '';
    for (const d of ["default-src 'self'", "script-src 'self'", "worker-src 'self'", "frame-ancestors 'self' https://malmo.se https://*.malmo.se"]) expect(policy).toContain(d);
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toContain('unsafe-inline');
  });

  it('shows markup in data as text and never runs it', async () => {
    const payload = '<img src=x onerror=alert(1)>';
    const app = await session.open(baseURL);
    const page = app.page;
    let dialogs = 0;
    page.on('dialog', async (d) => {
      dialogs++;
      await d.dismiss();
    });
    await page.route('**/geo/omraden.geojson', async (route) => {
      const data = JSON.parse(readFileSync(resolve(root, 'public/geo/omraden.geojson'), 'utf8'));
      data.features[0].properties.name = `Västra ${payload}`;
      await route.fulfill({ json: data });
    });
    await page.route('**/data/insatser.json', async (route) => {
      const data = JSON.parse(readFileSync(resolve(root, 'public/data/insatser.json'), 'utf8'));
      data.initiatives[0].name = `CTC ${payload}`;
      await route.fulfill({ json: data });
    });
    await app.goto('?vy=insatser');
    await app.waitForMapIdle();
    // The register arrives after the map is drawn (the app starts after the map): wait for it.
    await expect.poll(() => page.getByText(`CTC ${payload}`).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Karta och område' }).click();
    expect(await page.getByRole('button', { name: `Västra ${payload}` }).count()).toBe(1);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toBe(0);
  });
});
