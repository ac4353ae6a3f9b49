/**
 * One codec per URL parameter (the table is in src/app/README.md): a parse/serialise pair and the
 * default. A value that does not parse falls back to the default and is reported; a value equal
 * to the default is left out of the URL by the store (./store.ts), so no caller has to.
 */
export interface ParamCodec<T> {
  key: string;
  defaultValue: T;
  /** Returns undefined for a value that is not valid. */
  parse: (raw: string) => T | undefined;
  serialise: (value: T) => string;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** `?omrade=<slug>`: the selected area. Whether the slug exists is checked against the data. */
export const areaParam: ParamCodec<string | null> = {
  key: 'omrade',
  defaultValue: null,
  parse: (raw) => (SLUG.test(raw) ? raw : undefined),
  serialise: (value) => value ?? '',
};

/** `?delomrade=<slug>`: the open delområde (within `omrade`). Whether it exists is checked against data. */
export const subareaParam: ParamCodec<string | null> = {
  key: 'delomrade',
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

/** The views in the navigation; the accessibility statement is linked from the footer, the editors' workbench from the method page. */
export const VIEWS = ['karta', 'insatser', 'matris', 'samordning', 'rankning', 'jamfor', 'metod'] as const;
export const ALL_VIEWS = [...VIEWS, 'tillganglighet', 'redigera'] as const;
export type View = (typeof ALL_VIEWS)[number];

/** `?vy=<view>`: which view is open. */
export const viewParam: ParamCodec<View> = {
  key: 'vy',
  defaultValue: 'karta',
  parse: (raw) => ((ALL_VIEWS as readonly string[]).includes(raw) ? (raw as View) : undefined),
  serialise: (value) => value,
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

/** `?insatsomraden=1`: the map outlines the insatsområden (features/initiatives/focus.ts). */
export const focusParam = flagParam('insatsomraden');

/** `?karta=1`: the map beside the table and chart views, where it otherwise steps aside. */
export const mapParam = flagParam('karta');

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

/**
 * `?vikter=delaktighet:2,ekonomi:0`: the dimensions' weights in "Väg själv" (0–5 each; a dimension
 * not listed keeps the proposal's weight). Which ids exist is checked against the definition.
 */
export const weightsParam: ParamCodec<Readonly<Record<string, number>>> = {
  key: 'vikter',
  defaultValue: {},
  parse: (raw) => {
    const pairs = raw.split(',').map((p) => /^([a-z0-9]+(?:-[a-z0-9]+)*):([0-5])$/.exec(p));
    if (pairs.some((m) => !m)) return undefined;
    const ids = pairs.map((m) => m![1]!);
    return new Set(ids).size === ids.length ? Object.fromEntries(pairs.map((m) => [m![1]!, Number(m![2])])) : undefined;
  },
  serialise: (value) =>
    Object.entries(value)
      .map(([id, w]) => `${id}:${w}`)
      .join(','),
};
/** `?utan=a,b`: indicators left out of the index in "Väg själv". */
export const leftOutParam = slugListParam('utan');

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

/** `?helastaden=1`: Samordning with an area counts the city-wide insatser too. */
export const withCityWideParam = flagParam('helastaden');

/** `?ruta=<tema>~<grupp>`: Samordning's open cell (theme and target group ids; checked against the data). */
export const cellParam: ParamCodec<string | null> = {
  key: 'ruta',
  defaultValue: null,
  parse: (raw) => {
    const [theme, group, ...rest] = raw.split('~');
    return rest.length === 0 && theme && group && SLUG.test(theme) && SLUG.test(group) ? raw : undefined;
  },
  serialise: (value) => value ?? '',
};

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
  'omrade', 'delomrade', 'lager', 'ar', 'jamfor', 'vy', 'karta', 'typ', 'org', 'dim', 'tema', 'grupp', 'status', 'sok', 'insats',
  'inbaddning', 'visning', 'tur', 'intervall', 'turomraden', 'lang', 'vikter', 'utan', 'helastaden', 'ruta',
] as const;

