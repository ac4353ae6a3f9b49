/**
 * `npm run bench` — how fast the app is, measured against the floor: a bare MapLibre page
 * (bench/bare) drawing the same areas on the same background, in the same browser, same run.
 * Method and budgets: docs/performance.md.
 *
 *   npm run bench                      build, then 9 runs (+1 warm-up) of the app and the bare page
 *   npm run bench -- --scale           the same with 6,000 areas and 10,000 initiatives (synthetic)
 *   npm run bench -- --runs 5          fewer (or more) runs
 *   npm run bench -- --no-build        reuse dist-bench/ from the last build
 *   npm run bench -- --app-dist DIR    measure another build of the app instead; give it several
 *                                      times to compare builds in the same runs (interleaved,
 *                                      the same machine state for all: before/after numbers)
 *   npm run bench -- --out FILE        where to write the JSON (default bench-results/latest.json,
 *                                      or latest-scale.json with --scale)
 *   npm run bench -- --profile         one extra app run under the V8 profiler (not in the
 *                                      statistics): top functions per step, .cpuprofile files
 *                                      in bench-results/profiles/ (open them in Chrome DevTools)
 *   npm run bench -- --interactions N  interactions before the second heap reading (default 50)
 *   npm run bench -- --lighthouse N    Lighthouse runs of each page (default 3, at scale 1; 0: none)
 *   npm run bench -- --compositing software
 *                                      the tests' browser mode (--disable-gpu) instead of the
 *                                      default gpu: see tests/e2e/browser.ts and
 *                                      docs/performance.md, "Kompositering"
 *
 * Scale mode defaults to 3 runs (each takes minutes while the budgets are not met).
 */
import { prerender } from './prerender.tsx';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { launchChromium, type Compositing } from '../tests/e2e/browser.ts';
import { boundsOf } from '../src/features/areas/geometry.ts';
import { AREA_PAGE } from '../src/features/areas/components/area-list.tsx';
import { BenchPage, type HeapResult, type InteractionResult, type LoadResult, type Timeouts } from './bench/driver.ts';
import { BARE_EQUIVALENT, BARE_OPERATIONS, areaSequence, bareInteractions, churn, measuredInteractions } from './bench/scenario.ts';
import { serve, type ServedFile } from './bench/server.ts';
import { DEFAULT_SCALE, SYNTHETIC_PATHS, generateSynthetic, readRealFiles, writeSynthetic } from './bench/synthetic.ts';
import { allAssets, containsMapLibre, gzipSize, mapLibreMarkers, prePaintAssets, sum } from './bench/bytes.ts';
import { ROOT, readBudgets } from './bench/budgets.ts';
import { MB, kB, median, ms, stats, table, type Stats } from './bench/stats.ts';
import { distResolver, hotspots, workBySource, type CpuProfile, type Hotspot } from './bench/profile.ts';
import { lighthouseRuns, type LighthouseResult } from './bench/lighthouse.ts';

const { values: args } = parseArgs({
  options: {
    scale: { type: 'boolean', default: false },
    runs: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    'app-dist': { type: 'string', multiple: true },
    out: { type: 'string' },
    interactions: { type: 'string', default: '50' },
    profile: { type: 'boolean', default: false },
    compositing: { type: 'string', default: 'gpu' },
    lighthouse: { type: 'string' },
  },
});
const SCALE = args.scale;
if (args.compositing !== 'gpu' && args.compositing !== 'software') throw new Error(`--compositing ska vara gpu eller software, inte ${args.compositing}`);
const COMPOSITING: Compositing = args.compositing;
const RUNS = Math.max(1, Number(args.runs ?? (SCALE ? 3 : 9)));
const CHURN = Number(args.interactions);
const LIGHTHOUSE_RUNS = Math.max(0, Number(args.lighthouse ?? (SCALE ? 1 : 3)));
const BENCH_DIR = join(ROOT, 'dist-bench');
const BARE_DIR = join(BENCH_DIR, 'bare');
const APP_DIRS = args['app-dist']?.length ? args['app-dist'].map((d) => resolve(d)) : [join(BENCH_DIR, 'app')];
const OUT = resolve(args.out ?? join(ROOT, 'bench-results', SCALE ? 'latest-scale.json' : 'latest.json'));
const TIMEOUTS: Timeouts = SCALE ? { load: 600_000, settle: 300_000, idle: 60_000 } : { load: 60_000, settle: 30_000, idle: 5_000 };
const log = (s: string) => console.log(s);
const loadBefore = loadavg()[0]!;

// ---------------------------------------------------------------------------------------------
// 1. Build the app and the bare page; generate the scale data.

