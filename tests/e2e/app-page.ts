import { resolve } from 'node:path';
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, BrowserContextOptions, Page, Request } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchChromium } from './browser';

const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
/** Where the browser tests leave their screenshots (for people to look at; nothing compares them). */
export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return resolve(SCREENSHOTS, name);
}

/** Page object for the app: navigation, waiting for the map, and what the page did meanwhile. */
export class AppPage {
  readonly pageErrors: string[] = [];
  readonly consoleErrors: string[] = [];
  readonly requests: Request[] = [];

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly baseURL: string,
  ) {
    page.on('pageerror', (e) => this.pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') this.consoleErrors.push(m.text());
    });
    page.on('request', (r) => this.requests.push(r));
  }

  /** `options`: more for the context, such as a phone's `hasTouch` and `isMobile`. */
  static async open(browser: Browser, baseURL: string, viewport = { width: 1280, height: 800 }, options: BrowserContextOptions = {}) {
    // The service worker is blocked unless a test asks for it (tests/e2e/offline.e2e.ts): its
    // precaching would only add load to the other tests.
    const context = await browser.newContext({ viewport, reducedMotion: 'reduce', serviceWorkers: 'block', ...options });
    return new AppPage(context, await context.newPage(), baseURL);
  }

  async goto(query = '') {
    await this.page.goto(new URL(query, this.baseURL).href);
  }

  mapCanvas() {
    return this.page.locator('.map-canvas');
  }

  /**
   * Waits until the app has its data files (body[data-app-data]) and the map (it takes over the
   * map the page started before the app loaded), the map has been idle at least n times, and its
   * last idle came after the last change the app made to it: everything the app asked for is drawn.
   */
  async waitForMapIdle(atLeast = 1) {
    await this.page.waitForFunction(
      (n) => {
        const d = document.querySelector<HTMLElement>('.map-canvas')?.dataset;
        return document.body.dataset.appData === 'settled' && d?.mapReady === 'true' && Number(d.mapIdle ?? 0) >= n && d.mapIdleChanges === d.mapChanges;
      },
      atLeast,
      { timeout: 30_000 },
    );
  }

  async idleCount() {
    return Number((await this.mapCanvas().getAttribute('data-map-idle')) ?? 0);
  }

  /** RGBA of the screenshot at a point of the map container. */
  async pixelAt(x: number, y: number): Promise<[number, number, number, number]> {
    return (await this.readMap({ kind: 'pixel', x: Math.round(x), y: Math.round(y) })) as [number, number, number, number];
  }

  /** How many pixels of the map's screenshot are within `tolerance` of `rgb` in every channel. */
  async countMapPixels(rgb: readonly number[], tolerance = 24): Promise<number> {
    return (await this.readMap({ kind: 'count', rgb: [...rgb], tolerance })) as number;
  }

  /** How many distinct colours the map's screenshot has (a blank canvas has one). */
  async distinctMapColours(): Promise<number> {
    return (await this.readMap({ kind: 'colours' })) as number;
  }

  /** Decodes a screenshot of the map in the page (it has a PNG decoder) and answers one question about its pixels. */
  private async readMap(q: { kind: 'pixel'; x: number; y: number } | { kind: 'count'; rgb: number[]; tolerance: number } | { kind: 'colours' }): Promise<unknown> {
    const png = await this.mapCanvas().screenshot();
    return this.page.evaluate(
      async ({ b64, q }) => {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        if (q.kind === 'pixel') return [...ctx.getImageData(q.x, q.y, 1, 1).data];
        const d = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
        if (q.kind === 'count') {
          let n = 0;
          for (let i = 0; i < d.length; i += 4) if ([0, 1, 2].every((c) => Math.abs(d[i + c]! - q.rgb[c]!) <= q.tolerance)) n++;
          return n;
        }
        const seen = new Set<number>();
        for (let i = 0; i < d.length; i += 4) seen.add((d[i]! << 16) | (d[i + 1]! << 8) | d[i + 2]!);
        return seen.size;
      },
      { b64: png.toString('base64'), q },
    );
  }

  foreignRequests() {
    const origin = new URL(this.baseURL).origin;
    return this.requests.map((r) => r.url()).filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin);
  }

  expectHealthy() {
    expect(this.pageErrors, 'page errors').toEqual([]);
    expect(this.consoleErrors, 'console errors').toEqual([]);
    expect(this.foreignRequests(), 'requests to other origins').toEqual([]);
  }

  async close() {
    await this.context.close();
  }
}

export function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Colour distance tolerant of antialiasing and the fill's 0.9 opacity over the land colour. */
export function closeTo(actual: readonly number[], expected: readonly number[], tolerance = 24) {
  return Math.max(...expected.map((v, i) => Math.abs(v - (actual[i] ?? 0)))) <= tolerance;
}

/**
 * One Chromium per spec file and a fresh context per test: `session.app` is the page object of
 * the running test, closed after it.
 */
export function chromiumSession() {
  const session: { browser: Browser | null; app: AppPage | null; open: (baseURL: string, viewport?: { width: number; height: number }, options?: BrowserContextOptions) => Promise<AppPage> } = {
    browser: null,
    app: null,
    async open(baseURL, viewport, options) {
      session.app = await AppPage.open(session.browser!, baseURL, viewport, options);
      return session.app;
    },
  };
  beforeAll(async () => {
    session.browser = await launchChromium();
  });
  afterEach(async () => {
    await session.app?.close();
    session.app = null;
  });
  afterAll(async () => {
    await session.browser?.close();
  });
  return session;
}
