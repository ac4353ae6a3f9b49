/**
 * A small static server for the benchmark: each site (the app's build under /app/, other builds
 * being compared under /app-2/ …, the bare MapLibre page under /bare/) at its own path prefix;
 * data a site lacks (the bare page has none) comes from `dataDir`, so all load the very same
 * files; in scale mode the synthetic files are overlaid on all. Bodies are sent uncompressed (loopback: the
 * wire size does not matter, and compressing on the fly would only add CPU noise); the gzip
 * sizes in the report are computed from the files. Every response is logged, so the bench also
 * sees what MapLibre's web worker fetches (the page's Resource Timing does not).
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.pbf': 'application/x-protobuf',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

export interface ServedFile {
  /** URL path as requested, e.g. /app/assets/index-abc.js */
  url: string;
  /** File on disk that answered it. */
  file: string;
  bytes: number;
  at: number;
}

export interface BenchServer {
  origin: string;
  log: ServedFile[];
  close: () => Promise<void>;
}

export interface ServeOptions {
  /** URL prefix (without slashes) → folder. */
  sites: Record<string, string>;
  /** Where geo/, data/ and glyphs/ come from for a site that has none. */
  dataDir: string;
  /** Relative paths (geo/omraden.geojson, …) → files that replace them for both pages. */
  overlay?: Record<string, string>;
  headers?: Record<string, string>;
}

function safeJoin(dir: string, rel: string): string | null {
  const p = normalize(join(dir, rel));
  return p.startsWith(resolve(dir)) ? p : null;
}

export async function serve(options: ServeOptions): Promise<BenchServer> {
  const log: ServedFile[] = [];
  const sites = Object.fromEntries(Object.entries(options.sites).map(([k, v]) => [k, resolve(v)]));
  const dataDir = resolve(options.dataDir);
  const overlay = options.overlay ?? {};
  const cache = new Map<string, Buffer>();
  const read = (file: string) => {
    let body = cache.get(file);
    if (!body) cache.set(file, (body = readFileSync(file)));
    return body;
  };

  const resolveFile = (pathname: string): string | null => {
    const m = /^\/([^/]+)\/(.*)$/.exec(pathname);
    const dir = m ? sites[m[1]!] : undefined;
    if (!m || !dir) return null;
    const rest = m[2] === '' ? 'index.html' : m[2]!;
    if (overlay[rest]) return overlay[rest]!;
    const own = safeJoin(dir, rest);
    if (own && existsSync(own) && statSync(own).isFile()) return own;
    // The bare page has no data of its own: the same files as the app.
    if (/^(geo|data|glyphs)\//.test(rest)) {
      const shared = safeJoin(dataDir, rest);
      if (shared && existsSync(shared)) return shared;
    }
    return null;
  };

  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = resolveFile(pathname);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    const body = read(file);
    res.writeHead(200, {
      ...options.headers,
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': 'no-cache',
    });
    res.end(body);
    log.push({ url: pathname, file, bytes: body.length, at: Date.now() });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