if (!args['no-build']) {
  log('Bygger appen (dist-bench/app) och den nakna MapLibre-sidan (dist-bench/bare) …');
  if (!args['app-dist']?.length) {
    await build({ configFile: join(ROOT, 'vite.config.ts'), root: ROOT, logLevel: 'warn', build: { outDir: APP_DIRS[0], emptyOutDir: true } });
    // As `npm run build` does.
    prerender(APP_DIRS[0]!, join(ROOT, 'public'));
  }
  await build({ configFile: join(ROOT, 'bench/vite.bare.config.ts'), logLevel: 'warn' });
}
for (const dir of [...APP_DIRS, BARE_DIR]) if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir}/index.html saknas: kör utan --no-build`);

let overlay: Record<string, string> = {};
if (SCALE) {
  const scaleDir = join(BENCH_DIR, 'scale');
  const manifest = join(scaleDir, 'manifest.json');
  const wanted = JSON.stringify(DEFAULT_SCALE);
  if (!existsSync(manifest) || readFileSync(manifest, 'utf8') !== wanted) {
    log(`Genererar syntetiska data (${DEFAULT_SCALE.areas} områden, ${DEFAULT_SCALE.initiatives} insatser, frö ${DEFAULT_SCALE.seed}) …`);
    writeSynthetic(scaleDir, generateSynthetic(DEFAULT_SCALE, readRealFiles(join(ROOT, 'public'))));
    writeFileSync(manifest, wanted);
  }
  overlay = Object.fromEntries(SYNTHETIC_PATHS.map((p) => [p, join(scaleDir, p)]));
}
const servedFile = (rel: string) => overlay[rel] ?? join(APP_DIRS[0]!, rel);

// ---------------------------------------------------------------------------------------------
// 2. Static bytes of each build.

interface AppRun {
  load: LoadResult;
  heapAfterLoad: HeapResult;
  interactions: InteractionResult[];
  /** The rank ranges' computation in the page (ms), from its performance measure. */
  stabilityMs: number | null;
  heapAfterChurn: HeapResult | null;
  served: ServedFile[];
}
interface BareRun {
  load: LoadResult;
  heapAfterLoad: HeapResult;
  interactions: InteractionResult[];
  served: ServedFile[];
}

const markers = mapLibreMarkers(ROOT);
const variants = APP_DIRS.map((dir, i) => {
  const prePaint = prePaintAssets(dir);
  return {
    label: !args['app-dist']?.length ? 'app' : dir.startsWith(`${ROOT}/`) ? relative(ROOT, dir) : `${basename(dirname(dir))}/${basename(dir)}`,
    dir,
    prefix: i === 0 ? 'app' : `app-${i + 1}`,
    prePaint,
    mapInPrePaint: prePaint.js.some((a) => containsMapLibre(dir, a.path, markers)),
    chunks: allAssets(dir).map((a) => ({
      ...a,
      beforeFirstPaint: [...prePaint.js, ...prePaint.css].some((p) => p.path === a.path),
      maplibre: a.kind === 'js' && containsMapLibre(dir, a.path, markers),
    })),
    runs: [] as AppRun[],
  };
});
type Variant = (typeof variants)[number];

// ---------------------------------------------------------------------------------------------
// 3. Serve the pages and run the browser.

const areasFc = JSON.parse(readFileSync(servedFile('geo/omraden.geojson'), 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;
const bounds = boundsOf(areasFc.features as Feature<Polygon | MultiPolygon>[]);
// The areas as the app's list shows them (by name, its first page): each run selects from these,
// the app and the bare page the same ones (scenario.ts, areaSequence).
const listed = areasFc.features
  .map((f) => ({ slug: String(f.properties?.slug), name: String(f.properties?.name) }))
  .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
  .slice(0, AREA_PAGE);
let headers: Record<string, string>;
try {
  // The same production headers (CSP) as `vite preview`, when the repo defines them.
  const csp = (await import(pathToFileURL(join(ROOT, 'csp.ts')).href)) as { SECURITY_HEADERS?: () => Record<string, string> };
  headers = csp.SECURITY_HEADERS?.() ?? {};
} catch {
  headers = {};
}
const server = await serve({
  sites: { bare: BARE_DIR, ...Object.fromEntries(variants.map((v) => [v.prefix, v.dir])) },
  dataDir: APP_DIRS[0]!,
  overlay,
  headers,
});
const browser = await launchChromium(COMPOSITING);
const chromiumVersion = browser.version();

const profiles: { name: string; totalMs: number; hot: Hotspot[]; file: string; appMs: number; mapMs: number }[] = [];
async function appRun(v: Variant, run: number, withChurn: boolean, profile = false): Promise<AppRun> {
  const bp = await BenchPage.open(browser, TIMEOUTS);
  bp.profiling = profile;
  try {
    server.log.length = 0;
    const load = await bp.load(`${server.origin}/${v.prefix}/`);
    await bp.quiet();
    const heapAfterLoad = await bp.heap();
    const served = [...server.log];
    const interactions = await measuredInteractions(bp, run, areaSequence(listed, run));
    const stabilityMs = await bp.page.evaluate(() => performance.getEntriesByName('index:stability')[0]?.duration ?? null);
    let heapAfterChurn: HeapResult | null = null;
    if (withChurn && CHURN > 0) {
      await churn(bp, CHURN, run);
      await bp.quiet();
      heapAfterChurn = await bp.heap();
    }
    return { load, heapAfterLoad, interactions, stabilityMs, heapAfterChurn, served };
  } finally {
    if (profile) {
      const dir = join(dirname(OUT), 'profiles');
      mkdirSync(dir, { recursive: true });
      bp.profiles.forEach(({ name, profile: p }, i) => {
        const file = join(dir, `${SCALE ? 'scale' : 'normal'}-${String(i).padStart(2, '0')}-${name.replace(/\W+/g, '-')}.cpuprofile`);
        writeFileSync(file, JSON.stringify(p));
        const resolve = distResolver(v.prefix, v.dir);
        profiles.push({ name, file, ...hotspots(p as CpuProfile, resolve), ...workBySource(p as CpuProfile, resolve) });
      });
    }
    await bp.close();
  }
}

let mapBox = { width: 0, height: 0 };
/** The bare page; with `run`, it selects the areas the app's run of that number selects. */
const bareUrl = (run?: number) =>
  `${server.origin}/bare/?${new URLSearchParams({ bounds: bounds.join(','), w: String(mapBox.width), h: String(mapBox.height), ...(run !== undefined && { areas: areaSequence(listed, run).map((a) => a.slug).join(',') }) })}`;
async function bareRun(run: number): Promise<BareRun> {
  const bp = await BenchPage.open(browser, TIMEOUTS);
  try {
    server.log.length = 0;
    const load = await bp.load(bareUrl(run));
    await bp.quiet();
    const heapAfterLoad = await bp.heap();
    const served = [...server.log];
    return { load, heapAfterLoad, interactions: await bareInteractions(bp), served };
  } finally {
    await bp.close();
  }
}

const started = Date.now();
const bareRuns: BareRun[] = [];
let lighthouse: { app: LighthouseResult[]; bare: LighthouseResult[] } | null = null;
try {
  log(`Uppvärmning (${SCALE ? 'skala' : 'normal'}) …`);
  const warm = await appRun(variants[0]!, 0, false);
  mapBox = warm.load.mapBox ?? { width: 1280, height: 800 };
  await bareRun(0);
  for (let i = 0; i < RUNS; i++) {
    // Rotate the order, so no page always gets the warmer (or the busier) machine.
    const pages: (Variant | 'bare')[] = ['bare', ...variants];
    const order = pages.map((_, k) => pages[(k + i) % pages.length]!);
    for (const p of order) {
      if (p === 'bare') bareRuns.push(await bareRun(i + 1));
      else p.runs.push(await appRun(p, i + 1, true));
    }
    const b = bareRuns.at(-1)!;
    log(
      `  körning ${i + 1}/${RUNS}: ${variants.map((v) => `${v.label} FCP ${ms(v.runs.at(-1)!.load.fcp)}, kartan idle ${ms(v.runs.at(-1)!.load.mapIdle)}`).join('; ')}; naken sida idle ${ms(b.load.mapIdle)}`,
    );
  }
  // Always: the app's own CPU time per interaction comes from it (the budget); --profile also prints
  // the top functions.
  log('Profilerad extrakörning (appens egen CPU-tid per interaktion; ingår inte i tiderna) …');
  await appRun(variants[0]!, RUNS + 1, false, true);
  if (LIGHTHOUSE_RUNS > 0) {
    log(`Lighthouse ${LIGHTHOUSE_RUNS} × 2 (desktop, ingen strypning) …`);
    lighthouse = await lighthouseRuns({ app: `${server.origin}/${variants[0]!.prefix}/`, bare: bareUrl() }, LIGHTHOUSE_RUNS, COMPOSITING);
  }
} finally {
  await browser.close();
  await server.close();
}

// ---------------------------------------------------------------------------------------------
// 4. Aggregate.

const gzipOfFile = new Map<string, number>();
const gz = (file: string) => {
  if (!gzipOfFile.has(file)) gzipOfFile.set(file, gzipSize(readFileSync(file)));
  return gzipOfFile.get(file)!;
};
type Kind = 'js' | 'css' | 'data' | 'html' | 'other';
const kindOf = (url: string): Kind =>
  /\.js$/.test(url) ? 'js' : /\.css$/.test(url) ? 'css' : /\/(geo|data|glyphs)\//.test(url) ? 'data' : /(\/|\.html)$/.test(url) ? 'html' : 'other';

function loadedBytes(run: { load: LoadResult; served: ServedFile[] }) {
  const byUrl = new Map(run.load.resources.map((r) => [r.path, r]));
  const files = run.served.map((f) => {
    const timing = byUrl.get(f.url);
    return {
      url: f.url.replace(/^\/[^/]+\//, ''),
      kind: kindOf(f.url),
      raw: f.bytes,
      gzip: gz(f.file),
      beforeFirstPaint: Boolean(timing && run.load.fcp !== null && timing.responseEnd <= run.load.fcp) || f.url.endsWith('/'),
    };
  });
  const total = (pred: (f: (typeof files)[number]) => boolean) => {
    const sel = files.filter(pred);
    return { raw: sel.reduce((s, f) => s + f.raw, 0), gzip: sel.reduce((s, f) => s + f.gzip, 0), files: sel.length };
  };
  return {
    files,
    js: { beforeFirstPaint: total((f) => f.kind === 'js' && f.beforeFirstPaint), total: total((f) => f.kind === 'js') },
    css: { beforeFirstPaint: total((f) => f.kind === 'css' && f.beforeFirstPaint), total: total((f) => f.kind === 'css') },
    data: total((f) => f.kind === 'data'),
  };
}

const interactionStats = (list: InteractionResult[]) => ({
  latency: stats(list.map((i) => i.latency)),
  toDomSettled: stats(list.map((i) => i.toDomSettled)),
  toMapIdle: stats(list.map((i) => i.toMapIdle)),
  mapPart: stats(list.map((i) => i.mapPart)),
  toWatched: stats(list.map((i) => i.toWatched)),
  missingIdle: list.filter((i) => i.toMapIdle === null).length,
});
const BUDGETED_INTERACTIONS = ['select area', 'switch layer', 'change year', 'apply initiative filter', 'type in search'];
const heapTotal = (h: HeapResult | null) => (h ? h.main + h.workers : null);
const bareIdle = stats(bareRuns.map((r) => r.load.mapIdle))!;
const bareOps = Object.fromEntries(Object.keys(BARE_OPERATIONS).map((op) => [op, interactionStats(bareRuns.flatMap((r) => r.interactions.filter((i) => i.name === op)))]));
const budgets = readBudgets();

function summarise(v: Variant) {
  const runs = v.runs;
  const names = [...new Set(runs.flatMap((r) => r.interactions.map((i) => i.name)))];
  const interactions = Object.fromEntries(names.map((name) => [name, interactionStats(runs.flatMap((r) => r.interactions.filter((i) => i.name === name)))]));
  const appIdle = stats(runs.map((r) => r.load.mapIdle))!;
  const paired = stats(runs.map((r, i) => r.load.mapIdle / bareRuns[i]!.load.mapIdle))!;
  const ratioOfMedians = Math.round((appIdle.median / bareIdle.median) * 100) / 100;
  const heap = {
    afterLoad: { main: stats(runs.map((r) => r.heapAfterLoad.main)), workers: stats(runs.map((r) => r.heapAfterLoad.workers)), total: stats(runs.map((r) => heapTotal(r.heapAfterLoad))) },
    afterInteractions: {
      count: CHURN + (runs[0]?.interactions.length ?? 0),
      main: stats(runs.map((r) => r.heapAfterChurn?.main)),
      workers: stats(runs.map((r) => r.heapAfterChurn?.workers)),
      total: stats(runs.map((r) => heapTotal(r.heapAfterChurn))),
    },
  };
  const loaded = loadedBytes(runs[0]!);
  const prePaintJsGzip = sum(v.prePaint.js, 'gzip');
  // The budget covers the issue's five interactions; opening the register view is reported only.
  const budgeted = Object.entries(interactions).filter(([n]) => BUDGETED_INTERACTIONS.includes(n));
  const worstInteraction = Math.max(...budgeted.map(([, i]) => i.latency?.median ?? 0));
  // The app's own work: its main-thread CPU time per interaction (the profiled run: every sample in
  // code that is not MapLibre's), median per kind of interaction; "DOM klar" is reported beside it.
  const appCpu = Object.fromEntries(
    budgeted.map(([name]) => [name, median(profiles.filter((p) => p.name === name).map((p) => p.appMs))] as const).filter(([, m]) => Number.isFinite(m)),
  );
  const worstAppWork = v === variants[0] && Object.keys(appCpu).length ? Math.max(...Object.values(appCpu)) : NaN;
  const worstDomSettled = Math.max(...budgeted.map(([, i]) => i.toDomSettled?.median ?? 0));
  // The finished view: the map idle in the index colours (the app's first frame is coloured).
  const coloured = stats(runs.map((r) => r.load.mapColoured ?? NaN).filter(Number.isFinite));
  const finishedRatio = coloured ? Math.round((coloured.median / bareIdle.median) * 100) / 100 : NaN;
  // Each interaction's map part against the bare page's same map change (median over median).
  const mapParts = Object.fromEntries(
    budgeted.flatMap(([name, i]) => {
      const op = BARE_EQUIVALENT[name];
      const floor = op ? bareOps[op]?.mapPart?.median : undefined;
      return op && floor && i.mapPart ? [[name, { op, app: i.mapPart.median, bare: floor, ratio: Math.round((i.mapPart.median / floor) * 100) / 100 }]] : [];
    }),
  );
  const worstMapPart = Math.max(...Object.values(mapParts).map((m) => m.ratio));
  // Lighthouse: the first build only; median score of each page.
  const lh = v === variants[0] && lighthouse ? { app: stats(lighthouse.app.map((r) => r.score))!.median, bare: stats(lighthouse.bare.map((r) => r.score))!.median } : null;
  const worstCls = Math.max(...runs.map((r) => r.load.cls ?? 0));
  const heapMB = Math.round((heap.afterInteractions.total?.median ?? heap.afterLoad.total?.median ?? NaN) / 1e5) / 10;
  const stabilityMs = Math.round((median(runs.map((r) => r.stabilityMs ?? NaN).filter(Number.isFinite)) ?? NaN) * 10) / 10;
  const reportOnly = (budget: number, actual: number, note: string) => ({ budget, actual, pass: null, note });
  const limit = (budget: number, actual: number | undefined) => (actual === undefined ? { budget, actual: null, pass: false } : { budget, actual: Math.round(actual), pass: actual <= budget });
  return {
    label: v.label,
    dir: v.dir,
    budgets: {
      jsBeforeFirstPaintGzipKB: { budget: budgets.bytes.jsBeforeFirstPaintGzipKB, actual: Math.round(prePaintJsGzip / 100) / 10, pass: prePaintJsGzip <= budgets.bytes.jsBeforeFirstPaintGzipKB * 1000 },
      mapCodeBeforeFirstPaint: { budget: budgets.bytes.mapCodeBeforeFirstPaint, actual: v.mapInPrePaint, pass: v.mapInPrePaint === budgets.bytes.mapCodeBeforeFirstPaint },
      finishedViewRatioToBare: SCALE
        ? reportOnly(budgets.time.finishedViewRatioToBare, finishedRatio, 'budgeted in normal mode; reported here')
        : { budget: budgets.time.finishedViewRatioToBare, actual: finishedRatio, pass: finishedRatio <= budgets.time.finishedViewRatioToBare },
      appWorkMsPerInteraction: {
        budget: SCALE ? budgets.time.appWorkMsPerInteractionAtScale : budgets.time.appWorkMsPerInteraction,
        actual: Math.round(worstAppWork),
        pass: worstAppWork <= (SCALE ? budgets.time.appWorkMsPerInteractionAtScale : budgets.time.appWorkMsPerInteraction),
        perInteraction: appCpu,
      },
      domSettled: reportOnly(NaN, Math.round(worstDomSettled), 'input to the last DOM change, map frames in between included; reported only'),
      selectAreaToProfileMs: limit(budgets.time.selectAreaToProfileMs, interactions['select area']?.toWatched?.median),
      selectAreaQuietMs: limit(budgets.time.selectAreaQuietMs, interactions['select area']?.toDomSettled?.median),
      mapPartRatioToBare: { budget: budgets.time.mapPartRatioToBare, actual: worstMapPart, pass: worstMapPart <= budgets.time.mapPartRatioToBare, parts: mapParts },
      lighthouse: !lh
        ? { budget: budgets.time.lighthouseAtLeastBare, actual: null, pass: null, note: 'not run (--lighthouse 0)' }
        : SCALE
          ? { ...reportOnly(lh.bare, lh.app, 'budgeted in normal mode; reported here'), bare: lh.bare }
          : { budget: lh.bare, actual: lh.app, pass: lh.app >= lh.bare, bare: lh.bare },
      worstInteraction: reportOnly(NaN, Math.round(worstInteraction), 'input to the next frame once the UI settled, map included; reported only'),
      cls: { budget: budgets.time.cls, actual: Math.round(worstCls * 1000) / 1000, pass: worstCls <= budgets.time.cls },
      heapMBAtScale: SCALE ? { budget: budgets.time.heapMBAtScale, actual: heapMB, pass: heapMB <= budgets.time.heapMBAtScale } : reportOnly(budgets.time.heapMBAtScale, heapMB, 'budgeted in scale mode; reported here'),
      // At scale the grid is sampled (the ranking view says how many combinations): reported only.
      rankStabilityMs: SCALE ? reportOnly(budgets.time.rankStabilityMs, stabilityMs, 'budgeted in normal mode; sampled grid at scale') : { budget: budgets.time.rankStabilityMs, actual: stabilityMs, pass: stabilityMs <= budgets.time.rankStabilityMs },
    },
    load: {
      fcp: stats(runs.map((r) => r.load.fcp)),
      mapIdle: appIdle,
      mapColoured: stats(runs.map((r) => r.load.mapColoured ?? NaN).filter(Number.isFinite)),
      mapIdleRatio: { ofMedians: ratioOfMedians, paired },
      marks: Object.fromEntries(Object.keys(runs[0]!.load.marks).map((k) => [k, stats(runs.map((r) => r.load.marks[k]))])),
    },
    bytes: {
      build: {
        beforeFirstPaint: {
          js: v.prePaint.js,
          css: v.prePaint.css,
          jsRaw: sum(v.prePaint.js, 'raw'),
          jsGzip: prePaintJsGzip,
          cssRaw: sum(v.prePaint.css, 'raw'),
          cssGzip: sum(v.prePaint.css, 'gzip'),
          containsMapLibre: v.mapInPrePaint,
        },
        chunks: v.chunks,
      },
      loaded: { js: loaded.js, css: loaded.css, data: loaded.data, jsBeforeFirstPaintGzipMedian: median(runs.map((r) => loadedBytes(r).js.beforeFirstPaint.gzip)), files: loaded.files },
    },
    interactions,
    heap,
    raw: runs.map((r) => ({ load: { ...r.load, resources: undefined }, heapAfterLoad: r.heapAfterLoad, heapAfterChurn: r.heapAfterChurn, interactions: r.interactions })),
  };
}

const apps = variants.map(summarise);
const app = apps[0]!;
const bareLoaded = loadedBytes(bareRuns[0]!);
const bare = {
  load: { fcp: stats(bareRuns.map((r) => r.load.fcp)), mapIdle: bareIdle },
  interactions: bareOps,
  heap: { afterLoad: { main: stats(bareRuns.map((r) => r.heapAfterLoad.main)), workers: stats(bareRuns.map((r) => r.heapAfterLoad.workers)), total: stats(bareRuns.map((r) => heapTotal(r.heapAfterLoad))) } },
  bytes: { js: bareLoaded.js, css: bareLoaded.css, data: bareLoaded.data, files: bareLoaded.files },
  raw: bareRuns.map((r) => ({ load: { ...r.load, resources: undefined }, heapAfterLoad: r.heapAfterLoad, interactions: r.interactions })),
};
const lighthouseSummary = lighthouse
  ? Object.fromEntries(
      (['app', 'bare'] as const).map((page) => [
        page,
        Object.fromEntries((['score', 'tbt', 'speedIndex', 'lcp', 'cls'] as const).map((k) => [k, stats(lighthouse![page].map((r) => r[k]))])),
      ]),
    )
  : null;

const result = {
  meta: {
    date: new Date().toISOString(),
    mode: SCALE ? 'scale' : 'normal',
    scale: SCALE ? DEFAULT_SCALE : null,
    runs: RUNS,
    warmUpRuns: 1,
    durationSeconds: Math.round((Date.now() - started) / 1000),
    chromium: chromiumVersion,
    compositing: COMPOSITING,
    maplibre: (JSON.parse(readFileSync(join(ROOT, 'node_modules/maplibre-gl/package.json'), 'utf8')) as { version: string }).version,
    node: process.version,
    cpu: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
    memoryGB: Math.round(totalmem() / 1e9),
    /** 1-minute load average when the bench started: above the core count, other work shared the CPU. */
    loadAverageAtStart: Math.round(loadBefore * 100) / 100,
    viewport: '1280×800',
    mapSizeCss: mapBox,
    headers: Object.keys(headers),
  },
  /** The budgets, judged on the first (or only) app build. */
  budgets: app.budgets,
  app,
  bare,
  lighthouse: lighthouse ? { runs: lighthouse, median: lighthouseSummary } : null,
  /** With several --app-dist: every build, in the order given. */
  compared: apps.length > 1 ? apps : undefined,
  profiles: profiles.map((p) => ({ ...p, file: p.file.replace(`${ROOT}/`, '') })),
};

mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, JSON.stringify(result, null, 2));

// ---------------------------------------------------------------------------------------------
// 5. Print.

const row = (label: string, s: Stats | null, fmt = ms) => [label, s ? fmt(s.min) : '–', s ? fmt(s.median) : '–', s ? fmt(s.max) : '–', s ? String(s.n) : '0'];
const pass = (p: boolean | null) => (p === null ? 'rapport' : p ? 'OK' : 'ÖVER');
log('');
log(`Områdeskartan bench – ${SCALE ? `skala (${DEFAULT_SCALE.areas} områden, ${DEFAULT_SCALE.initiatives} insatser)` : 'normal (14 områden, riktiga data)'} – ${RUNS} körningar + 1 uppvärmning, ${result.meta.durationSeconds} s`);
log(`${result.meta.cpu}, Chromium ${chromiumVersion} (SwiftShader WebGL, ${COMPOSITING === 'gpu' ? 'kompositering i GPU-processen' : 'mjukvarukompositering'}), MapLibre ${result.meta.maplibre}, karta ${mapBox.width}×${mapBox.height} px`);
log(`belastning (1 min) vid start: ${result.meta.loadAverageAtStart}${result.meta.loadAverageAtStart > cpus().length ? ' – annat arbete delade processorn, tiderna är osäkra' : ''}`);
if (apps.length > 1) log(`Bygget som visas i detalj: ${app.label} (${app.dir}); jämförelsen står sist.`);
log('');
log(
  table(
    ['tid från navigering', 'min', 'median', 'max', 'n'],
    [
      row('app: first contentful paint', app.load.fcp),
      ...Object.entries(app.load.marks).map(([k, s]) => row(`app: ${k} i DOM`, s)),
      row('app: kartan idle (områden ritade)', app.load.mapIdle),
      ...(app.load.mapColoured ? [row('app: kartan idle i indexfärger', app.load.mapColoured)] : []),
      row('naken sida: kartan idle', bareIdle),
      ['kvot app / naken sida', app.load.mapIdleRatio.paired.min.toFixed(2), app.load.mapIdleRatio.ofMedians.toFixed(2), app.load.mapIdleRatio.paired.max.toFixed(2), String(app.load.mapIdleRatio.paired.n)],
    ],
  ),
);
log('(kvotens median = median(app) / median(naken); min/max = parvisa kvoter per körning)');
log('');
// Where the two maps spend their time: the same marks are set by the app's map view and the bare page.
const TIMELINE: [string, string][] = [
  ['map:create', 'kartan skapas'],
  ['map:style.load', 'stilen laddad'],
  ['map:source-loaded:basemap', 'bakgrunden laddad'],
  ['map:source-loaded:areas', 'områdena laddade'],
  ['map:load', 'load (första fullständiga ritningen)'],
  ['map:idle', 'första idle'],
];
const timelineStats = (rs: { load: LoadResult }[], mark: string) => stats(rs.map((r) => r.load.timeline?.[mark]));
const shownRuns = variants[0]!.runs;
log(
  table(
    ['kartans tidslinje från navigering (median)', 'app', 'naken sida', 'skillnad'],
    TIMELINE.map(([mark, label]) => {
      const a = timelineStats(shownRuns, mark)?.median;
      const b = timelineStats(bareRuns, mark)?.median;
      return [label, ms(a), ms(b), a !== undefined && b !== undefined ? `${a - b > 0 ? '+' : ''}${ms(a - b)}` : '–'];
    }),
  ),
);
log('');
log(
  table(
    ['interaktion (indata → nästa bildruta när UI:t lagt sig)', 'min', 'median', 'max', 'n', 'DOM klar (median)', 'till kartans idle (median)', 'kartans del (median)'],
    [...Object.entries(app.interactions), ...Object.entries(bare.interactions).map(([op, i]) => [`naken sida: ${BARE_OPERATIONS[op as keyof typeof BARE_OPERATIONS]}`, i] as const)].map(([name, i]) => [
      ...row(name, i.latency),
      ms(i.toDomSettled?.median),
      i.toMapIdle ? ms(i.toMapIdle.median) + (i.missingIdle ? ` (${i.missingIdle} utan idle)` : '') : '–',
      ms(i.mapPart?.median),
    ]),
  ),
);
log('');
const heapRow = (label: string, s: Stats | null) => row(label, s, MB);
log(
  table(
    ['JS-heap efter GC', 'min', 'median', 'max', 'n'],
    [
      heapRow('app efter laddning: huvudtråd', app.heap.afterLoad.main),
      heapRow('app efter laddning: + kartans worker', app.heap.afterLoad.total),
      heapRow(`app efter ${app.heap.afterInteractions.count} interaktioner: huvudtråd`, app.heap.afterInteractions.main),
      heapRow(`app efter ${app.heap.afterInteractions.count} interaktioner: + worker`, app.heap.afterInteractions.total),
      heapRow('naken sida efter laddning: + worker', bare.heap.afterLoad.total),
    ],
  ),
);
log('');
if (lighthouseSummary) {
  const lrow = (label: string, k: 'score' | 'tbt' | 'speedIndex' | 'lcp' | 'cls', fmt: (v: number | undefined) => string) => [label, fmt(lighthouseSummary.app![k]?.median), fmt(lighthouseSummary.bare![k]?.median)];
  const num = (v: number | undefined) => (v === undefined ? '–' : String(v));
  log(
    table(
      [`Lighthouse 12.2.3, desktop, ingen strypning (median av ${LIGHTHOUSE_RUNS})`, 'app', 'naken sida'],
      [lrow('prestanda', 'score', num), lrow('total blockeringstid', 'tbt', ms), lrow('speed index', 'speedIndex', ms), lrow('största innehållsritning', 'lcp', ms), lrow('CLS', 'cls', num)],
    ),
  );
  log('');
}
const b = app.bytes.loaded;
log(
  table(
    ['byte (app, en körning)', 'rå', 'gzip', 'filer'],
    [
      ['JS som krävs före first paint (bygget)', kB(app.bytes.build.beforeFirstPaint.jsRaw), kB(app.bytes.build.beforeFirstPaint.jsGzip), String(app.bytes.build.beforeFirstPaint.js.length)],
      ['CSS som krävs före first paint (bygget)', kB(app.bytes.build.beforeFirstPaint.cssRaw), kB(app.bytes.build.beforeFirstPaint.cssGzip), String(app.bytes.build.beforeFirstPaint.css.length)],
      ['JS som hann laddas före first paint', kB(b.js.beforeFirstPaint.raw), kB(b.js.beforeFirstPaint.gzip), String(b.js.beforeFirstPaint.files)],
      ['JS totalt', kB(b.js.total.raw), kB(b.js.total.gzip), String(b.js.total.files)],
      ['CSS totalt', kB(b.css.total.raw), kB(b.css.total.gzip), String(b.css.total.files)],
      ['GeoJSON/data/glyfer', kB(b.data.raw), kB(b.data.gzip), String(b.data.files)],
      ['naken sida: JS', kB(bare.bytes.js.total.raw), kB(bare.bytes.js.total.gzip), String(bare.bytes.js.total.files)],
      ['naken sida: GeoJSON', kB(bare.bytes.data.raw), kB(bare.bytes.data.gzip), String(bare.bytes.data.files)],
    ],
  ),
);
log('');
log(
  table(
    ['laddad fil (app)', 'rå', 'gzip', 'klar före first paint'],
    b.files.filter((f) => f.kind !== 'html').map((f) => [f.url, kB(f.raw), kB(f.gzip), f.beforeFirstPaint ? 'ja' : '']),
  ),
);
log('');
const B = app.budgets;
log(
  table(
    ['budget (budgets.json)', 'gräns', 'utfall', ''],
    [
      ['JS före first paint, gzip', `≤ ${B.jsBeforeFirstPaintGzipKB.budget} kB`, `${B.jsBeforeFirstPaintGzipKB.actual} kB`, pass(B.jsBeforeFirstPaintGzipKB.pass)],
      ['MapLibre före first paint', 'nej', B.mapCodeBeforeFirstPaint.actual ? 'ja' : 'nej', pass(B.mapCodeBeforeFirstPaint.pass)],
      ['färdig vy (kartan idle i indexfärger) / naken sidas idle (median)', `≤ ${B.finishedViewRatioToBare.budget}`, B.finishedViewRatioToBare.actual.toFixed(2), pass(B.finishedViewRatioToBare.pass)],
      ['välj område: indata → bildrutan med namn och nyckeltal (median)', `≤ ${B.selectAreaToProfileMs.budget} ms`, ms(B.selectAreaToProfileMs.actual), pass(B.selectAreaToProfileMs.pass)],
      ['välj område: indata → sista DOM-ändringen (median)', `≤ ${B.selectAreaQuietMs.budget} ms`, ms(B.selectAreaQuietMs.actual), pass(B.selectAreaQuietMs.pass)],
      ...Object.entries(B.mapPartRatioToBare.parts).map(([name, m]) => [
        `kartans del: ${name} / naken sida ${BARE_OPERATIONS[m.op]} (${ms(m.app)} / ${ms(m.bare)})`,
        `≤ ${B.mapPartRatioToBare.budget}`,
        m.ratio.toFixed(2),
        pass(m.ratio <= B.mapPartRatioToBare.budget),
      ]),
      [
        `appens egen CPU-tid per interaktion (sämsta: ${Object.entries(B.appWorkMsPerInteraction.perInteraction).map(([n, m]) => `${n} ${Math.round(m)}`).join(', ')} ms)`,
        `≤ ${B.appWorkMsPerInteraction.budget} ms`,
        ms(B.appWorkMsPerInteraction.actual),
        pass(B.appWorkMsPerInteraction.pass),
      ],
      ['indata → sista DOM-ändringen ("DOM klar", sämsta median)', '–', ms(B.domSettled.actual), pass(B.domSettled.pass)],
      ['layoutskift (CLS) till färdig vy, sämsta körning', `≤ ${B.cls.budget}`, String(B.cls.actual), pass(B.cls.pass)],
      ['värsta interaktion, indata → bildruta (median)', '–', ms(B.worstInteraction.actual), pass(B.worstInteraction.pass)],
      [
        'Lighthouse desktop, prestanda (median) ≥ den nakna sidans',
        B.lighthouse.actual === null ? '–' : `≥ ${B.lighthouse.bare}`,
        B.lighthouse.actual === null ? 'ej körd' : String(B.lighthouse.actual),
        pass(B.lighthouse.pass),
      ],
      ['JS-heap (median, + worker)', `≤ ${B.heapMBAtScale.budget} MB`, `${B.heapMBAtScale.actual} MB`, pass(B.heapMBAtScale.pass)],
      ['Väg själv: rangintervallen i sidan (median)', `≤ ${B.rankStabilityMs.budget} ms`, `${B.rankStabilityMs.actual} ms`, pass(B.rankStabilityMs.pass)],
    ],
  ),
);
if (apps.length > 1) {
  const names = Object.keys(app.interactions);
  log('');
  log(
    table(
      ['bygge', 'JS före paint (gzip)', 'FCP', 'kartan idle', 'kvot', ...names, 'heap (+worker)'],
      apps.map((a) => [
        a.label,
        kB(a.bytes.build.beforeFirstPaint.jsGzip),
        ms(a.load.fcp?.median),
        ms(a.load.mapIdle.median),
        a.load.mapIdleRatio.ofMedians.toFixed(2),
        ...names.map((n) => ms(a.interactions[n]?.latency?.median)),
        MB(a.heap.afterInteractions.total?.median ?? a.heap.afterLoad.total?.median),
      ]),
    ),
  );
  log('(medianer; kvot = kartan idle / den nakna sidans, samma körningar)');
}
for (const p of args.profile ? profiles : []) {
  log(`\nProfil: ${p.name} (${p.totalMs} ms sampling, ${p.file.replace(`${ROOT}/`, '')})`);
  log(table(['funktion', 'källa', 'självtid'], p.hot.map((h) => [h.name, h.where, `${h.selfMs} ms`])));
}
log(`\nJSON: ${OUT}`);
