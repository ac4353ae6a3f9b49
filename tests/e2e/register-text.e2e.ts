// The register's words in the page: English labels in English, sources as documents (never file
// names), and the register's date said once at the top of the list.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { parseIndexDefinition } from '../../src/features/index/api/index-definition';
import { parseInitiatives } from '../../src/features/initiatives/api/initiatives';
import { isOlderThanRest, registerFreshness } from '../../src/features/initiatives/model';
import { formatDate } from '../../src/lib/format';
import { chromiumSession } from './app-page';

const root = resolve(import.meta.dirname, '../..');
const readJson = (p: string) => JSON.parse(readFileSync(resolve(root, p), 'utf8')) as unknown;
const register = parseInitiatives(readJson('public/data/insatser.json'));
const definition = parseIndexDefinition(readJson('public/data/index-definition.json'));
const baseURL = inject('baseURL');
const session = chromiumSession();

const FILE_NAME = /\d{3}_[0-9a-f]{16}\.txt/;
const { meta } = register;
/** Swedish labels that have an English form, and those English forms: the words that must not (must) show in English. */
const labelled = [...meta.kinds, ...meta.statuses, ...meta.themes, ...meta.targetGroups, ...meta.dimensions].filter((x) => x.label_en);
const swedishStatusAndKind = [...meta.kinds, ...meta.statuses].filter((x) => x.label_en).map((x) => x.label);
const swedishLabels = labelled.map((x) => x.label);
const swedishIndexNames = definition.dimensions.flatMap((d) => [...(d.name_en ? [d.name] : []), ...d.indicators.filter((i) => i.name_en).map((i) => i.name)]);
const wholeWord = (words: string[]) => new RegExp(`(?<!\\p{L})(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?!\\p{L})`, 'u');

/** An insats whose kind and status are both "förslag", the word the two lists share. */
const proposal = register.items.find((i) => i.kind === 'forslag' && i.status === 'forslag')!;
const freshness = registerFreshness(register.items, meta.staleAfterDays, new Date());

/** The text of the elements that show the register's and the index's labels (not names, descriptions or sources, which stay Swedish). */
async function labelText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const labelDts = new Set(['Type', 'Status', 'Dimensions', 'Themes', 'Target groups', 'Typ', 'Dimensioner', 'Teman', 'Målgrupper']);
    // Organisations are proper names, Swedish in both languages: their filter group is left out.
    const facets = [...document.querySelectorAll<HTMLElement>('.facet')].filter((f) => f.querySelector('legend')?.innerText.trim() !== 'Organisation');
    const parts = [...document.querySelectorAll<HTMLElement>('.initiative-facts .tag, .index-profile th, .legend figcaption'), ...facets].map((e) => e.innerText);
    for (const dt of document.querySelectorAll<HTMLElement>('.initiative-detail .facts dt')) {
      if (labelDts.has(dt.innerText.trim())) parts.push((dt.nextElementSibling as HTMLElement | null)?.innerText ?? '');
    }
    return parts.join('\n');
  });
}
const visibleText = (page: Page) => page.evaluate(() => document.body.innerText);

describe('the register’s text in Chromium', () => {
  it('in English: English labels for kinds, statuses, themes, groups and the index, no file names, the date once at the top', async () => {
    const app = await session.open(baseURL, { width: 1280, height: 800 });
    const page = app.page;

    // Karta with an area: its initiatives and its index profile.
    await app.goto('?omrade=ortagarden&lang=en');
    await app.waitForMapIdle();
    await page.locator('.index-profile').waitFor();
    let labels = await labelText(page);
    expect(labels).toContain('Ongoing');
    expect(labels).toContain('Participation');
    expect(labels).not.toMatch(wholeWord(swedishStatusAndKind));
    expect(labels).not.toMatch(wholeWord([...swedishLabels, ...swedishIndexNames]));
    expect(await visibleText(page)).not.toMatch(FILE_NAME);
    expect(await page.locator('.register-freshness').count()).toBe(1);

    // Insatser, with the filters open: the date once, above the first list, and no row flag.
    await app.goto('?vy=insatser&lang=en');
    await page.locator('.initiative-list').first().waitFor();
    await page.locator('.facets > summary').click();
    const line = page.locator('.register-freshness');
    expect(await line.count()).toBe(1);
    expect(await line.innerText()).toBe(
      `The entries come from documents dated up to ${formatDate(freshness.date!, 'en-GB')}.${freshness.stale ? ` The documents are more than ${meta.staleAfterDays} days old, so the entries may be out of date.` : ''}`,
    );
    expect(await line.evaluate((el) => Boolean(el.compareDocumentPosition(document.querySelector('.initiative-list')!) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);
    expect(await page.locator('.tag-stale').count()).toBe(register.items.filter((i) => isOlderThanRest(i, freshness)).length);
    labels = await labelText(page);
    expect(labels).toContain('Partnership forum');
    expect(labels).toContain('Safety and crime prevention');
    expect(labels).not.toMatch(wholeWord(swedishStatusAndKind));
    expect(labels).not.toMatch(wholeWord(swedishLabels));
    expect(await visibleText(page)).not.toMatch(FILE_NAME);

    // An open insats: its facts in English, its sources as documents with dates and diarienummer.
    await app.goto(`?vy=insatser&insats=${proposal.id}&lang=en`);
    await page.locator('.initiative-detail').waitFor();
    labels = await labelText(page);
    expect(labels).toContain('Proposal');
    expect(labels).toContain('Proposed');
    expect(labels).not.toMatch(wholeWord(swedishStatusAndKind));
    await app.goto('?vy=insatser&insats=ctc&lang=en');
    const sources = page.locator('.initiative-detail .sources li');
    await sources.first().waitFor();
    expect(await sources.count()).toBeGreaterThan(5);
    const text = await visibleText(page);
    expect(text).not.toMatch(FILE_NAME);
    expect(text).toContain('Servicenämnden · 12 December 2023 · SN-2023-1541');
    expect(text).toContain('Section: Svar på remissfråga 1 › Fritidsnämnden');
    app.expectHealthy();
  });

  it('in Swedish: no file names among the sources, the date once, and an indicator title without a doubled year', async () => {
    const app = await session.open(baseURL, { width: 1280, height: 800 });
    const page = app.page;
    await app.goto('?vy=insatser&insats=ctc');
    await page.locator('.initiative-detail .sources li').first().waitFor();
    const text = await visibleText(page);
    expect(text).not.toMatch(FILE_NAME);
    expect(text).toContain('Stadskontoret · 27 september 2023 · STK-2023-137');
    expect(text).toContain('Pågående processer · 8 maj 2024 · diarienummer saknas i dokumentet');

    await page.getByRole('button', { name: /Tillbaka till listan/ }).click();
    await page.locator('.initiative-list').first().waitFor();
    expect(await page.locator('.register-freshness').count()).toBe(1);
    expect(await page.locator('.register-freshness').innerText()).toMatch(new RegExp(`^Uppgifterna är från dokument daterade till och med ${formatDate(freshness.date!, 'sv-SE')}\\.`));
    expect(await visibleText(page)).not.toMatch(FILE_NAME);

    await app.goto('?lager=stannat-kvar&omrade=ortagarden');
    await app.waitForMapIdle();
    const title = await page.locator('.legend figcaption strong').innerText();
    expect(title).toMatch(/^Andel som stannat kvar/);
    expect(title).not.toMatch(/(\d{4})\D+\1/);
    app.expectHealthy();
  });
});
