// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { en } from '../../lib/copy/en';
import { sv } from '../../lib/copy/sv';
import { hatchLines, layoutMapPng, wrapText, type Measure, type Rect } from './png-layout';

const root = resolve(import.meta.dirname, '../../..');
const json = (file: string) => JSON.parse(readFileSync(resolve(root, file), 'utf8'));

// A stand-in for canvas text metrics, a little wider than DejaVu Sans (bold takes more).
const measure: Measure = (text, font) => {
  const size = Number(/(\d+)px/.exec(font)?.[1] ?? 16);
  return text.length * size * (font.startsWith('bold') ? 0.68 : 0.6);
};

const areaNames: string[] = json('public/geo/omraden.geojson').features.map((f: { properties: { name: string } }) => f.properties.name);
const indicatorNames: string[] = json('public/data/index-definition.json').dimensions.flatMap((d: { indicators: { name: string }[] }) => d.indicators.map((i) => i.name));
const longest = (xs: string[]) => xs.reduce((a, b) => (b.length > a.length ? b : a));

const inside = (inner: Rect, outer: Rect) => inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w && inner.y + inner.h <= outer.y + outer.h;

function legendFor(t: typeof sv | typeof en) {
  const classes = [`${t.legendBelow} 80`, '80–95', '95–105', '105–120', `120 ${t.legendAbove}`];
  return [...classes.map((label) => ({ color: '#f4a259', label })), { color: '#bdbdbd', label: t.legendMissing, hatched: true }];
}

describe('the map picture layout', () => {
  for (const [lang, t] of [
    ['sv', sv],
    ['en', en],
  ] as const) {
    for (const width of [375, 810, 1600]) {
      it(`fits the longest area and indicator title into ${width} px (${lang})`, () => {
        const title = `${longest(areaNames)}: ${longest(indicatorNames)} 2022 (${t.legendUnit}) – ${t.exampleData}`;
        const layout = layoutMapPng({ width, mapHeight: 500, title, subtitle: t.appSubtitle, legend: legendFor(t), source: t.sources, measure });
        for (const block of [layout.title, layout.subtitle!, layout.source]) {
          for (const line of block.lines) expect(layout.pad + measure(line, block.font), line).toBeLessThanOrEqual(width - layout.pad);
        }
        // Nothing dropped: the lines are the title's words.
        expect(layout.title.lines.join(' ')).toBe(title.split(/\s+/).join(' '));
        expect(layout.title.size).toBeGreaterThanOrEqual(18);
        // The title's lines end above the map.
        expect(layout.title.y + (layout.title.lines.length - 1) * layout.title.lineHeight).toBeLessThan(layout.map.y);
      });

      it(`keeps every legend swatch, the hatched "Saknas" one too, inside the legend box at ${width} px (${lang})`, () => {
        const layout = layoutMapPng({ width, mapHeight: 500, title: 'Index', legend: legendFor(t), source: t.sources, measure });
        const { box, items } = layout.legend;
        expect(inside(box, { x: 0, y: layout.map.y + layout.map.h, w: width, h: layout.height - layout.map.y - layout.map.h })).toBe(true);
        for (const { item, swatch, label, hatch } of items) {
          expect(inside(swatch, box), item.label).toBe(true);
          expect(label.x + measure(item.label, layout.legend.font)).toBeLessThanOrEqual(box.x + box.w);
          for (const [x0, y0, x1, y1] of hatch) {
            for (const [x, y] of [
              [x0, y0],
              [x1, y1],
            ] as const) {
              expect(x).toBeGreaterThanOrEqual(swatch.x);
              expect(x).toBeLessThanOrEqual(swatch.x + swatch.w);
              expect(y).toBeGreaterThanOrEqual(swatch.y);
              expect(y).toBeLessThanOrEqual(swatch.y + swatch.h);
            }
          }
        }
        const missing = items.find((i) => i.item.hatched)!;
        expect(missing.hatch.length).toBeGreaterThan(3);
      });
    }
  }

  it('breaks a word longer than the line by characters', () => {
    expect(wrapText('Limhamnshamnområde', 60, '10px x', measure)).toEqual(['Limhamnsha', 'mnområde']);
  });

  it('hatches the whole swatch, corner to corner', () => {
    const lines = hatchLines({ x: 10, y: 20, w: 22, h: 16 });
    expect(Math.min(...lines.map(([x0]) => x0))).toBe(10);
    expect(Math.max(...lines.map(([, , x1]) => x1))).toBe(32);
  });
});
