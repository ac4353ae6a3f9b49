import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseInitiatives } from './api/initiatives';
import { EMPTY_FILTERS, FACETS, facetCounts, isTiedToSubarea, selectInitiatives, type Filters } from './filters';

// The shipped register and areas: every count a user can see, checked against what ticking gives.
const root = resolve(import.meta.dirname, '../../..');
const read = (p: string) => JSON.parse(readFileSync(resolve(root, p), 'utf8')) as unknown;
const register = parseInitiatives(read('public/data/insatser.json')).items;
const areaSlugs = (read('public/geo/omraden.geojson') as { features: { properties: { slug: string } }[] }).features.map((f) => f.properties.slug);

const starts: Filters[] = [
  EMPTY_FILTERS,
  { ...EMPTY_FILTERS, kind: ['projekt'] },
  { ...EMPTY_FILTERS, organisation: ['servicenamnden'], status: ['pagaende'] },
  { ...EMPTY_FILTERS, search: 'trygg' },
];

describe('facet counts are what ticking gives', () => {
  it('has a register and areas to check', () => {
    expect(register.length).toBeGreaterThan(100);
    expect(areaSlugs).toHaveLength(14);
  });

  for (const area of [null, ...areaSlugs]) {
    it(`for every facet value ${area ? `in ${area}` : 'without an area'}`, () => {
      let checked = 0;
      for (const start of starts) {
        const filters = { ...start, area };
        const { facetCounts: counts } = selectInitiatives(register, filters);
        for (const facet of FACETS) {
          for (const [value, shown] of counts[facet]) {
            // With nothing else ticked in its facet, the count is exactly what ticking it gives.
            // Beside other ticked values of the same facet (alternatives, OR) it is what the value
            // gives on its own there: the part it adds or keeps.
            const alone = { ...filters, [facet]: [value] };
            const after = selectInitiatives(register, filters[facet].length === 0 ? alone : { ...filters, [facet]: [...new Set([...filters[facet], value])] });
            expect(shown, `${JSON.stringify(filters)} ${facet}=${value}`).toBe(selectInitiatives(register, alone).results.length);
            if (filters[facet].length === 0) expect(shown).toBe(after.results.length);
            expect(after.results).toHaveLength(after.inArea.length + after.cityWide.length);
            checked++;
          }
        }
      }
      expect(checked).toBeGreaterThan(50);
    });
  }

  it('agrees with the facet-by-facet reference', () => {
    const filters = { ...EMPTY_FILTERS, kind: ['projekt', 'uppdrag'], area: 'ortagarden' };
    const { facetCounts: counts } = selectInitiatives(register, filters);
    for (const facet of FACETS) expect(Object.fromEntries(counts[facet])).toEqual(Object.fromEntries(facetCounts(register, filters, facet)));
  });

  it('with an area, lists its own records, then the city-wide ones not bound to it', () => {
    const s = selectInitiatives(register, { ...EMPTY_FILTERS, area: 'ortagarden' });
    expect(s.inArea.length).toBeGreaterThan(0);
    expect(s.cityWide.length).toBeGreaterThan(0);
    expect(s.inArea.every((i) => i.geography.areas.includes('ortagarden'))).toBe(true);
    expect(s.cityWide.every((i) => i.geography.scope === 'hela-staden' && !i.geography.areas.includes('ortagarden'))).toBe(true);
    expect(s.results).toEqual([...s.inArea, ...s.cityWide]);
    // The map's counts ignore the selected area: every area keeps its badge.
    expect(s.areaCounts).toEqual(selectInitiatives(register, EMPTY_FILTERS).areaCounts);
  });
});

describe('isTiedToSubarea', () => {
  it('finds the records the shipped register ties to a delområde, by its list or a place', () => {
    expect(register.filter((i) => isTiedToSubarea(i, 'herrgarden')).map((i) => i.id)).toContain('kraftsamling-herrgarden');
    expect(register.filter((i) => isTiedToSubarea(i, 'persborg'))).toEqual([]);
  });

  it('counts a place in the delområde even when the list leaves it out', () => {
    const [first] = register;
    const item = { ...first!, geography: { ...first!.geography, subareas: [], places: [{ name: 'Holma', subarea: 'holma' }] } };
    expect(isTiedToSubarea(item, 'holma')).toBe(true);
    expect(isTiedToSubarea(item, 'hermodsdal')).toBe(false);
  });
});
