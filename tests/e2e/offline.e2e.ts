import { mkdirSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { chromiumSession, type AppPage } from './app-page';

const baseURL = inject('baseURL');
const session = chromiumSession();
const SHOTS = '/tmp/offline';
mkdirSync(SHOTS, { recursive: true });
const INITIATIVE = 'ctc';

/** The page has content beyond the header (never a white page) and no page error. */
async function expectShown(app: AppPage, query: string) {
  await app.goto(query);
  await app.page.locator('#main-content').first().waitFor({ timeout: 20_000 });
  await expect.poll(() => app.page.locator('#main-content').first().innerText().then((s) => s.trim().length)).toBeGreaterThan(40);
  expect(app.pageErrors, `${query}: page errors`).toEqual([]);
}

describe('offline once loaded', () => {
  it('after one online visit every view and a reload work offline, with a note on the data date', async () => {
    const app = await session.open(baseURL, undefined, { serviceWorkers: 'allow' });
    await app.goto();
    await app.waitForMapIdle();
    // Active and controlling, with its precache complete (activation waits for the install).
    await app.page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    await app.context.setOffline(true);
    const note = app.page.locator('.offline-note');
    for (const q of ['?vy=karta', '?vy=insatser', '?vy=matris', '?vy=rankning', '?vy=jamfor', '?vy=metod', '?vy=tillganglighet', '?omrade=ortagarden', `?vy=insatser&insats=${INITIATIVE}`]) {
      await expectShown(app, q);
      await expect.poll(() => note.innerText()).toMatch(/^Ingen anslutning – visar sparade data från \d{1,2} \p{L}+ \d{4}\.$/u);
    }
    await app.page.reload();
    await app.waitForMapIdle();
    expect(await app.distinctMapColours()).toBeGreaterThan(50);
    expect(await note.count()).toBe(1);
    await app.page.screenshot({ path: `${SHOTS}/offline-1280-sv.png` });
    expect(app.pageErrors).toEqual([]);
    await app.context.setOffline(false);
  }, 120_000);

  it('a lazy chunk that fails shows "Försök igen" in its view, and the retry shows the view', async () => {
    const app = await session.open(baseURL);
    let abort = true;
    await app.page.route(/needs-scatter-[^/]*\.js$/, (route) => (abort ? route.abort('internetdisconnected') : route.continue()));
    await app.goto('?vy=matris');
    const failed = app.page.getByRole('alert').filter({ hasText: 'Den här delen av sidan kunde inte laddas' });
    await failed.waitFor({ timeout: 30_000 });
    // The header and the rest of the page are still there.
    expect(await app.page.getByRole('banner').count()).toBe(1);
    await app.page.screenshot({ path: `${SHOTS}/chunk-failed-sv.png` });
    abort = false;
    await failed.getByRole('button', { name: 'Försök igen' }).click();
    await expect.poll(() => failed.count()).toBe(0);
    await app.page.locator('.needs-scatter, [class*="scatter"]').first().waitFor({ timeout: 15_000 });
    expect(app.pageErrors).toEqual([]);
  });
});
