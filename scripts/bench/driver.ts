/**
 * Drives one page in a fresh browser context: load metrics, interaction latencies, heap.
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { MARKS, arm, installInstrumentation, readout, settled, type Watch } from './instrument.ts';

export const VIEWPORT = { width: 1280, height: 800 };

export interface Timeouts {
  /** Navigation to first map idle. */
  load: number;
  /** One interaction, until the UI is settled. */
  settle: number;
  /** One interaction, until the map is idle again. */
  idle: number;
}

export interface ResourceEntry {
  path: string;
  initiatorType: string;
  startTime: number;
  responseEnd: number;
}

export interface LoadResult {
  /** ms from navigation start; null where the browser reports none (a bare WebGL page has no FCP). */
  fcp: number | null;
  mapIdle: number;
  /** The first idle after the app gave the map its index colours; null on a page that has none. */
  mapColoured: number | null;
  /** First time of each `map:*` performance mark (map created, style loaded, sources loaded, load, idle). */
  timeline: Record<string, number>;
  marks: Record<string, number>;
  resources: ResourceEntry[];
  mapBox: { width: number; height: number } | null;
  /** Cumulative layout shift up to the finished view. */
  cls: number;
}

export interface InteractionResult {
  name: string;
  /** Input → end of the first frame after the last DOM change it caused. */
  latency: number;
  /** Input → the last DOM change (the app's own work, before style, layout, paint and the map's frame). */
  toDomSettled: number;
  toMapIdle: number | null;
  /** The page's first change to the map → the map's next idle; null when the map did not change. */
  mapPart: number | null;
  /** Input → the end of the first frame that showed `watch` (what the user waits for); null without one. */
  toWatched: number | null;
  inputType: string | null;
}

export interface HeapResult {
  /** Main thread, after a forced GC, in bytes. */
  main: number;
  /** Sum over MapLibre's web workers, after a forced GC each. */
  workers: number;
}

export interface InteractOptions {
  expectIdle: boolean;
  quietMs?: number;
  watch?: Watch;
  pauseMs?: number;
}

