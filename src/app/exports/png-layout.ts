/**
 * Where everything of the map picture goes (export-png.ts draws it): pure, so that what the user
 * trips over (a title cut off at the right edge, a hatched swatch drawn outside its legend box) is
 * tested without a canvas. Text is measured by the caller's `measure` (the canvas's own in the app).
 */
export interface PngLegendItem {
  color: string;
  label: string;
  hatched?: boolean;
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface TextBlock {
  lines: string[];
  font: string;
  size: number;
  lineHeight: number;
  /** Baseline of the first line. */
  y: number;
}

export interface PngLayout {
  width: number;
  height: number;
  pad: number;
  title: TextBlock;
  subtitle: TextBlock | null;
  map: Rect;
  legend: {
    box: Rect;
    font: string;
    items: { item: PngLegendItem; swatch: Rect; label: { x: number; y: number }; hatch: [number, number, number, number][] }[];
  };
  source: TextBlock;
}

export type Measure = (text: string, font: string) => number;

const FAMILY = 'system-ui, "DejaVu Sans", sans-serif';
const font = (size: number, bold = false) => `${bold ? 'bold ' : ''}${size}px ${FAMILY}`;
const PAD = 24;
const TITLE_SIZES = [26, 24, 22, 20, 18];
const SWATCH = { w: 22, h: 16 };

/** Greedy word wrap; a word wider than the line is broken by characters. */
export function wrapText(text: string, maxWidth: number, fontSpec: string, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (word: string) => {
    const next = line ? `${line} ${word}` : word;
    if (measure(next, fontSpec) <= maxWidth) {
      line = next;
      return;
    }
    if (line) lines.push(line);
    line = '';
    if (measure(word, fontSpec) <= maxWidth) {
      line = word;
      return;
    }
    let part = '';
    for (const ch of word) {
      if (part && measure(part + ch, fontSpec) > maxWidth) {
        lines.push(part);
        part = '';
      }
      part += ch;
    }
    line = part;
  };
  for (const word of text.split(/\s+/).filter(Boolean)) push(word);
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}

/** The title at the largest size that takes at most two lines (wrapped at the smallest otherwise). */
function titleBlock(title: string, maxWidth: number, measure: Measure, y: number): TextBlock {
  for (const size of TITLE_SIZES) {
    const f = font(size, true);
    const lines = wrapText(title, maxWidth, f, measure);
    if (lines.length <= 2 || size === TITLE_SIZES[TITLE_SIZES.length - 1]) return { lines, font: f, size, lineHeight: Math.round(size * 1.25), y: y + size };
  }
  throw new Error('unreachable');
}

const blockHeight = (b: TextBlock) => b.lines.length * b.lineHeight;

/** The hatch lines of a swatch (45°, every 5 px), clipped to the swatch so none leaves it. */
export function hatchLines(r: Rect, step = 5): [number, number, number, number][] {
  const out: [number, number, number, number][] = [];
  // Lines x + y = c (going up to the right); c runs over the rectangle's corners.
  for (let c = r.x + r.y + step; c < r.x + r.w + r.y + r.h; c += step) {
    const x0 = Math.max(r.x, c - (r.y + r.h));
    const x1 = Math.min(r.x + r.w, c - r.y);
    if (x1 > x0) out.push([x0, c - x0, x1, c - x1]);
  }
  return out;
}

export function layoutMapPng(options: { width: number; mapHeight: number; title: string; subtitle?: string; legend: PngLegendItem[]; source: string; measure: Measure }): PngLayout {
  const { width, measure } = options;
  const textWidth = Math.max(1, width - 2 * PAD);
  const title = titleBlock(options.title, textWidth, measure, 12);
  let y = title.y - title.size + blockHeight(title);
  let subtitle: TextBlock | null = null;
  if (options.subtitle) {
    const f = font(18);
    subtitle = { lines: wrapText(options.subtitle, textWidth, f, measure), font: f, size: 18, lineHeight: 23, y: y + 4 + 18 };
    y += 4 + blockHeight(subtitle);
  }
  y += 12;
  const map = { x: 0, y, w: width, h: options.mapHeight };
  y += options.mapHeight + 8;

  // The legend flows in rows inside its box; an item that does not fit starts a new row.
  const legendFont = font(15);
  const rowHeight = 24;
  const inner = { x: PAD, y: y + 8 };
  let x = inner.x;
  let row = 0;
  const items = options.legend.map((item) => {
    const advance = SWATCH.w + 6 + measure(item.label, legendFont);
    if (x > inner.x && x + advance > width - PAD) {
      x = inner.x;
      row += 1;
    }
    const swatch = { x, y: inner.y + row * rowHeight + 2, w: SWATCH.w, h: SWATCH.h };
    const placed = { item, swatch, label: { x: x + SWATCH.w + 6, y: swatch.y + 13 }, hatch: item.hatched ? hatchLines(swatch) : [] };
    x += advance + 22;
    return placed;
  });
  const box = { x: PAD - 8, y, w: width - 2 * (PAD - 8), h: (row + 1) * rowHeight + 16 };
  y += box.h + 8;

  const sourceFont = font(13);
  const source: TextBlock = { lines: wrapText(options.source, textWidth, sourceFont, measure), font: sourceFont, size: 13, lineHeight: 17, y: y + 13 };
  y += blockHeight(source) + 12;
  return { width, height: Math.ceil(y), pad: PAD, title, subtitle, map, legend: { box, font: legendFont, items }, source };
}
