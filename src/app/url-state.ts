import { useSyncExternalStore } from 'react';

/**
 * The URL is the state of everything a user would share (see src/app/README.md). Each parameter
 * has a parse/serialise pair; a value equal to the default is left out of the URL; a value that
 * does not parse falls back to the default and is reported, so the UI can tell the user.
 */
export interface ParamCodec<T> {
  key: string;
  defaultValue: T;
  /** Returns undefined for a value that is not valid. */
  parse: (raw: string) => T | undefined;
  serialise: (value: T) => string;
}

export const WRITE_DEBOUNCE_MS = 200;

type Listener = () => void;
const listeners = new Set<Listener>();
let search = typeof window === 'undefined' ? '' : window.location.search;
let pendingWrite: ReturnType<typeof setTimeout> | undefined;
let pendingMode: 'push' | 'replace' = 'replace';

function emit() {
  for (const l of listeners) l();
}

function subscribe(listener: Listener) {
  if (listeners.size === 0) window.addEventListener('popstate', onPopState);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', onPopState);
  };
}

function onPopState() {
  clearTimeout(pendingWrite);
  pendingWrite = undefined;
  search = window.location.search;
  emit();
}

// Browsers throttle history updates (Safari: 100 per 30 s), so bursts of changes are written
// once, after the user pauses. A push in the burst wins over replaces, so Back still works.
function scheduleWrite(mode: 'push' | 'replace') {
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
  emit();
}

export function readParam<T>(codec: ParamCodec<T>, query: string): { value: T; invalid: string | null } {
  const raw = new URLSearchParams(query).get(codec.key);
  if (raw === null || raw === '') return { value: codec.defaultValue, invalid: null };
  const parsed = codec.parse(raw);
  return parsed === undefined ? { value: codec.defaultValue, invalid: raw } : { value: parsed, invalid: null };
}

export function writeParam<T>(codec: ParamCodec<T>, query: string, value: T): string {
  const params = new URLSearchParams(query);
  const serialised = codec.serialise(value);
  if (serialised === codec.serialise(codec.defaultValue)) params.delete(codec.key);
  else params.set(codec.key, serialised);
  const next = params.toString();
  return next ? `?${next}` : '';
}

export function useUrlParam<T>(codec: ParamCodec<T>) {
  const query = useSyncExternalStore(subscribe, () => search, () => '');
  const { value, invalid } = readParam(codec, query);
  const set = (next: T, mode: 'push' | 'replace' = 'push') => {
    const updated = writeParam(codec, search, next);
    if (updated === search) return;
    search = updated;
    emit();
    scheduleWrite(mode);
  };
  return [value, set, invalid] as const;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** `?omrade=<slug>`: the selected area. Whether the slug exists is checked against the data. */
export const areaParam: ParamCodec<string | null> = {
  key: 'omrade',
  defaultValue: null,
  parse: (raw) => (SLUG.test(raw) ? raw : undefined),
  serialise: (value) => value ?? '',
};

/** `?lager=<id>`: the index layer (composite "index", a dimension or an indicator id). */
export const layerParam: ParamCodec<string> = {
  key: 'lager',
  defaultValue: 'index',
  parse: (raw) => (SLUG.test(raw) ? raw : undefined),
  serialise: (value) => value,
};

/** `?ar=<year>`: null means "the default year of the data" (the latest with real values). */
export const yearParam: ParamCodec<number | null> = {
  key: 'ar',
  defaultValue: null,
  parse: (raw) => (/^\d{4}$/.test(raw) ? Number(raw) : undefined),
  serialise: (value) => (value === null ? '' : String(value)),
};

/** `?jamfor=a,b,c`: 2–4 areas to compare, in the order chosen. */
export const compareParam: ParamCodec<string[]> = {
  key: 'jamfor',
  defaultValue: [],
  parse: (raw) => {
    const list = raw.split(',');
    return list.length <= 4 && list.every((s) => SLUG.test(s)) && new Set(list).size === list.length ? list : undefined;
  },
  serialise: (value) => value.join(','),
};

export const VIEWS = ['karta', 'insatser', 'matris', 'rankning', 'jamfor', 'metod'] as const;
export type View = (typeof VIEWS)[number];

/** `?vy=<view>`: which view is open. */
export const viewParam: ParamCodec<View> = {
  key: 'vy',
  defaultValue: 'karta',
  parse: (raw) => (VIEWS as readonly string[]).includes(raw) ? (raw as View) : undefined,
  serialise: (value) => value,
};

/** A comma-separated list of slugs (`?org=mkb,polisen`); whether they exist is checked against data. */
export function slugListParam(key: string): ParamCodec<string[]> {
  return {
    key,
    defaultValue: [],
    parse: (raw) => {
      const list = raw.split(',').filter(Boolean);
      return list.every((s) => SLUG.test(s)) ? [...new Set(list)] : undefined;
    },
    serialise: (value) => value.join(','),
  };
}

export const filterParams = {
  kind: slugListParam('typ'),
  organisation: slugListParam('org'),
  dimension: slugListParam('dim'),
  theme: slugListParam('tema'),
  targetGroup: slugListParam('grupp'),
  status: slugListParam('status'),
} as const;

/** `?sok=<text>`: free-text search over initiatives; capped so a pasted essay cannot stall the UI. */
export const searchParam: ParamCodec<string> = {
  key: 'sok',
  defaultValue: '',
  parse: (raw) => (raw.length <= 100 ? raw : undefined),
  serialise: (value) => value,
};

/** `?insats=<id>`: the initiative whose detail is open. */
export const initiativeParam: ParamCodec<string | null> = {
  key: 'insats',
  defaultValue: null,
  parse: (raw) => (SLUG.test(raw) ? raw : undefined),
  serialise: (value) => value ?? '',
};
