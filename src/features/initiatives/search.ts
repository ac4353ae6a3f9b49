/**
 * Free-text search over the register: every query word must start a word of a record's name,
 * aliases or description, ignoring case and diacritics.
 */
import type { Initiative } from './api/initiatives';

// Combining marks, which NFD splits off the letters they sit on ("ö" = "o" + U+0308). Swedish has
// no locale-specific case mappings, so toLowerCase() equals toLocaleLowerCase('sv'), and is faster.
const COMBINING_MARKS = /\p{M}/gu;

/** Lower case without diacritics, so "orat" finds "Örat mot marken" and "malmo" finds "Malmö". */
export function normaliseText(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '').replace(/\s+/g, ' ').trim();
}

// Runs of anything but letters and digits: word separators, for the query and the records alike.
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * Every query word must start a word of the name, aliases or description: "orat" finds "Örat mot
 * marken" but not "koordinator", and "trygg" finds "Tryggare Malmö".
 */
// Normalised once per record, as " word word …": a query word starts a record word exactly when
// " " + word occurs in it, and one string per record costs far less memory than a word array.
const haystacks = new WeakMap<Initiative, string>();
let lastQuery = '';
let lastNeedles: string[] = [];
export function matchesSearch(item: Initiative, query: string): boolean {
  if (query !== lastQuery) {
    lastQuery = query;
    lastNeedles = normaliseText(query)
      .split(NON_WORD)
      .filter(Boolean)
      .map((w) => ` ${w}`);
  }
  const needles = lastNeedles;
  if (needles.length === 0) return true;
  const haystack = haystackOf(item);
  return needles.every((n) => haystack.includes(n));
}

function haystackOf(item: Initiative): string {
  let haystack = haystacks.get(item);
  if (haystack === undefined) {
    haystack = ` ${normaliseText([item.name, ...item.aliases, item.description].join(' ')).replace(NON_WORD, ' ').trim()}`;
    haystacks.set(item, haystack);
  }
  return haystack;
}

const SLICE_MS = 8;

/**
 * Normalises the records' search text in idle time, a slice at a time, so that the first
 * keystroke does not pay for the whole register (a quarter of a second at 10,000 records).
 * Returns a function that stops it. Does nothing where the browser has no requestIdleCallback.
 */
export function prepareSearch(items: Initiative[]): () => void {
  if (typeof requestIdleCallback !== 'function') return () => undefined;
  let next = 0;
  let handle = 0;
  const step = (deadline: IdleDeadline) => {
    // At most SLICE_MS at a time, not all the idle period offers (up to 50 ms): a click that comes
    // in the middle of a slice waits for it.
    const until = performance.now() + SLICE_MS;
    while (next < items.length && deadline.timeRemaining() > 1 && performance.now() < until) haystackOf(items[next++]!);
    if (next < items.length) handle = requestIdleCallback(step);
  };
  handle = requestIdleCallback(step);
  return () => cancelIdleCallback(handle);
}
