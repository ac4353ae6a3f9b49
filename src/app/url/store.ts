import type { ParamCodec } from './codecs';

/**
 * The query string as the app's one source of truth for shared state (src/app/README.md). Reads
 * are synchronous from this module's copy; writes update it at once (so the UI follows in the same
 * render) and reach `history` debounced. Kept free of React: the entry chunk uses `currentUrl`.
 */

export const WRITE_DEBOUNCE_MS = 200;

export type WriteMode = 'push' | 'replace';

type Listener = () => void;
const listeners = new Set<Listener>();
let search = typeof window === 'undefined' ? '' : window.location.search;
let pendingWrite: ReturnType<typeof setTimeout> | undefined;
let pendingMode: WriteMode = 'replace';

function emit() {
  for (const l of listeners) l();
}

export function subscribeUrl(listener: Listener): () => void {
  if (listeners.size === 0) window.addEventListener('popstate', onPopState);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', onPopState);
  };
}

export const currentSearch = (): string => search;

function onPopState() {
  clearTimeout(pendingWrite);
  pendingWrite = undefined;
  search = window.location.search;
  emit();
}

// Browsers throttle history updates (Safari: 100 per 30 s), so bursts of changes are written
// once, after the user pauses. A push in the burst wins over replaces, so Back still works.
function scheduleWrite(mode: WriteMode) {
  if (mode === 'push') pendingMode = 'push';
  clearTimeout(pendingWrite);
  pendingWrite = setTimeout(flushUrlWrites, WRITE_DEBOUNCE_MS);
}

export function flushUrlWrites() {
  if (pendingWrite === undefined) return;
  clearTimeout(pendingWrite);
  pendingWrite = undefined;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (pendingMode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
  pendingMode = 'replace';
}

/** For tests: start from a given query string. */
export function resetUrlState(query = window.location.search) {
  clearTimeout(pendingWrite);
  pendingWrite = undefined;
  search = query;
  dataDefaults.clear();
  emit();
}

/**
 * Defaults that come from the data rather than the code (the year: the latest with real values).
 * Registered once the data is known, so that choosing that value leaves it out of the URL too.
 */
const dataDefaults = new Map<string, string>();

export function setDataDefault<T>(codec: ParamCodec<T>, value: T): void {
  dataDefaults.set(codec.key, codec.serialise(value));
}

export function readParam<T>(codec: ParamCodec<T>, query: string): { value: T; invalid: string | null } {
  const raw = new URLSearchParams(query).get(codec.key);
  if (raw === null || raw === '') return { value: codec.defaultValue, invalid: null };
  const parsed = codec.parse(raw);
  return parsed === undefined ? { value: codec.defaultValue, invalid: raw } : { value: parsed, invalid: null };
}

/** `query` with `value` for the codec's parameter; a default (the code's or the data's) is left out. */
export function writeParam<T>(codec: ParamCodec<T>, query: string, value: T): string {
  const params = new URLSearchParams(query);
  const serialised = codec.serialise(value);
  if (serialised === codec.serialise(codec.defaultValue) || serialised === dataDefaults.get(codec.key)) params.delete(codec.key);
  else params.set(codec.key, serialised);
  const next = params.toString();
  return next ? `?${next}` : '';
}

/**
 * Sets one parameter. A user's choice is a `push` (Back undoes it); corrections and bursts such
 * as typing are a `replace`. A plain module function, so its identity never changes.
 */
export function setParam<T>(codec: ParamCodec<T>, value: T, mode: WriteMode = 'push'): void {
  setParams([change(codec, value)], mode);
}

/** One parameter's new value, for `setParams`. */
export type ParamChange = readonly [ParamCodec<unknown>, unknown];
export const change = <T,>(codec: ParamCodec<T>, value: T): ParamChange => [codec as ParamCodec<unknown>, value];

/** Several parameters in one change (one render, one history entry). */
export function setParams(changes: readonly ParamChange[], mode: WriteMode = 'push'): void {
  let updated = search;
  for (const [codec, value] of changes) updated = writeParam(codec, updated, value);
  if (updated === search) return;
  search = updated;
  emit();
  scheduleWrite(mode);
}

/** The current view's full URL, optionally with changed parameters (for share, embed and QR). */
export function currentUrl(changes: Record<string, string | null> = {}): string {
  const params = new URLSearchParams(search);
  for (const [k, v] of Object.entries(changes)) {
    if (v === null) params.delete(k);
    else params.set(k, v);
  }
  const q = params.toString();
  // Prerendered at build time (scripts/prerender.tsx) there is no window: a link relative to the page.
  if (typeof window === 'undefined') return q ? `?${q}` : './';
  return `${window.location.origin}${window.location.pathname}${q ? `?${q}` : ''}`;
}
