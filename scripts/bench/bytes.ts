/**
 * Static byte accounting of a Vite build, shared by the bench and the byte-budget test
 * (tests/budget/budget.test.ts): which JS and CSS the browser must load before the first paint,
 * the chunk graph, and where MapLibre's code ended up.
 *
 * "Before first paint" is what index.html makes render-blocking or eagerly loads: module
 * scripts, modulepreloads and stylesheets, plus every chunk those import statically
 * (recursively). Dynamic import() targets are lazy and not counted.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Asset {
  /** Path relative to the dist folder, e.g. assets/index-abc.js */
  path: string;
  kind: 'js' | 'css';
  raw: number;
  /** gzip -6 (zlib's default, what most servers send). */
  gzip: number;
}

export const gzipSize = (buf: Buffer | string) => gzipSync(buf, { level: 6 }).length;

export function assetOf(dist: string, path: string): Asset {
  const buf = readFileSync(join(dist, path));
  return { path, kind: path.endsWith('.css') ? 'css' : 'js', raw: buf.length, gzip: gzipSize(buf) };
}

const attr = (tag: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];

/** Paths (relative to dist) that index.html loads eagerly, by kind. */
export function htmlEntries(dist: string): { scripts: string[]; preloads: string[]; styles: string[] } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const norm = (href: string) => posix.normalize(href.replace(/^\.?\//, ''));
  const scripts: string[] = [];
  const preloads: string[] = [];
  const styles: string[] = [];
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
    const src = attr(tag, 'src');
    if (src && !/^https?:/.test(src)) scripts.push(norm(src));
  }
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    const rel = attr(tag, 'rel')?.toLowerCase();
    const href = attr(tag, 'href');
    if (!href || /^(https?:|data:)/.test(href)) continue;
    if (rel === 'modulepreload') preloads.push(norm(href));
    else if (rel === 'stylesheet') styles.push(norm(href));
  }
  return { scripts, preloads, styles };
}

const STATIC_IMPORT = /\bimport\s*(?:[^"'();]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+?\.js)["']/g;
const STATIC_REEXPORT = /\bexport\s*(?:\*|\{[^}]*\})\s*from\s*["'](\.{1,2}\/[^"']+?\.js)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+?\.js)["'`]\s*\)/g;

/** Static and dynamic imports of one built chunk, as paths relative to dist. */
export function importsOf(dist: string, chunk: string): { static: string[]; dynamic: string[] } {
  const code = readFileSync(join(dist, chunk), 'utf8');
  const rel = (spec: string) => relative(dist, resolve(dist, dirname(chunk), spec)).split('\\').join('/');
  const collect = (re: RegExp) => [...new Set([...code.matchAll(re)].map((m) => rel(m[1]!)))];
  return { static: [...new Set([...collect(STATIC_IMPORT), ...collect(STATIC_REEXPORT)])], dynamic: collect(DYNAMIC_IMPORT) };
}

/** Every chunk reachable from `roots` through static imports (roots included). */
export function staticClosure(dist: string, roots: string[]): string[] {
  const seen = new Set<string>();
  const visit = (chunk: string) => {
    if (seen.has(chunk) || !chunk.endsWith('.js') || !existsSync(join(dist, chunk))) return;
    seen.add(chunk);
    importsOf(dist, chunk).static.forEach(visit);
  };
  roots.forEach(visit);
  return [...seen];
}

/** JS and CSS that load before the first paint (see the file comment). */
export function prePaintAssets(dist: string): { js: Asset[]; css: Asset[] } {
  const { scripts, preloads, styles } = htmlEntries(dist);
  const js = staticClosure(dist, [...scripts, ...preloads]).map((p) => assetOf(dist, p));
  return { js, css: styles.filter((p) => existsSync(join(dist, p))).map((p) => assetOf(dist, p)) };
}

/** All JS and CSS files of the build. */
export function allAssets(dist: string): Asset[] {
  const out: Asset[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(join(dist, dir), { withFileTypes: true })) {
      const p = dir ? `${dir}/${e.name}` : e.name;
      if (e.isDirectory()) walk(p);
      else if (/\.(js|css)$/.test(e.name)) out.push(assetOf(dist, p));
    }
  };
  walk('');
  return out.sort((a, b) => b.gzip - a.gzip);
}

export const sum = (assets: Asset[], key: 'raw' | 'gzip') => assets.reduce((s, a) => s + a[key], 0);

/**
 * Strings only MapLibre's own code contains: its version literal and two API names that survive
 * minification. (The bare word "maplibregl" does not do: the app uses it as a CSS class name.)
 */
export function mapLibreMarkers(root: string): RegExp[] {
  const { version } = JSON.parse(readFileSync(join(root, 'node_modules/maplibre-gl/package.json'), 'utf8')) as { version: string };
  return [new RegExp(`["'\`]${version.replace(/\./g, '\\.')}["'\`]`), /\bsetWorkerUrl\b/, /\bqueryRenderedFeatures\b/];
}

export function containsMapLibre(dist: string, chunk: string, markers: RegExp[]): boolean {
  const code = readFileSync(join(dist, chunk), 'utf8');
  return markers.every((m) => m.test(code));
}
