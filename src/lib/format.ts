// All numbers the user sees go through Intl so sv-SE gets decimal comma and a space before %.
const cache = new Map<string, Intl.NumberFormat>();

/**
 * The UI locale, set once per render by the app from ?lang (sv-SE or en-GB). Module state rather
 * than a parameter on every call: formatting happens in dozens of places and must all agree.
 */
let uiLocale = 'sv-SE';
export function setUiLocale(locale: 'sv-SE' | 'en-GB') {
  uiLocale = locale;
}
export function getUiLocale() {
  return uiLocale;
}

function nf(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = locale + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

export function formatNumber(value: number, digits = 0, locale = uiLocale): string {
  return nf(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** `share` is a percentage value (77.2 means 77,2 %), the unit the data files use. */
export function formatPercent(share: number, digits = 1, locale = uiLocale): string {
  return nf(locale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(share / 100);
}

export function formatKm2(value: number, locale = uiLocale): string {
  return `${formatNumber(value, 2, locale)} km²`;
}

/** A date (YYYY-MM-DD) in the UI locale: 23 november 2026 / 23 November 2026. */
export function formatDate(iso: string, locale = uiLocale): string {
  const d = new Date(`${iso}T12:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}
