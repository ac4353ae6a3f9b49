// All numbers the user sees go through Intl so sv-SE gets decimal comma and a space before %.
const cache = new Map<string, Intl.NumberFormat>();

function nf(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = locale + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

export function formatNumber(value: number, digits = 0, locale = 'sv-SE'): string {
  return nf(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** `share` is a percentage value (77.2 means 77,2 %), the unit the data files use. */
export function formatPercent(share: number, digits = 1, locale = 'sv-SE'): string {
  return nf(locale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(share / 100);
}

export function formatKm2(value: number, locale = 'sv-SE'): string {
  return `${formatNumber(value, 2, locale)} km²`;
}
