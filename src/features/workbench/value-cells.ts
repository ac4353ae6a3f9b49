/**
 * Reading a values spreadsheet's cells as editors type them: numbers with a Swedish or English
 * decimal sign, and names or codes of places whatever their case, accents or spaces.
 */
import { normaliseHeader } from './table';

/** Two decimals, as the values file keeps them. */
export const round2 = (x: number) => Math.round(x * 100) / 100;
/** 66.67 → "66,67" for messages. */
export const sv = (x: number) => String(round2(x)).replace('.', ',');

/**
 * A number as Swedish or English spreadsheets write it: "1 234,5", "1234.5", "82,7 %". Returns
 * null for an empty cell and NaN for text that is not a number.
 */
export function parseNumber(cell: string): number | null {
  const s = cell.replace(/[\s\u00a0\u202f]/g, '').replace(/%$/, '').replace(/^\u2212/, '-');
  if (s === '') return null;
  if (s.includes(',') && s.includes('.')) return NaN;
  if (!/^-?\d+([.,]\d+)?$/.test(s)) return NaN;
  return Number(s.replace(',', '.'));
}

/** Lower case, no accents or spaces: "Västra hamnen" and "vastra-hamnen" find the same area. */
const key = (s: string) => normaliseHeader(s).replace(/[_-]/g, '');

export function lookup<T>(entries: [string, T][]): { get: (name: string) => T | undefined; ambiguous: (name: string) => boolean } {
  const map = new Map<string, T>();
  const twice = new Set<string>();
  for (const [name, value] of entries) {
    const k = key(name);
    const prev = map.get(k);
    if (prev !== undefined && prev !== value) twice.add(k);
    else map.set(k, value);
  }
  return { get: (name) => (twice.has(key(name)) ? undefined : map.get(key(name))), ambiguous: (name) => twice.has(key(name)) };
}
