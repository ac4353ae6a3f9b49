import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FeatureCollection, Polygon } from 'geojson';
import { describe, expect, inject, it } from 'vitest';
import { parseInitiatives } from '../../src/features/initiatives/api/initiatives';
import { EMPTY_FILTERS, applyFilters, countByArea } from '../../src/features/initiatives/filters';
import { COLORS, LAYER } from '../../src/features/map/map-style';
import { chromiumSession, hexToRgb } from './app-page';
import { renderedBoxes, renderedSlugs } from './rendered-boxes';

const root = resolve(import.meta.dirname, '../..');
const readJson = (p: string) => JSON.parse(readFileSync(resolve(root, p), 'utf8'));
const areas = readJson('public/geo/omraden.geojson') as FeatureCollection<Polygon>;
const register = parseInitiatives(readJson('public/data/insatser.json')).items;
const slugs = areas.features.map((f) => f.properties!.slug as string);
const baseURL = inject('baseURL');
const session = chromiumSession();
const SCREENSHOTS = resolve(root, 'test-results/screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

/** An organisation filter that empties one area's count while another area keeps some. */
function orgThatNarrows(): { org: string; emptied: string; kept: string } {
  const all = countByArea(register, slugs);
  const orgs = [...new Set(register.flatMap((i) => [...i.lead, ...i.partners]))].sort();
  for (const org of orgs) {
    const counts = countByArea(applyFilters(register, { ...EMPTY_FILTERS, organisation: [org] }), slugs);
    const emptied = slugs.find((s) => all[s]! > 0 && counts[s] === 0);
    const kept = slugs.find((s) => counts[s]! > 0);
    if (emptied && kept) return { org, emptied, kept };
  }
  throw new Error('Ingen organisation ger ett sådant filter');
}

/** Whether the map shows a count badge for the area (the map places badges where there is room: tests/e2e/map.e2e.ts). */
const showsCount = async (slug: string) => (await renderedSlugs(session.app!.page, [LAYER.counts])).includes(slug);

describe('the initiative register in Chromium', () => {
  it('lists Kraftsamling Herrgården, Hållbara Rosengård and the Rosengård kontaktcenter for Örtagården', async () => {
    const app = await session.open(baseURL, { width: 1280, height: 1800 });
    await app.goto('?omrade=ortagarden');
    await app.waitForMapIdle();
    const section = app.page.getByRole('region', { name: /^Insatser i området/ });
    // The map's idle says nothing of the register here: its first frame already had the counts.
    for (const name of ['Kraftsamling Herrgården', 'Hållbara Rosengård', 'Kontaktcenters pilot på Rosengård', 'Kontaktcenter']) {
      await expect.poll(() => section.getByRole('button', { name, exact: true }).count(), { message: name }).toBe(1);
    }
    await app.page.screenshot({ path: resolve(SCREENSHOTS, 'insatser-ortagarden.png'), fullPage: true });
    app.expectHealthy();
  });

  it('finds Örat mot marken by searching "orat", and opens its detail with provenance', async () => {
    const app = await session.open(baseURL, { width: 1280, height: 1400 });
    await app.goto('?vy=insatser');
    await app.waitForMapIdle();
    await app.page.getByRole('searchbox', { name: 'Sök insatser' }).fill('orat');
    const hit = app.page.getByRole('button', { name: 'Örat mot marken', exact: true });
    await expect.poll(() => hit.count()).toBe(1);
    await hit.click();
    const detail = app.page.getByRole('article', { name: 'Örat mot marken' });
    expect(await detail.getByRole('heading', { name: 'Källor' }).count()).toBe(1);
    expect(await detail.textContent()).toMatch(/Avsnitt: /);
    await app.page.screenshot({ path: resolve(SCREENSHOTS, 'insats-detalj.png'), fullPage: true });
    await app.page.keyboard.press('Escape');
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.textContent)).toBe('Örat mot marken');
    app.expectHealthy();
  });

  it('finds places in the search: "ortagarden" selects the area, "persborg" opens the delområde; a delområde on the map opens too', async () => {
    const app = await session.open(baseURL, { width: 1280, height: 1400 });
    const { page } = app;
    await app.goto('?vy=insatser');
    await app.waitForMapIdle();
    const search = page.getByRole('searchbox', { name: 'Sök insatser' });
    const places = page.getByRole('region', { name: /^Platser \(\d+\)$/ });
    await search.fill('ortagarden');
    await expect.poll(() => places.getByRole('button', { name: 'Örtagården (område)', exact: true }).count()).toBe(1);
    await places.getByRole('button', { name: 'Örtagården (område)', exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('omrade')).toBe('ortagarden');
    expect(await page.getByRole('heading', { name: 'Örtagården', level: 2 }).count()).toBe(1);
    await page.getByRole('button', { name: 'Insatser', exact: true }).click();
    await search.fill('persborg');
    await expect.poll(() => places.getByRole('button', { name: 'Persborg (delområde i Örtagården)', exact: true }).count()).toBe(1);
    // The place comes first, then what the search says of the insatser.
    const noHits = page.getByText('Inga insatser matchar "persborg".');
    expect((await places.boundingBox())!.y).toBeLessThan((await noHits.boundingBox())!.y);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'sok-platser.png') });
    await places.getByRole('button', { name: 'Persborg (delområde i Örtagården)', exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('delomrade')).toBe('persborg');
    expect(new URL(page.url()).searchParams.get('omrade')).toBe('ortagarden');
    const view = page.getByRole('article', { name: 'Persborg' });
    await expect.poll(() => view.count()).toBe(1);
    expect(await view.textContent()).toContain('48209');
    // A link straight to the delområde shows its view; a click on another delområde on the map opens that one.
    await app.goto('?omrade=ortagarden&delomrade=persborg');
    await app.waitForMapIdle();
    await expect.poll(() => page.getByRole('article', { name: 'Persborg' }).count()).toBe(1);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'delomrade-persborg.png') });
    const { boxes } = await renderedBoxes(page, [LAYER.subareasLabel]);
    const [slug, box] = Object.entries(boxes[LAYER.subareasLabel] ?? {}).find(([s]) => s !== 'persborg')!;
    const canvas = (await page.locator('.map-canvas').boundingBox())!;
    await page.mouse.click(canvas.x + (box[0] + box[2]) / 2, canvas.y + (box[1] + box[3]) / 2);
    await expect.poll(() => new URL(page.url()).searchParams.get('delomrade')).toBe(slug);
    app.expectHealthy();
  });

  it('outlines the insatsområden on "Visa insatsområden", lists each with its sources, and names them in the profile and the map as a table', async () => {
    const app = await session.open(baseURL);
    const { page } = app;
    await app.goto('?omrade=nydala');
    await app.waitForMapIdle();
    const purple = hexToRgb(COLORS.focus);
    const before = await app.countMapPixels(purple);
    const idle = await app.idleCount();
    await page.getByRole('checkbox', { name: 'Visa insatsområden' }).check();
    await app.waitForMapIdle(idle + 1);
    expect(new URL(page.url()).searchParams.get('insatsomraden')).toBe('1');
    // Nydala's and Hermodsdal's outlines (Beredskapsgruppen NHL) in the line's purple; none before.
    await expect.poll(() => app.countMapPixels(purple)).toBeGreaterThan(300);
    expect(before).toBeLessThan(10);
    const list = page.getByRole('region', { name: 'Insatsområden' });
    const focused = register.filter((i) => i.focus);
    expect(focused.map((i) => i.id).sort()).toEqual(['beredskapsgruppen-nhl', 'bid', 'ctc', 'kommunala-ordningsvakter', 'kraftsamling-herrgarden', 'sspf']);
    for (const item of focused) {
      const entry = list.getByRole('listitem').filter({ has: page.locator('strong', { hasText: item.name }) }).first();
      for (const s of item.focus!.sources) expect(await entry.textContent()).toContain(s.section);
    }
    expect(await list.getByRole('listitem').filter({ hasText: /^SSPF: visas inte på kartan/ }).count()).toBe(1);
    // The profile names the effort; the map's table says where the outlines are.
    const profile = page.getByRole('region', { name: 'Insatsområden här' });
    expect(await profile.textContent()).toContain('Beredskapsgruppen NHL: Nydala, Hermodsdal, Lindängen');
    await page.locator('.map-text summary').click();
    const row = page.locator('.map-table tr').filter({ has: page.getByRole('rowheader', { name: 'Nydala', exact: true }) });
    expect(await row.locator('td').last().textContent()).toBe('Nydala (Beredskapsgruppen NHL); Hermodsdal (Beredskapsgruppen NHL)');
    await page.screenshot({ path: resolve(SCREENSHOTS, 'insatsomraden-nydala.png') });
    app.expectHealthy();
  });

  it('with Örtagården selected, every filter value gives exactly the count it shows, city-wide group included', async () => {
    const app = await session.open(baseURL, { width: 1280, height: 1400 });
    await app.goto('?vy=insatser&omrade=ortagarden');
    await app.waitForMapIdle();
    const page = app.page;
    const status = page.getByRole('status').filter({ hasText: /^Visar/ });
    await expect.poll(() => status.count()).toBe(1);
    expect(await page.getByRole('heading', { name: /^I Örtagården \(\d+\)$/ }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: /^Gäller hela staden \(\d+\)$/ }).count()).toBe(1);
    // Every value, ticked and unticked in turn by a click in the page (one round trip per value
    // would take minutes): the count it showed, and what the status said once it was ticked.
    await page.locator('details.facets > summary').click();
    const checked = await page.evaluate(async (total) => {
      // React commits a click's update before the next task; wait for what is expected, at most 2 s.
      const until = async (done: () => boolean) => {
        for (let t = 0; t < 200 && !done(); t++) await new Promise((ok) => setTimeout(ok, 10));
      };
      const status = () => [...document.querySelectorAll('[role=status]')].find((e) => e.textContent?.startsWith('Visar'))?.textContent ?? '';
      const labels = () => [...document.querySelectorAll<HTMLLabelElement>('.facet label')];
      const wrong: string[] = [];
      const n = labels().length;
      for (let i = 0; i < n; i++) {
        // The filters fold away when none is ticked: open them as a person would.
        const details = document.querySelector<HTMLDetailsElement>('details.facets')!;
        if (!details.open) details.querySelector('summary')!.click();
        await until(() => details.open);
        const label = labels()[i]!;
        const text = label.textContent!.trim();
        const shown = Number(/\((\d+)\)$/.exec(text)![1]);
        const box = label.querySelector('input')!;
        const before = status();
        const expected = `Visar ${shown} av ${total} insatser`;
        box.click();
        await until(() => box.checked && (status() === expected || status() !== before));
        if (status() !== expected) wrong.push(`${text}: ${status()}`);
        box.click();
        await until(() => document.querySelectorAll('.facet input:checked').length === 0 && status() === before);
        if (status() !== before) wrong.push(`${text}: not unticked (${status()})`);
      }
      return { n, wrong };
    }, register.length);
    expect(checked.wrong).toEqual([]);
    expect(checked.n).toBeGreaterThan(30);
    app.expectHealthy();
  });

  it('narrows list, map counts and matrix together with an organisation filter that survives a reload', async () => {
    const { org, emptied, kept } = orgThatNarrows();
    const app = await session.open(baseURL, { width: 1280, height: 1400 });
    // The map steps aside in the matrix view; `karta=1` keeps it beside the matrix, counts and all.
    await app.goto('?vy=matris&karta=1');
    await app.waitForMapIdle();
    await expect.poll(() => showsCount(emptied)).toBe(true);
    const rowsBefore = await app.page.locator('.matrix').first().locator('.cell-button').count();

    await app.goto(`?vy=matris&karta=1&org=${org}`);
    await app.waitForMapIdle();
    await expect.poll(() => showsCount(kept)).toBe(true);
    expect(await showsCount(emptied)).toBe(false);
    const rowsAfter = await app.page.locator('.matrix').first().locator('.cell-button').count();
    expect(rowsAfter).toBeLessThan(rowsBefore);
    await app.page.screenshot({ path: resolve(SCREENSHOTS, 'matris-filter.png'), fullPage: true });

    await app.page.getByRole('button', { name: 'Insatser', exact: true }).click();
    const expected = applyFilters(register, { ...EMPTY_FILTERS, organisation: [org] }).length;
    await expect.poll(() => app.page.getByRole('status').filter({ hasText: 'Visar' }).textContent()).toBe(`Visar ${expected} av ${register.length} insatser`);
    // Writes to the URL are debounced; a person reloads after the address bar has changed.
    await expect.poll(() => new URL(app.page.url()).searchParams.get('vy')).toBe('insatser');
    await app.page.reload();
    await app.waitForMapIdle();
    expect(await app.page.getByRole('status').filter({ hasText: 'Visar' }).textContent()).toBe(`Visar ${expected} av ${register.length} insatser`);
    expect(await app.page.getByRole('group', { name: 'Organisation' }).getByRole('checkbox', { checked: true }).count()).toBe(1);
    app.expectHealthy();
  });

  it('renders the matrix and the scatter, and both click through', async () => {
    const app = await session.open(baseURL, { width: 1280, height: 2400 });
    await app.goto('?vy=matris');
    await app.waitForMapIdle();
    const dots = app.page.locator('.recharts-scatter-symbol path');
    await expect.poll(() => dots.count()).toBe(14);
    await app.page.screenshot({ path: resolve(SCREENSHOTS, 'matris.png'), fullPage: true });
    // Dots can overlap; click one that is on top at its own centre, as a person would.
    const onTop = await dots.evaluateAll((els) =>
      els.findIndex((e) => {
        const r = e.getBoundingClientRect();
        return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === e;
      }),
    );
    expect(onTop).toBeGreaterThanOrEqual(0);
    const name = await dots.nth(onTop).getAttribute('name');
    await dots.nth(onTop).click();
    const slug = areas.features.find((f) => f.properties!.name === name)!.properties!.slug;
    await expect.poll(() => new URL(app.page.url()).searchParams.get('omrade')).toBe(slug);

    await app.page.locator('.matrix .cell-button').first().click();
    await expect.poll(() => new URL(app.page.url()).searchParams.get('vy')).toBe('insatser');
    expect(await app.page.locator('.initiative-open').count()).toBeGreaterThan(0);
    app.expectHealthy();
  });
});

