import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { mulberry32 } from '../../scripts/lib/prng';
import { chromiumSession } from './app-page';

const root = resolve(import.meta.dirname, '../..');
const baseURL = inject('baseURL');
const session = chromiumSession();
const OUT = resolve(root, 'test-results/screenshots');
mkdirSync(OUT, { recursive: true });

describe('resilience and motion', () => {
  it('survives a lost WebGL context: a message while lost, the map back after restore', async () => {
    const app = await session.open(baseURL);
    await app.goto();
    await app.waitForMapIdle();
    await app.page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!;
      const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!;
      const ext = gl.getExtension('WEBGL_lose_context')!;
      (window as unknown as { __ext: WEBGL_lose_context }).__ext = ext;
      ext.loseContext();
    });
    await expect.poll(() => app.page.getByText('Kartan tappade kontakten med grafikkortet.', { exact: false }).count()).toBe(1);
    const before = await app.idleCount();
    await app.page.evaluate(() => (window as unknown as { __ext: WEBGL_lose_context }).__ext.restoreContext());
    await expect.poll(() => app.page.getByText('Kartan tappade kontakten', { exact: false }).count()).toBe(0);
    await app.waitForMapIdle(before + 1);
    expect(await app.distinctMapColours()).toBeGreaterThan(50);
    app.expectHealthy();
  });

  it('ends a seeded 200-step random walk through the UI with no page error', { timeout: 300_000 }, async () => {
    const app = await session.open(baseURL, { width: 1280, height: 900 });
    const page = app.page;
    page.on('dialog', (d) => void d.dismiss());
    await app.goto();
    await app.waitForMapIdle();
    const rand = mulberry32(4711);
    const pick = <T,>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
    for (let step = 0; step < 200; step++) {
      // Pick, in the page, one of the visible controls a person can operate — except what leaves
      // the page or opens a system dialog (print, fullscreen, downloads).
      const picked = await page.evaluate((r) => {
        document.querySelector('[data-walk]')?.removeAttribute('data-walk');
        const skip = /Skriv ut|Helskärm|Kartbild|\(CSV\)|Print|Full screen|Map image/;
        // A modal dialog makes the rest of the page inert: then only its own controls count.
        const scope = document.querySelector('dialog[open]') ?? document;
        const all = [...scope.querySelectorAll<HTMLElement>('button, select, input[type=checkbox], .map-canvas')].filter(
          (e) => e.getClientRects().length > 0 && !skip.test(e.textContent ?? '') && !e.closest('dialog:not([open])'),
        );
        const el = all[Math.floor(r * all.length)];
        if (!el) return null;
        el.setAttribute('data-walk', '1');
        return el.tagName;
      }, rand());
      if (!picked) break;
      const target = page.locator('[data-walk]');
      if (picked === 'SELECT') {
        const values = await target.evaluate((e) => [...(e as HTMLSelectElement).options].map((o) => o.value));
        await target.selectOption(pick(values), { timeout: 1000 }).catch(() => undefined);
      } else if (picked === 'DIV') {
        const box = await target.boundingBox();
        if (box) await page.mouse.click(box.x + rand() * box.width, box.y + rand() * box.height);
      } else {
        // force: a random walk clicks where a person would, without waiting for animations to settle.
        await target.click({ timeout: 1000, force: true }).catch(() => undefined);
      }
      if (rand() < 0.05) await page.keyboard.press('Escape');
    }
    expect(app.pageErrors).toEqual([]);
    expect(app.foreignRequests()).toEqual([]);
  });

  it('runs no animation or transition when the user prefers reduced motion', async () => {
    const app = await session.open(baseURL); // contexts are opened with reducedMotion: 'reduce'
    await app.goto('?omrade=nydala');
    await app.waitForMapIdle();
    await app.page.getByRole('button', { name: '← Alla områden' }).hover();
    await app.page.getByRole('button', { name: 'Zooma in' }).click();
    const running = await app.page.evaluate(() => document.getAnimations().length);
    const transitions = await app.page.evaluate(() =>
      [...document.querySelectorAll('button, a, .map-canvas *')].filter((e) => parseFloat(getComputedStyle(e).transitionDuration) > 0).length,
    );
    expect([running, transitions]).toEqual([0, 0]);
  });
});
