import { useCallback, useSyncExternalStore } from 'react';

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
  // Stable identity (codecs are module constants), so memoised children taking it keep skipping.
  const set = useCallback(
    (next: T, mode: 'push' | 'replace' = 'push') => {
      const updated = writeParam(codec, search, next);
      if (updated === search) return;
      search = updated;
      emit();
      scheduleWrite(mode);
    },
    [codec],
  );
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

/** The views in the navigation; the accessibility statement is linked from the footer instead. */
export const VIEWS = ['karta', 'insatser', 'matris', 'rankning', 'jamfor', 'metod'] as const;
export const ALL_VIEWS = [...VIEWS, 'tillganglighet'] as const;
export type View = (typeof ALL_VIEWS)[number];

/** `?vy=<view>`: which view is open. */
export const viewParam: ParamCodec<View> = {
  key: 'vy',
  defaultValue: 'karta',
  parse: (raw) => ((ALL_VIEWS as readonly string[]).includes(raw) ? (raw as View) : undefined),
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

/** A flag that is on as `?key=1`; off is left out of the URL. */
export function flagParam(key: string): ParamCodec<boolean> {
  return {
    key,
    defaultValue: false,
    parse: (raw) => (raw === '1' ? true : raw === '0' ? false : undefined),
    serialise: (value) => (value ? '1' : '0'),
  };
}

/** `?inbaddning=1`: the compact mode for the iframe on malmo.se. */
export const embedParam = flagParam('inbaddning');
/** `?visning=1`: presentation mode for a big screen at meetings. */
export const presentParam = flagParam('visning');
/** `?tur=1`: the presentation's auto-tour through the areas is running. */
export const tourParam = flagParam('tur');
/** `?intervall=<seconds>`: how long the tour shows each area (5–300 s). */
export const intervalParam: ParamCodec<number> = {
  key: 'intervall',
  defaultValue: 20,
  parse: (raw) => {
    const n = Number(raw);
    return Number.isInteger(n) && n >= 5 && n <= 300 ? n : undefined;
  },
  serialise: (value) => String(value),
};
/** `?turomraden=a,b,c`: the areas the tour steps through; empty = all 14. */
export const tourAreasParam = slugListParam('turomraden');

export const LANGS = ['sv', 'en'] as const;
export type Lang = (typeof LANGS)[number];
/** `?lang=en`: UI language; Swedish is the default. Data texts stay Swedish. */
export const langParam: ParamCodec<Lang> = {
  key: 'lang',
  defaultValue: 'sv',
  parse: (raw) => ((LANGS as readonly string[]).includes(raw) ? (raw as Lang) : undefined),
  serialise: (value) => value,
};

/** Every parameter, for the deep-link test and for building share/embed links. */
export const ALL_PARAM_KEYS = [
  'omrade', 'lager', 'ar', 'jamfor', 'vy', 'typ', 'org', 'dim', 'tema', 'grupp', 'status', 'sok', 'insats',
  'inbaddning', 'visning', 'tur', 'intervall', 'turomraden', 'lang',
] as const;

/** The current view's full URL, optionally with changed parameters (for share, embed and QR). */
export function currentUrl(changes: Record<string, string | null> = {}): string {
  const params = new URLSearchParams(search);
  for (const [k, v] of Object.entries(changes)) {
    if (v === null) params.delete(k);
    else params.set(k, v);
  }
  const q = params.toString();
  return `${window.location.origin}${window.location.pathname}${q ? `?${q}` : ''}`;
}

/** Puts a parameter back to its default (used when a link carries a value the app cannot use). */
export function resetParam<T>(codec: ParamCodec<T>) {
  const updated = writeParam(codec, search, codec.defaultValue);
  if (updated === search) return;
  search = updated;
  emit();
  scheduleWrite('replace');
}

/** The raw value of every parameter in `codecs` that does not parse, with its key. */
export function invalidParams(codecs: ParamCodec<unknown>[]): { key: string; raw: string; codec: ParamCodec<unknown> }[] {
  return codecs.flatMap((codec) => {
    const { invalid } = readParam(codec, search);
    return invalid === null ? [] : [{ key: codec.key, raw: invalid, codec }];
  });
}
