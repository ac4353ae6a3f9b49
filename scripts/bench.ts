/**
 * `npm run bench` — how fast the app is, measured against the floor: a bare MapLibre page
 * (bench/bare) drawing the same areas on the same background, in the same browser, same run.
 * Method and budgets: docs/performance.md.
 *
 *   npm run bench                      build, then 9 runs (+1 warm-up) of the app and the bare page
 *   npm run bench -- --scale           the same with 6,000 areas and 10,000 initiatives (synthetic)
 *   npm run bench -- --runs 5          fewer (or more) runs
 *   npm run bench -- --no-build        reuse dist-bench/ from the last build
 *   npm run bench -- --app-dist DIR    measure another build of the app (e.g. an experiment)
 *   npm run bench -- --out FILE        where to write the JSON (default bench-results/latest.json,
 *                                      or latest-scale.json with --scale)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { launchChromium } from '../tests/e2e/browser.ts';
import { boundsOf } from '../src/features/areas/geometry.ts';
import { BenchPage, type HeapResult, type InteractionResult, type LoadResult, type Timeouts } from './bench/driver.ts';
import { bareInteractions, churn, measuredInteractions } from './bench/scenario.ts';
import { serve, type ServedFile } from './bench/server.ts';
import { DEFAULT_SCALE, SYNTHETIC_PATHS, generateSynthetic, readRealFiles, writeSynthetic } from './bench/synthetic.ts';
import { allAssets, containsMapLibre, gzipSize, mapLibreMarkers, prePaintAssets, sum } from './bench/bytes.ts';
import { ROOT, readBudgets } from './bench/budgets.ts';
import { MB, kB, median, ms, stats, table, type Stats } from './bench/stats.ts';

const { values: args } = parseArgs({
  options: {
    scale: { type: 'boolean', default: false },
    runs: { type: 'string', default: '9' },
    'no-build': { type: 'boolean', default: false },
    'app-dist': { type: 'string' },
    out: { type: 'string' },
    interactions: { type: 'string', default: '50' },
  },
});
const RUNS = Math.max(1, Number(args.runs));
const SCALE = args.scale;
const CHURN = Number(args.interactions);
const BENCH_DIR = join(ROOT, 'dist-bench');
const BARE_DIR = join(BENCH_DIR, 'bare');
const APP_DIR = args['app-dist'] ? resolve(args['app-dist']) : join(BENCH_DIR, 'app');
const OUT = resolve(args.out ?? join(ROOT, 'bench-results', SCALE ? 'latest-scale.json' : 'latest.json'));
const TIMEOUTS: Timeouts = SCALE ? { load: 600_000, settle: 300_000, idle: 60_000 } : { load: 60_000, settle: 30_000, idle: 5_000 };
const log = (s: string) => console.log(s);

// ---------------------------------------------------------------------------------------------
// 1. Build the app and the bare page; generate the scale data.

if (!args['no-build']) {
  log('Bygger appen (dist-bench/app) och den nakna MapLibre-sidan (dist-bench/bare) …');
  if (!args['app-dist']) await build({ configFile: join(ROOT, 'vite.config.ts'), root: ROOT, logLevel: 'warn', build: { outDir: APP_DIR, emptyOutDir: true } });
  await build({ configFile: join(ROOT, 'bench/vite.bare.config.ts'), logLevel: 'warn' });
}
for (const dir of [APP_DIR, BARE_DIR]) if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir}/index.html saknas: kör utan --no-build`);

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
const servedFile = (rel: string) => overlay[rel] ?? join(APP_DIR, rel);

// ---------------------------------------------------------------------------------------------
// 2. Static bytes of the build.

const markers = mapLibreMarkers(ROOT);
const prePaint = prePaintAssets(APP_DIR);
const chunks = allAssets(APP_DIR).map((a) => ({
  ...a,
  beforeFirstPaint: [...prePaint.js, ...prePaint.css].some((p) => p.path === a.path),
  maplibre: a.kind === 'js' && containsMapLibre(APP_DIR, a.path, markers),
}));
const mapInPrePaint = prePaint.js.some((a) => containsMapLibre(APP_DIR, a.path, markers));

// ---------------------------------------------------------------------------------------------
// 3. Serve both pages and run the browser.

const areasFc = JSON.parse(readFileSync(servedFile('geo/omraden.geojson'), 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;
const bounds = boundsOf(areasFc.features as Feature<Polygon | MultiPolygon>[]);
let headers: Record<string, string> = {};
try {
  // The same production headers (CSP) as `vite preview`, when the repo defines them.
  const csp = (await import(pathToFileURL(join(ROOT, 'csp.ts')).href)) as { SECURITY_HEADERS?: () => Record<string, string> };
  headers = csp.SECURITY_HEADERS?.() ?? {};
} catch {
  headers = {};
}
const server = await serve({ appDir: APP_DIR, bareDir: BARE_DIR, overlay, headers });
const browser = await launchChromium();
const chromiumVersion = browser.version();

interface AppRun {
  load: LoadResult;
  heapAfterLoad: HeapResult;
  interactions: InteractionResult[];
  heapAfterChurn: HeapResult | null;
  served: ServedFile[];
}
interface BareRun {
  load: LoadResult;
  heapAfterLoad: HeapResult;
  interactions: InteractionResult[];
  served: ServedFile[];
}

async function appRun(run: number, withChurn: boolean): Promise<AppRun> {
  const bp = await BenchPage.open(browser, TIMEOUTS);
  try {
    server.log.length = 0;
    const load = await bp.load(`${server.origin}/app/`);
    await bp.quiet();
    const heapAfterLoad = await bp.heap();
    const served = [...server.log];
    const interactions = await measuredInteractions(bp, run);
    let heapAfterChurn: HeapResult | null = null;
    if (withChurn && CHURN > 0) {
      await churn(bp, CHURN, run);
      await bp.quiet();
      heapAfterChurn = await bp.heap();
    }
    return { load, heapAfterLoad, interactions, heapAfterChurn, served };
  } finally {
    await bp.close();
  }
}

let mapBox = { width: 0, height: 0 };
async function bareRun(): Promise<BareRun> {
  const bp = await BenchPage.open(browser, TIMEOUTS);
  try {
    server.log.length = 0;
    const q = new URLSearchParams({ bounds: bounds.join(','), w: String(mapBox.width), h: String(mapBox.height) });
    const load = await bp.load(`${server.origin}/bare/?${q}`);
    await bp.quiet();
    const heapAfterLoad = await bp.heap();
    const served = [...server.log];
    return { load, heapAfterLoad, interactions: await bareInteractions(bp), served };
  } finally {
    await bp.close();
  }
}

const started = Date.now();
const appRuns: AppRun[] = [];
const bareRuns: BareRun[] = [];
try {
  log(`Uppvärmning (${SCALE ? 'skala' : 'normal'}) …`);
  const warm = await appRun(0, false);
  mapBox = warm.load.mapBox ?? { width: 1280, height: 800 };
  await bareRun();
  for (let i = 0; i < RUNS; i++) {
    // Alternate the order, so neither page always gets the warmer machine.
    const first = i % 2 === 0 ? 'app' : 'bare';
    for (const which of first === 'app' ? ['app', 'bare'] : ['bare', 'app']) {
      if (which === 'app') appRuns.push(await appRun(i + 1, true));
      else bareRuns.push(await bareRun());
    }
    const a = appRuns.at(-1)!;
    const b = bareRuns.at(-1)!;
    log(`  körning ${i + 1}/${RUNS}: app FCP ${ms(a.load.fcp)}, kartan idle ${ms(a.load.mapIdle)}; naken sida idle ${ms(b.load.mapIdle)}`);
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
      url: f.url,
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

const appBytes = loadedBytes(appRuns[0]!);
const bareBytes = loadedBytes(bareRuns[0]!);
const jsBeforePaintRuns = appRuns.map((r) => loadedBytes(r).js.beforeFirstPaint.gzip);

const interactionNames = [...new Set(appRuns.flatMap((r) => r.interactions.map((i) => i.name)))];
const interactions = Object.fromEntries(
  interactionNames.map((name) => {
    const all = appRuns.flatMap((r) => r.interactions.filter((i) => i.name === name));
    return [name, { latency: stats(all.map((i) => i.latency)), toMapIdle: stats(all.map((i) => i.toMapIdle)), missingIdle: all.filter((i) => i.toMapIdle === null).length }];
  }),
);
const bareRecolour = bareRuns.flatMap((r) => r.interactions);
const bareInteraction = { latency: stats(bareRecolour.map((i) => i.latency)), toMapIdle: stats(bareRecolour.map((i) => i.toMapIdle)), missingIdle: bareRecolour.filter((i) => i.toMapIdle === null).length };
const appIdle = stats(appRuns.map((r) => r.load.mapIdle))!;
const bareIdle = stats(bareRuns.map((r) => r.load.mapIdle))!;
const paired = stats(appRuns.map((r, i) => r.load.mapIdle / bareRuns[i]!.load.mapIdle))!;
const ratioOfMedians = Math.round((appIdle.median / bareIdle.median) * 100) / 100;
const heapTotal = (h: HeapResult | null) => (h ? h.main + h.workers : null);
const heap = {
  app: {
    afterLoad: { main: stats(appRuns.map((r) => r.heapAfterLoad.main)), workers: stats(appRuns.map((r) => r.heapAfterLoad.workers)), total: stats(appRuns.map((r) => heapTotal(r.heapAfterLoad))) },
    afterInteractions: {
      count: CHURN + (appRuns[0]?.interactions.length ?? 0),
      main: stats(appRuns.map((r) => r.heapAfterChurn?.main)),
      workers: stats(appRuns.map((r) => r.heapAfterChurn?.workers)),
      total: stats(appRuns.map((r) => heapTotal(r.heapAfterChurn))),
    },
  },
  bare: { afterLoad: { main: stats(bareRuns.map((r) => r.heapAfterLoad.main)), workers: stats(bareRuns.map((r) => r.heapAfterLoad.workers)), total: stats(bareRuns.map((r) => heapTotal(r.heapAfterLoad))) } },
};

const budgets = readBudgets();
const prePaintJsGzip = sum(prePaint.js, 'gzip');
const worstInteraction = Math.max(...Object.values(interactions).map((i) => i.latency?.median ?? 0));
const budgetResults = {
  jsBeforeFirstPaintGzipKB: { budget: budgets.bytes.jsBeforeFirstPaintGzipKB, actual: Math.round(prePaintJsGzip / 100) / 10, pass: prePaintJsGzip <= budgets.bytes.jsBeforeFirstPaintGzipKB * 1000 },
  mapCodeBeforeFirstPaint: { budget: budgets.bytes.mapCodeBeforeFirstPaint, actual: mapInPrePaint, pass: mapInPrePaint === budgets.bytes.mapCodeBeforeFirstPaint },
  mapIdleRatioToBare: SCALE
    ? { budget: budgets.time.mapIdleRatioToBare, actual: ratioOfMedians, pass: null, note: 'budgeted in normal mode; reported here' }
    : { budget: budgets.time.mapIdleRatioToBare, actual: ratioOfMedians, pass: ratioOfMedians <= budgets.time.mapIdleRatioToBare },
  interactionMsAtScale: SCALE
    ? { budget: budgets.time.interactionMsAtScale, actual: Math.round(worstInteraction), pass: worstInteraction <= budgets.time.interactionMsAtScale }
    : { budget: budgets.time.interactionMsAtScale, actual: Math.round(worstInteraction), pass: null, note: 'budgeted in scale mode; reported here' },
  heapMBAtScale: (() => {
    const h = heap.app.afterInteractions.total?.median ?? heap.app.afterLoad.total?.median ?? NaN;
    const actual = Math.round(h / 1e5) / 10;
    return SCALE ? { budget: budgets.time.heapMBAtScale, actual, pass: actual <= budgets.time.heapMBAtScale } : { budget: budgets.time.heapMBAtScale, actual, pass: null, note: 'budgeted in scale mode; reported here' };
  })(),
};

const result = {
  meta: {
    date: new Date().toISOString(),
    mode: SCALE ? 'scale' : 'normal',
    scale: SCALE ? DEFAULT_SCALE : null,
    runs: RUNS,
    warmUpRuns: 1,
    durationSeconds: Math.round((Date.now() - started) / 1000),
    appDist: APP_DIR,
    chromium: chromiumVersion,
    maplibre: (JSON.parse(readFileSync(join(ROOT, 'node_modules/maplibre-gl/package.json'), 'utf8')) as { version: string }).version,
    node: process.version,
    cpu: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
    memoryGB: Math.round(totalmem() / 1e9),
    viewport: '1280×800',
    mapSizeCss: mapBox,
    headers: Object.keys(headers),
  },
  budgets: budgetResults,
  load: {
    app: { fcp: stats(appRuns.map((r) => r.load.fcp)), mapIdle: appIdle, marks: Object.fromEntries(Object.keys(appRuns[0]!.load.marks).map((k) => [k, stats(appRuns.map((r) => r.load.marks[k]))])) },
    bare: { fcp: stats(bareRuns.map((r) => r.load.fcp)), mapIdle: bareIdle },
    mapIdleRatio: { ofMedians: ratioOfMedians, paired },
  },
  bytes: {
    build: {
      beforeFirstPaint: {
        js: prePaint.js,
        css: prePaint.css,
        jsRaw: sum(prePaint.js, 'raw'),
        jsGzip: prePaintJsGzip,
        cssRaw: sum(prePaint.css, 'raw'),
        cssGzip: sum(prePaint.css, 'gzip'),
        containsMapLibre: mapInPrePaint,
      },
      chunks,
    },
    loaded: {
      app: { js: appBytes.js, css: appBytes.css, data: appBytes.data, jsBeforeFirstPaintGzipMedian: median(jsBeforePaintRuns), files: appBytes.files },
      bare: { js: bareBytes.js, css: bareBytes.css, data: bareBytes.data, files: bareBytes.files },
    },
  },
  interactions,
  bareInteractions: { 'recolour areas': bareInteraction },
  heap,
  raw: { app: appRuns.map((r) => ({ load: { ...r.load, resources: undefined }, heapAfterLoad: r.heapAfterLoad, heapAfterChurn: r.heapAfterChurn, interactions: r.interactions })), bare: bareRuns.map((r) => ({ load: { ...r.load, resources: undefined }, heapAfterLoad: r.heapAfterLoad, interactions: r.interactions })) },
};

mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, JSON.stringify(result, null, 2));

// ---------------------------------------------------------------------------------------------
// 5. Print.

const row = (label: string, s: Stats | null, fmt = ms) => [label, s ? fmt(s.min) : '–', s ? fmt(s.median) : '–', s ? fmt(s.max) : '–', s ? String(s.n) : '0'];
const pass = (p: boolean | null) => (p === null ? 'rapport' : p ? 'OK' : 'ÖVER');
log('');
log(`Områdeskartan bench – ${SCALE ? `skala (${DEFAULT_SCALE.areas} områden, ${DEFAULT_SCALE.initiatives} insatser)` : 'normal (14 områden, riktiga data)'} – ${RUNS} körningar + 1 uppvärmning, ${result.meta.durationSeconds} s`);
log(`${result.meta.cpu}, Chromium ${chromiumVersion} (SwiftShader WebGL), MapLibre ${result.meta.maplibre}, karta ${mapBox.width}×${mapBox.height} px`);
log('');
log(
  table(
    ['tid från navigering', 'min', 'median', 'max', 'n'],
    [
      row('app: first contentful paint', result.load.app.fcp),
      ...Object.entries(result.load.app.marks).map(([k, s]) => row(`app: ${k} i DOM`, s)),
      row('app: kartan idle (områden ritade)', appIdle),
      row('naken sida: kartan idle', bareIdle),
      ['kvot app / naken sida', paired.min.toFixed(2), `${ratioOfMedians.toFixed(2)}`, paired.max.toFixed(2), String(paired.n)],
    ],
  ),
);
log('(kvotens median = median(app) / median(naken); min/max = parvisa kvoter per körning)');
log('');
log(
  table(
    ['interaktion (indata → nästa bildruta när UI:t lagt sig)', 'min', 'median', 'max', 'n', 'till kartans idle (median)'],
    [...Object.entries(interactions), ['naken sida: byt färg (golv)', bareInteraction] as const].map(([name, i]) => [
      ...row(name, i.latency),
      i.toMapIdle ? ms(i.toMapIdle.median) + (i.missingIdle ? ` (${i.missingIdle} utan idle)` : '') : '–',
    ]),
  ),
);
log('');
const heapRow = (label: string, s: Stats | null) => row(label, s, MB);
log(
  table(
    ['JS-heap efter GC', 'min', 'median', 'max', 'n'],
    [
      heapRow('app efter laddning: huvudtråd', heap.app.afterLoad.main),
      heapRow('app efter laddning: + kartans worker', heap.app.afterLoad.total),
      heapRow(`app efter ${heap.app.afterInteractions.count} interaktioner: huvudtråd`, heap.app.afterInteractions.main),
      heapRow(`app efter ${heap.app.afterInteractions.count} interaktioner: + worker`, heap.app.afterInteractions.total),
      heapRow('naken sida efter laddning: + worker', heap.bare.afterLoad.total),
    ],
  ),
);
log('');
const b = result.bytes.loaded;
log(
  table(
    ['byte (app, en körning)', 'rå', 'gzip', 'filer'],
    [
      ['JS före first paint', kB(b.app.js.beforeFirstPaint.raw), kB(b.app.js.beforeFirstPaint.gzip), String(b.app.js.beforeFirstPaint.files)],
      ['CSS före first paint', kB(b.app.css.beforeFirstPaint.raw), kB(b.app.css.beforeFirstPaint.gzip), String(b.app.css.beforeFirstPaint.files)],
      ['JS totalt', kB(b.app.js.total.raw), kB(b.app.js.total.gzip), String(b.app.js.total.files)],
      ['CSS totalt', kB(b.app.css.total.raw), kB(b.app.css.total.gzip), String(b.app.css.total.files)],
      ['GeoJSON/data/glyfer', kB(b.app.data.raw), kB(b.app.data.gzip), String(b.app.data.files)],
      ['naken sida: JS', kB(b.bare.js.total.raw), kB(b.bare.js.total.gzip), String(b.bare.js.total.files)],
      ['naken sida: GeoJSON', kB(b.bare.data.raw), kB(b.bare.data.gzip), String(b.bare.data.files)],
    ],
  ),
);
log('');
log(
  table(
    ['laddad fil (app)', 'rå', 'gzip', 'före first paint'],
    appBytes.files.filter((f) => f.kind !== 'html').map((f) => [f.url.replace(/^\/app\//, ''), kB(f.raw), kB(f.gzip), f.beforeFirstPaint ? 'ja' : '']),
  ),
);
log('');
log(
  table(
    ['budget (budgets.json)', 'gräns', 'utfall', ''],
    [
      ['JS före first paint, gzip', `≤ ${budgetResults.jsBeforeFirstPaintGzipKB.budget} kB`, `${budgetResults.jsBeforeFirstPaintGzipKB.actual} kB`, pass(budgetResults.jsBeforeFirstPaintGzipKB.pass)],
      ['MapLibre före first paint', 'nej', mapInPrePaint ? 'ja' : 'nej', pass(budgetResults.mapCodeBeforeFirstPaint.pass)],
      ['kartan idle / naken sida (median)', `≤ ${budgets.time.mapIdleRatioToBare}`, ratioOfMedians.toFixed(2), pass(budgetResults.mapIdleRatioToBare.pass)],
      ['värsta interaktion (median)', `≤ ${budgets.time.interactionMsAtScale} ms`, ms(worstInteraction), pass(budgetResults.interactionMsAtScale.pass)],
      ['JS-heap (median, + worker)', `≤ ${budgets.time.heapMBAtScale} MB`, `${budgetResults.heapMBAtScale.actual} MB`, pass(budgetResults.heapMBAtScale.pass)],
    ],
  ),
);
log(`\nJSON: ${OUT}`);