/** A page in its own context, with the instrumentation and a CDP session for heap readings. */
export class BenchPage {
  /** When set, load() and every interact() run under the V8 profiler (see profile.ts). */
  profiling = false;
  readonly profiles: { name: string; profile: object }[] = [];
  private workerSessions = new Set<string>();
  private pending = new Map<number, (v: { result?: { usedSize: number } }) => void>();
  private nextId = 1_000_000;

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    private cdp: CDPSession,
    readonly timeouts: Timeouts,
  ) {}

  static async open(browser: Browser, timeouts: Timeouts): Promise<BenchPage> {
    const context = await browser.newContext({ viewport: VIEWPORT });
    // tsx keeps function names with a __name() helper; serialised functions need it in the page.
    await context.addInitScript(`globalThis.__name ??= (f) => f; (${installInstrumentation.toString()})(${JSON.stringify(MARKS)});`);
    const page = await context.newPage();
    page.setDefaultTimeout(timeouts.settle);
    const cdp = await context.newCDPSession(page);
    const bp = new BenchPage(context, page, cdp, timeouts);
    // MapLibre's web workers have heaps of their own: attach to them (non-flat sessions).
    cdp.on('Target.attachedToTarget', (e) => {
      if (e.targetInfo.type === 'worker') bp.workerSessions.add(e.sessionId);
    });
    cdp.on('Target.detachedFromTarget', (e) => bp.workerSessions.delete(e.sessionId));
    cdp.on('Target.receivedMessageFromTarget', (e) => {
      const msg = JSON.parse(e.message) as { id: number; result?: { usedSize: number } };
      bp.pending.get(msg.id)?.(msg);
      bp.pending.delete(msg.id);
    });
    await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
    page.on('pageerror', (e) => console.error(`  [page error] ${e.message}`));
    return bp;
  }

  async load(url: string): Promise<LoadResult> {
    if (this.profiling) {
      const { result, profile } = await this.profiled(() => this.loadOnly(url));
      this.profiles.push({ name: 'load', profile });
      return result;
    }
    return this.loadOnly(url);
  }

  private async loadOnly(url: string): Promise<LoadResult> {
    const { page } = this;
    await page.goto(url, { waitUntil: 'commit', timeout: this.timeouts.load });
    await page.waitForFunction(() => window.__bench?.idles.length > 0, null, { timeout: this.timeouts.load, polling: 50 });
    // The app: also wait for the map in its index colours (the bare page and builds older than
    // the data-choropleth counter have no such mark).
    if (await page.evaluate(() => document.querySelector('.map-canvas')?.hasAttribute('data-choropleth'))) {
      await page.waitForFunction(
        () => {
          const c = window.__bench.marks.choropleth;
          return c !== undefined && window.__bench.idles.some((t) => t >= c);
        },
        null,
        { timeout: this.timeouts.load, polling: 50 },
      );
    }
    return page.evaluate(() => {
      const c = window.__bench.marks.choropleth;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
      const resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({
        path: new URL(r.name).pathname,
        initiatorType: r.initiatorType,
        startTime: r.startTime,
        responseEnd: r.responseEnd,
      }));
      const box = document.querySelector('.map-canvas')?.getBoundingClientRect();
      return {
        fcp,
        cls: window.__bench.cls,
        mapIdle: window.__bench.idles[0]!,
        mapColoured: c === undefined ? null : (window.__bench.idles.find((t) => t >= c) ?? null),
        timeline: performance
          .getEntriesByType('mark')
          .filter((m) => m.name.startsWith('map:'))
          .reduce<Record<string, number>>((acc, m) => ({ [m.name]: m.startTime, ...acc }), {}),
        marks: window.__bench.marks,
        resources,
        mapBox: box ? { width: Math.round(box.width), height: Math.round(box.height) } : null,
      };
    });
  }

  /** Waits until the page has been free of UI changes for `quietMs` (after load, before interacting). */
  async quiet(quietMs = 300) {
    await this.page.waitForFunction(
      (q) => performance.now() - window.__bench.lastMutation >= q && window.__bench.paintedSeq >= window.__bench.mutSeq,
      quietMs,
      { timeout: this.timeouts.load, polling: 50 },
    );
  }

  /**
   * One measured interaction. `expectIdle`: the input changes the map, so also wait for its next
   * idle (reported as toMapIdle; null when it did not come within the timeout). `pauseMs`: wait
   * that long before the input, as a person looks at the result before the next one.
   */
  async interact(name: string, action: () => Promise<unknown>, options: InteractOptions): Promise<InteractionResult> {
    // Before the profiler starts: the pause is nobody's work.
    if (options.pauseMs) await this.page.waitForTimeout(options.pauseMs);
    if (this.profiling) {
      const { result, profile } = await this.profiled(() => this.interactOnly(name, action, options));
      this.profiles.push({ name, profile });
      return result;
    }
    return this.interactOnly(name, action, options);
  }

  private async interactOnly(name: string, action: () => Promise<unknown>, options: InteractOptions): Promise<InteractionResult> {
    const { page } = this;
    const quietMs = options.quietMs ?? 150;
    const idlesBefore = await page.evaluate(arm, options.watch ?? null);
    const changesBefore = await page.evaluate(() => Number(document.querySelector<HTMLElement>('.map-canvas')?.dataset.mapChanges ?? 0));
    await action();
    await page.waitForFunction(settled, quietMs, { timeout: this.timeouts.settle, polling: 25 });
    // Wait for the map only if the input changed something on it (the map view counts its changes).
    // (A build without the counter is always waited for, as before it existed.)
    const mapChanged = await page.evaluate((before) => {
      const counter = document.querySelector<HTMLElement>('.map-canvas')?.dataset.mapChanges;
      return counter === undefined || Number(counter) !== before;
    }, changesBefore);
    if (options.expectIdle && mapChanged) {
      await page
        .waitForFunction((n) => window.__bench.idles.length > n && window.__bench.idles.at(-1)! >= (window.__bench.t0 ?? Infinity), idlesBefore, {
          timeout: this.timeouts.idle,
          polling: 25,
        })
        .catch(() => undefined);
    }
    const r = await page.evaluate(readout, idlesBefore);
    return { name, latency: r.latency, toDomSettled: r.toDomSettled, toMapIdle: r.toMapIdle, mapPart: r.mapPart, toWatched: r.toWatched, inputType: r.inputType };
  }

  private sendToWorker(sessionId: string, method: string): Promise<{ result?: { usedSize: number } }> {
    const id = ++this.nextId;
    return new Promise((ok) => {
      this.pending.set(id, ok);
      void this.cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params: {} }) });
      setTimeout(() => ok({}), 10_000);
    });
  }

  /** JS heap in use after a forced GC: the page's main thread and its workers. */
  async heap(): Promise<HeapResult> {
    await this.cdp.send('HeapProfiler.collectGarbage');
    const main = (await this.cdp.send('Runtime.getHeapUsage')).usedSize;
    let workers = 0;
    for (const s of this.workerSessions) {
      await this.sendToWorker(s, 'HeapProfiler.collectGarbage');
      workers += (await this.sendToWorker(s, 'Runtime.getHeapUsage')).result?.usedSize ?? 0;
    }
    return { main, workers };
  }

  /** Runs `fn` under the V8 sampling profiler (1 ms) and returns the .cpuprofile object. */
  async profiled<T>(fn: () => Promise<T>): Promise<{ result: T; profile: object }> {
    await this.cdp.send('Profiler.enable');
    await this.cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
    await this.cdp.send('Profiler.start');
    const result = await fn();
    const { profile } = await this.cdp.send('Profiler.stop');
    return { result, profile };
  }

  async close() {
    await this.context.close();
  }
}
