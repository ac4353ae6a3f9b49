/**
 * In-page instrumentation, installed with addInitScript before any of the page's own code runs.
 * It only observes: a MutationObserver, capture-phase input listeners, rAF and a MessageChannel.
 *
 * Interaction latency = from the input event's timestamp to the end of the first frame that
 * follows the last DOM change the input caused ("the next frame after the UI settles"). The
 * frame's end is taken as a MessageChannel message posted from that frame's rAF callback, which
 * runs once the frame's style, layout and paint are done. The map's `data-map-idle` counter is
 * not a UI change: it is recorded separately as "input → map idle".
 */

export interface BenchState {
  /** performance.now() of every change of .map-canvas[data-map-idle] */
  idles: number[];
  /** performance.now() of every change of .map-canvas[data-map-changes]: the page changed the map. */
  changes: number[];
  /** performance.now() when these first appeared in the DOM */
  marks: Record<string, number>;
  mutSeq: number;
  paintedSeq: number;
  lastMutation: number;
  frameAfterMutation: number;
  armed: boolean;
  t0: number | null;
  inputType: string | null;
  frameAfterInput: number;
  /** What an interaction waits to see (arm's `watch`), and the end of the frame it first showed in. */
  watch: Watch | null;
  watchedFrame: number;
  /** Cumulative layout shift so far (layout-shift entries without recent input), as Lighthouse sums it. */
  cls: number;
}

/** An element the user waits for: `selector` present (with `text` in it, if given). */
export interface Watch {
  selector: string;
  text?: string;
}

declare global {
  interface Window {
    __bench: BenchState;
  }
}

/** Selectors whose first appearance is recorded in `marks` (name → selector). */
export const MARKS: Record<string, string> = {
  areaList: 'ul.area-list',
  indexControls: '.index-controls',
  mapContainer: '.map-canvas',
  initiativeList: '.initiative-list',
  /** The app has given the map its index colours (MapView counts this up on every choropleth). */
  choropleth: '.map-canvas[data-choropleth]:not([data-choropleth="0"])',
};

/** Serialised into the page: must not reference anything outside its own body. */
export function installInstrumentation(marks: Record<string, string>) {
  const b: BenchState = {
    idles: [],
    changes: [],
    marks: {},
    mutSeq: 0,
    paintedSeq: 0,
    lastMutation: 0,
    frameAfterMutation: 0,
    armed: false,
    t0: null,
    inputType: null,
    frameAfterInput: 0,
    watch: null,
    watchedFrame: 0,
    cls: 0,
  };
  window.__bench = b;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) b.cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    // No layout-shift entries in this browser: CLS stays 0 and is reported as such.
  }
  const afterFrame = (done: () => void) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => done();
      ch.port2.postMessage(0);
    });
  let framePending = false;
  const checkMarks = () => {
    for (const [name, sel] of Object.entries(marks)) if (!(name in b.marks) && document.querySelector(sel)) b.marks[name] = performance.now();
  };
  const observer = new MutationObserver((records) => {
    const now = performance.now();
    let ui = false;
    for (const r of records) {
      if (r.type === 'attributes' && r.attributeName === 'data-map-idle') b.idles.push(now);
      else if (r.type === 'attributes' && r.attributeName === 'data-map-changes') b.changes.push(now);
      // The map view's other counters (data-map-ready, -changes, -idle-changes, data-choropleth)
      // are for tests and this bench, not something a person sees.
      else if (r.type === 'attributes' && (r.attributeName?.startsWith('data-map-') || r.attributeName === 'data-choropleth')) continue;
      else ui = true;
    }
    checkMarks();
    if (!ui) return;
    const w = b.watch;
    if (w && b.t0 !== null && b.watchedFrame === 0) {
      const el = document.querySelector(w.selector);
      if (el && (w.text === undefined || el.textContent?.includes(w.text))) {
        b.watch = null;
        afterFrame(() => {
          b.watchedFrame = performance.now();
        });
      }
    }
    b.mutSeq++;
    b.lastMutation = now;
    if (framePending) return;
    framePending = true;
    requestAnimationFrame(() => {
      framePending = false;
      const seq = b.mutSeq;
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        b.paintedSeq = Math.max(b.paintedSeq, seq);
        b.frameAfterMutation = performance.now();
      };
      ch.port2.postMessage(0);
    });
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  const onInput = (e: Event) => {
    if (!b.armed || b.t0 !== null) return;
    b.t0 = e.timeStamp;
    b.inputType = e.type;
    afterFrame(() => {
      b.frameAfterInput = performance.now();
    });
  };
  for (const type of ['pointerdown', 'mousedown', 'keydown', 'input', 'change', 'click']) window.addEventListener(type, onInput, { capture: true });
}

/** Page side of an interaction measurement: call before the input. */
export function arm(watch: Watch | null = null) {
  const b = window.__bench;
  b.armed = true;
  b.watch = watch;
  b.watchedFrame = 0;
  b.t0 = null;
  b.inputType = null;
  b.frameAfterInput = 0;
  return b.idles.length;
}

/** True when the input has happened, its last DOM change is painted, and nothing changed for `quietMs`. */
export function settled(quietMs: number) {
  const b = window.__bench;
  if (b.t0 === null || b.frameAfterInput === 0) return false;
  const last = Math.max(b.lastMutation, b.t0);
  return b.paintedSeq >= b.mutSeq && performance.now() - last >= quietMs;
}

export function readout(idlesBefore: number) {
  const b = window.__bench;
  b.armed = false;
  const t0 = b.t0 ?? NaN;
  const frame = b.lastMutation > t0 ? Math.max(b.frameAfterMutation, b.frameAfterInput) : b.frameAfterInput;
  const idle = b.idles.slice(idlesBefore).find((t) => t >= t0);
  // The map part: from the page's first change to the map (its data-map-changes counter) to the
  // map's next idle, the same on the app and on the bare page.
  const change = b.changes.find((t) => t >= t0);
  const idleAfterChange = change === undefined ? undefined : b.idles.find((t) => t >= change);
  return {
    t0,
    inputType: b.inputType,
    latency: frame - t0,
    toDomSettled: b.lastMutation > t0 ? b.lastMutation - t0 : 0,
    toMapIdle: idle === undefined ? null : idle - t0,
    mapPart: idleAfterChange === undefined ? null : idleAfterChange - change!,
    toWatched: b.watchedFrame > 0 ? b.watchedFrame - t0 : null,
  };
}
