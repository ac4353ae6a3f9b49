/**
 * Prerenders the page of a plain visit (Swedish, the map view, no parameters) into the built
 * index.html: the app's header and footer, and the areas with their index values, classes and
 * counts from the build's first frame (scripts/lib/first-frame.ts), so the first paint already
 * says what the page is about, and a browser without JavaScript shows the table. The client
 * hydrates it (src/main.tsx) when it shows the same frame, and the app replaces it once loaded.
 *
 *   tsx scripts/prerender.tsx [distDir]     (part of `npm run build`; default dist/)
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderToString } from 'react-dom/server';
import { LoadingFrame, frameKey, type LoadingFrameProps } from '../src/app/boot/loading-frame.tsx';
import { mapAside } from '../src/app/shell/map-aside.ts';
import { langParam, viewParam } from '../src/app/url/codecs.ts';
import { sv } from '../src/lib/copy/sv.ts';
import { computeFirstFrame } from './lib/first-frame.ts';

const ROOT = '<div id="root"></div>';

export function prerender(distDir: string, publicDir: string) {
  const htmlFile = resolve(distDir, 'index.html');
  const html = readFileSync(htmlFile, 'utf8');
  if (!html.includes(ROOT)) throw new Error(`${htmlFile}: hittar inte ${ROOT} (redan förrenderad?)`);
  const props: LoadingFrameProps = {
    t: sv,
    lang: langParam.defaultValue,
    mode: 'normal',
    view: viewParam.defaultValue,
    showsMap: true,
    mapAside: mapAside(viewParam.defaultValue, 'normal', false),
    firstFrame: computeFirstFrame(publicDir),
  };
  const body = renderToString(<LoadingFrame {...props} />);
  const out = html.replace(ROOT, `<div id="root" data-frame="${frameKey(props)}">${body}</div>`);
  writeFileSync(htmlFile, out);
  // The service worker caches index.html by a revision of its content: the prerendered one's.
  const swFile = resolve(distDir, 'sw.js');
  const sw = readFileSync(swFile, 'utf8');
  const revised = sw.replace(/(\{url:"index\.html",revision:")[0-9a-f]+(")/, `$1${createHash('md5').update(out).digest('hex')}$2`);
  if (revised === sw) throw new Error(`${swFile}: hittar inte index.html:s revision`);
  writeFileSync(swFile, revised);
  return { areas: props.firstFrame?.areas.length ?? 0 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve(import.meta.dirname, '..');
  const { areas } = prerender(resolve(root, process.argv[2] ?? 'dist'), resolve(root, 'public'));
  console.log(`Förrenderade index.html (${areas} områden).`);
}
