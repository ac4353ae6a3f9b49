import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumSession } from './app-page';

const root = resolve(import.meta.dirname, '../..');
const HOST_DIR = resolve(root, 'examples/embed-host');
const SCREENSHOTS = resolve(root, 'test-results/screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });
const baseURL = inject('baseURL');
const appOrigin = new URL(baseURL).origin;
const session = chromiumSession();
const INITIAL_HEIGHT = 150; // as in examples/embed-host/host.js
const STABLE_MS = 1000;
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

/** A static server for the example host page: another port, so another origin than the app. */
function serveHostPage(): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = resolve(HOST_DIR, `.${path === '/' ? '/index.html' : path}`);
    if (!file.startsWith(HOST_DIR + sep)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done(server));
  });
}

let server: Server;
let hostOrigin: string;
beforeAll(async () => {
  server = await serveHostPage();
  hostOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((done) => server.close(() => done()));
});

const iframeHeight = (page: Page) => page.locator('iframe[data-omradeskartan]').evaluate((e) => e.getBoundingClientRect().height);
const contentHeight = (frame: Frame) => frame.evaluate(() => document.documentElement.scrollHeight);

/** Opens the host page with the app embedded; returns the page and the app's frame. */
async function openHost() {
  const app = await session.open(hostOrigin + '/', { width: 1280, height: 900 });
  // The iframe's height before any message: read when host.js has run, long before the app in the
  // iframe has loaded its JavaScript.
  await app.page.addInitScript(() => {
    if (window.top !== window) return;
    document.addEventListener('DOMContentLoaded', () => {
      const frame = document.querySelector('iframe[data-omradeskartan]');
      (window as unknown as { initialHeight: number | null }).initialHeight = frame ? frame.getBoundingClientRect().height : null;
    });
  });
  await app.goto(`index.html?app=${encodeURIComponent(baseURL)}`);
  const frame = await (await app.page.locator('iframe[data-omradeskartan]').elementHandle())!.contentFrame();
  if (!frame) throw new Error('iframe utan dokument');
  await frame.waitForSelector('#root > *');
  return { app, page: app.page, frame };
}

/**
 * Waits until the iframe has grown to its content's height (±2 px) and kept that height for a
 * second: the app changes height while its data and lazily loaded map arrive, and a resize loop
 * would never settle.
 */
async function waitForFit(page: Page, frame: Frame) {
  let fitted = -1;
  let since = 0;
  await expect
    .poll(
      async () => {
        const [outer, inner] = await Promise.all([iframeHeight(page), contentHeight(frame)]);
        const fits = outer > INITIAL_HEIGHT && Math.abs(outer - inner) <= 2;
        if (!fits || outer !== fitted) {
          fitted = fits ? outer : -1;
          since = Date.now();
          return false;
        }
        return Date.now() - since >= STABLE_MS;
      },
      { timeout: 30_000, interval: 200 },
    )
    .toBe(true);
  return fitted;
}

/** Lets a posted message be delivered and handled (message task + a frame). */
const afterMessages = (page: Page) => page.evaluate(() => new Promise((done) => setTimeout(() => requestAnimationFrame(done), 100)));

describe('embedding the app on another origin (examples/embed-host)', () => {
  it('grows the iframe from 150 px to the height of the embedded document', async () => {
    const { app, page, frame } = await openHost();
    expect(new URL(frame.url()).origin).toBe(appOrigin);
    expect(new URL(frame.url()).searchParams.get('inbaddning')).toBe('1');
    expect(await page.evaluate(() => (window as unknown as { initialHeight: number | null }).initialHeight)).toBe(INITIAL_HEIGHT);

    const height = await waitForFit(page, frame);
    expect(Math.abs(height - (await contentHeight(frame)))).toBeLessThanOrEqual(2);
    expect(await page.locator('iframe[data-omradeskartan]').getAttribute('title')).toBe('Områdeskartan – Malmös 14 områden');
    await page.screenshot({ path: resolve(SCREENSHOTS, 'embed-host.png'), fullPage: true });

    expect(app.pageErrors, 'page errors').toEqual([]);
    expect(app.consoleErrors, 'console errors').toEqual([]);
    const elsewhere = app.requests.map((r) => r.url()).filter((u) => !u.startsWith('data:') && ![hostOrigin, appOrigin].includes(new URL(u).origin));
    expect(elsewhere, 'requests to neither the host nor the app').toEqual([]);
  });

  it('ignores height messages from the wrong origin or window, and invalid ones', async () => {
    const { page, frame } = await openHost();
    const before = await waitForFit(page, frame);

    // The host page itself: wrong origin and wrong source.
    await page.evaluate(() => window.postMessage({ type: 'omradeskartan:height', version: 1, height: 999 }, '*'));
    await afterMessages(page);
    expect(await iframeHeight(page)).toBe(before);

    // The app's origin, but a window other than the marked iframe's.
    await page.evaluate((src) => {
      const other = document.createElement('iframe');
      other.src = src;
      document.body.append(other);
      return new Promise((done) => other.addEventListener('load', done));
    }, new URL('embed/omradeskartan-embed.js', baseURL).href);
    const other = page.frames().find((f) => f.url().endsWith('/embed/omradeskartan-embed.js'))!;
    expect(new URL(other.url()).origin).toBe(appOrigin);
    await other.evaluate(() => parent.postMessage({ type: 'omradeskartan:height', version: 1, height: 888 }, '*'));
    await afterMessages(page);
    expect(await iframeHeight(page)).toBe(before);

    // Right origin and window: a valid message is applied (so the rejections above mean something) …
    // Taller than the content, so the app's own report after the resize says the same height.
    const TALL = 4321;
    await frame.evaluate((height) => parent.postMessage({ type: 'omradeskartan:height', version: 1, height }, '*'), TALL);
    await expect.poll(() => iframeHeight(page)).toBe(TALL);

    // … but not one with another version or type, or a height outside 100–20000 px.
    for (const data of [
      { type: 'omradeskartan:height', version: 2, height: 600 },
      { type: 'annat', version: 1, height: 600 },
      { type: 'omradeskartan:height', version: 1, height: 50 },
      { type: 'omradeskartan:height', version: 1, height: 20_001 },
      { type: 'omradeskartan:height', version: 1, height: '600' },
      { type: 'omradeskartan:height', version: 1 },
    ]) {
      await frame.evaluate((d) => parent.postMessage(d, '*'), data);
    }
    await afterMessages(page);
    expect(await iframeHeight(page)).toBe(TALL);

    // The marked iframe's own window, navigated away to another origin than its src.
    await frame.goto(`${hostOrigin}/host.js`);
    await frame.evaluate(() => parent.postMessage({ type: 'omradeskartan:height', version: 1, height: 600 }, '*'));
    await afterMessages(page);
    expect(await iframeHeight(page)).toBe(TALL);
  });
});
