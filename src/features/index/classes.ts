/**
 * Five classes with fixed breaks around Malmö = 100, not quantiles: the same colour means the same
 * distance from the city on every layer and in every year, and a small spread is not blown up
 * into five classes (quantiles always paint some areas darkest, however close they are).
 * Palette: ColorBrewer YlOrBr (sequential, colour-blind safe; the five lightest of its seven-class
 * version, so the dark boundary keeps 3:1 against every fill), darkest = lowest score = greatest
 * challenges.
 */
export const BREAKS = [80, 95, 105, 120] as const;
export const CLASS_COLORS = ['#cc4c02', '#ec7014', '#fe9929', '#fed98e', '#ffffd4'] as const;
export const MISSING_COLOR = '#d4d4d4';

export function classify(score: number | null | undefined): number | null {
  if (score === null || score === undefined || !Number.isFinite(score)) return null;
  const i = BREAKS.findIndex((b) => score < b);
  return i === -1 ? BREAKS.length : i;
}

export interface LegendClass {
  index: number;
  color: string;
  /** Lower bound (inclusive) and upper bound (exclusive); null = open. */
  from: number | null;
  to: number | null;
}

export function legendClasses(): LegendClass[] {
  return CLASS_COLORS.map((color, index) => ({
    index,
    color,
    from: index === 0 ? null : BREAKS[index - 1]!,
    to: index === BREAKS.length ? null : BREAKS[index]!,
  }));
}

export function classLabel(c: LegendClass, format: (n: number) => string, words: { below: string; above: string } = { below: 'under', above: 'och över' }): string {
  if (c.from === null) return `${words.below} ${format(c.to!)}`;
  if (c.to === null) return `${format(c.from)} ${words.above}`;
  return `${format(c.from)}–${format(c.to)}`;
}
