/**
 * `--profile`: where the main thread's time goes. Self time per function from a V8
 * .cpuprofile, mapped back to the source through the build's source maps.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** A minimal source map reader (v3, no sections): original position of a generated one. */
export class SourceMap {
  private lines: number[][][] = [];
  constructor(private map: { sources: string[]; names?: string[]; mappings: string }) {
    const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    let src = 0;
    let line = 0;
    let col = 0;
    let name = 0;
    for (const l of map.mappings.split(';')) {
      const segs: number[][] = [];
      let gen = 0;
      for (const seg of l.split(',')) {
        if (!seg) continue;
        const vals: number[] = [];
        let shift = 0;
        let value = 0;
        for (const ch of seg) {
          const d = B64.indexOf(ch);
          value += (d & 31) << shift;
          if (d & 32) shift += 5;
          else {
            vals.push(value & 1 ? -(value >>> 1) : value >>> 1);
            shift = 0;
            value = 0;
          }
        }
        gen += vals[0]!;
        if (vals.length >= 4) {
          src += vals[1]!;
          line += vals[2]!;
          col += vals[3]!;
          if (vals.length >= 5) name += vals[4]!;
          segs.push([gen, src, line, col, vals.length >= 5 ? name : -1]);
        }
      }
      this.lines.push(segs);
    }
  }
  /** line 1-based, column 0-based, like source-map's originalPositionFor. */
  originalPositionFor({ line, column }: { line: number; column: number }): { source: string | null; line: number; name: string | null } {
    const segs = this.lines[line - 1] ?? [];
    let best: number[] | undefined;
    for (const s of segs) if (s[0]! <= column) best = s;
    if (!best) return { source: null, line: 0, name: null };
    return { source: this.map.sources[best[1]!] ?? null, line: best[2]! + 1, name: best[4]! >= 0 ? (this.map.names?.[best[4]!] ?? null) : null };
  }
}

/** The source map of a built file, read once (null when the build has none). */
function sourceMaps(): (file: string) => SourceMap | null {
  const maps = new Map<string, SourceMap | null>();
  return (file) => {
    if (!maps.has(file)) maps.set(file, existsSync(`${file}.map`) ? new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8'))) : null);
    return maps.get(file)!;
  };
}

export interface Hotspot {
  name: string;
  where: string;
  selfMs: number;
}

/** Top functions by self time; `distForUrl` maps a script URL to its file in the build. */
export function hotspots(profile: CpuProfile, distForUrl: (url: string) => string | null, top = 12): { totalMs: number; hot: Hotspot[] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0)));
  const consumer = sourceMaps();
  const agg = new Map<string, Hotspot>();
  let total = 0;
  for (const [id, us] of self) {
    const cf = byId.get(id)!.callFrame;
    total += us;
    if (cf.functionName === '(idle)' || cf.functionName === '(program)') continue;
    let name = cf.functionName || '(anonym)';
    let where = cf.url ? `${cf.url.replace(/^https?:\/\/[^/]+\/[^/]+\//, '')}:${cf.lineNumber + 1}` : '(inbyggd)';
    const file = cf.url ? distForUrl(cf.url) : null;
    const map = file ? consumer(file) : null;
    if (map) {
      const pos = map.originalPositionFor({ line: cf.lineNumber + 1, column: cf.columnNumber });
      if (pos.source) {
        where = `${pos.source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, '')}:${pos.line}`;
        if (pos.name) name = pos.name;
      }
    }
    const key = `${name}@${where}`;
    const h = agg.get(key) ?? { name, where, selfMs: 0 };
    h.selfMs += us / 1000;
    agg.set(key, h);
  }
  const hot = [...agg.values()].sort((a, b) => b.selfMs - a.selfMs).slice(0, top).map((h) => ({ ...h, selfMs: Math.round(h.selfMs) }));
  return { totalMs: Math.round(total / 1000), hot };
}

export const distResolver = (prefix: string, appDir: string) => (url: string) => {
  const m = new RegExp(`^/${prefix}/(.*)$`).exec(new URL(url).pathname);
  const file = m ? join(appDir, m[1]!) : null;
  return file && existsSync(file) ? file : null;
};

/**
 * Main-thread CPU time of one profile split by whose code ran: MapLibre's (its sources in the
 * build's source maps) or the app's (everything else with a script: our code, React, recharts…).
 * A sample in a built-in (a DOM call, a regex) counts for the nearest script frame above it;
 * idle, "(program)" and garbage collection are neither.
 */
export function workBySource(profile: CpuProfile, distForUrl: (url: string) => string | null): { appMs: number; mapMs: number } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const consumer = sourceMaps();
  const owner = new Map<number, 'app' | 'map' | null>();
  const ownerOf = (id: number): 'app' | 'map' | null => {
    if (owner.has(id)) return owner.get(id)!;
    const n = byId.get(id)!;
    let o: 'app' | 'map' | null;
    if (['(idle)', '(program)', '(garbage collector)', '(root)'].includes(n.callFrame.functionName)) o = null;
    else if (!n.callFrame.url) o = parent.has(id) ? ownerOf(parent.get(id)!) : null;
    else {
      const file = distForUrl(n.callFrame.url);
      const source = file ? consumer(file)?.originalPositionFor({ line: n.callFrame.lineNumber + 1, column: n.callFrame.columnNumber }).source : null;
      o = /maplibre-gl/.test(source ?? n.callFrame.url) ? 'map' : 'app';
    }
    owner.set(id, o);
    return o;
  };
  let app = 0;
  let map = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0;
    const o = ownerOf(id);
    if (o === 'app') app += us;
    else if (o === 'map') map += us;
  });
  return { appMs: Math.round(app / 1000), mapMs: Math.round(map / 1000) };
}