describe('Samordning in Chromium', () => {
  // Counted here straight from the register, not by the view's own function.
  const inCell = (area: string | null) =>
    register.filter((i) => i.themes.includes('barn-och-unga') && i.targetGroups.includes('barn') && (area === null || i.geography.areas.includes(area)));
  const leadsOf = (items: typeof register) => new Set(items.flatMap((i) => i.lead)).size;

  it('shows Barn och unga × Barn with the count the data gives, opens its list by lead, and narrows by area', async () => {
    const all = inCell(null);
    const app = await session.open(baseURL, { width: 1280, height: 800 });
    await app.goto('?vy=samordning');
    const cell = app.page.locator('[data-cell="barn-och-unga~barn"]');
    await expect.poll(() => cell.textContent()).toContain(`${all.length} · ${leadsOf(all)}`);
    expect(await cell.textContent()).toContain('flera aktörer');
    await app.page.screenshot({ path: resolve(SCREENSHOTS, 'samordning-1280-sv.png') });

    await cell.click();
    await expect.poll(() => new URL(app.page.url()).searchParams.get('ruta')).toBe('barn-och-unga~barn');
    const groups = app.page.locator('.coordination-lead');
    const noLead = all.some((i) => i.lead.length === 0) ? 1 : 0;
    await expect.poll(() => groups.count()).toBe(leadsOf(all) + noLead);
    // Every insats of the cell is listed, under each of its leads.
    const listed = await app.page.locator('.coordination-lead [data-initiative]').evaluateAll((els) => els.map((e) => e.getAttribute('data-initiative')));
    expect(new Set(listed)).toEqual(new Set(all.map((i) => i.id)));
    expect(listed).toHaveLength(all.reduce((n, i) => n + Math.max(1, i.lead.length), 0));
    await expect.poll(() => app.page.locator('.coordination-signal').textContent()).toContain('Flera aktörer');

    // An area: only its own insatser count (none of this cell's name an area today, so the cell
    // empties); with the city-level ones counted too, those come back, and only those.
    const area = 'ortagarden';
    const own = inCell(area);
    await app.page.getByRole('combobox', { name: 'Område' }).selectOption(area);
    await expect.poll(() => cell.count()).toBe(own.length > 0 ? 1 : 0);
    await app.page.getByRole('checkbox', { name: 'Räkna med insatser för hela staden och utan angiven plats' }).check();
    const cityLevel = all.filter((i) => i.geography.scope === 'hela-staden' || i.geography.areas.length === 0);
    const shown = [...new Map([...own, ...cityLevel].map((i) => [i.id, i])).values()];
    expect(shown.length).toBeLessThan(all.length + 1);
    await expect.poll(() => cell.textContent()).toContain(`${shown.length} · ${leadsOf(shown)}`);
    await expect.poll(() => app.page.locator('.coordination-lead [data-initiative]').count()).toBe(shown.reduce((n, i) => n + Math.max(1, i.lead.length), 0));

    // An insats opens its detail, as everywhere.
    const first = await app.page.locator('.coordination-lead [data-initiative]').first().getAttribute('data-initiative');
    await app.page.locator('.coordination-lead [data-initiative]').first().click();
    await expect.poll(() => new URL(app.page.url()).searchParams.get('insats')).toBe(first);
    app.expectHealthy();
  });

  it('names an area\'s busiest themes in its profile, and each opens the view at that cell', async () => {
    // The area and cell with the most different leads among the area's own insatser, from the data.
    let best = { area: '', theme: '', group: '', leads: 0 };
    for (const area of slugs)
      for (const i of register)
        for (const theme of i.themes)
          for (const group of i.targetGroups) {
            const leads = new Set(register.filter((x) => x.geography.areas.includes(area) && x.themes.includes(theme) && x.targetGroups.includes(group)).flatMap((x) => x.lead)).size;
            if (leads > best.leads) best = { area, theme, group, leads };
          }
    expect(best.leads).toBeGreaterThanOrEqual(2);
    const app = await session.open(baseURL, { width: 1280, height: 800 });
    await app.goto(`?omrade=${best.area}`);
    const first = app.page.locator('.crowded-themes button').first();
    await expect.poll(() => first.textContent()).toContain(`${best.leads} organisationer`);
    await first.click();
    await expect.poll(() => new URL(app.page.url()).searchParams.get('vy')).toBe('samordning');
    const [theme, group] = new URL(app.page.url()).searchParams.get('ruta')!.split('~');
    const cellLeads = new Set(register.filter((x) => x.geography.areas.includes(best.area) && x.themes.includes(theme!) && x.targetGroups.includes(group!)).flatMap((x) => x.lead)).size;
    expect(cellLeads).toBe(best.leads);
    await app.page.locator('#coordination-cell-title').waitFor();
    app.expectHealthy();
  });

  it('reads the same at 1920×1080 and in English', async () => {
    const all = inCell(null);
    for (const [w, h, lang] of [[1920, 1080, 'sv'], [1280, 800, 'en'], [1920, 1080, 'en']] as const) {
      const app = await session.open(baseURL, { width: w, height: h });
      await app.goto(`?vy=samordning&ruta=barn-och-unga~barn${lang === 'en' ? '&lang=en' : ''}`);
      const cell = app.page.locator('[data-cell="barn-och-unga~barn"]');
      await expect.poll(() => cell.textContent()).toContain(`${all.length} · ${leadsOf(all)}`);
      await app.page.locator('#coordination-cell-title').waitFor();
      await app.page.screenshot({ path: resolve(SCREENSHOTS, `samordning-${w}-${lang}.png`) });
      app.expectHealthy();
    }
  });
});
