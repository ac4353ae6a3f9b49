import type { Initiative } from './api/initiatives';
import { CITY, byLead, coordinationTable, crowdedThemes, othersInSamePlace, placesOf } from './coordination';

type Scope = Initiative['geography']['scope'];
let n = 0;
/** A hand-made insats: its leads, theme and group lists, and where it is. */
function ins(lead: string[], where: string[] | 'city' | 'unknown', themes = ['barn-och-unga'], groups = ['barn']): Initiative {
  const scope: Scope = where === 'city' ? 'hela-staden' : where === 'unknown' ? 'ej-angivet' : 'omraden';
  return {
    id: `i${++n}`,
    name: `Insats ${n}`,
    aliases: [],
    description: 'En insats för testet, med en beskrivning.',
    kind: 'projekt',
    lead,
    partners: [],
    dimensions: [],
    themes,
    targetGroups: groups,
    status: 'pagaende',
    geography: { scope, areas: Array.isArray(where) ? where : [], subareas: [], places: [] },
    sources: [{ file: 'a.txt', diarienummer: null, documentDate: '2024-05-08', section: 'A' }],
    conflicts: [],
  };
}

const THEMES = ['barn-och-unga', 'trygghet'];
const GROUPS = ['barn', 'unga'];
const all = { area: null, withCityWide: false };

describe('coordinationTable', () => {
  it('counts insatser and distinct leads per theme × group, an insats in every pair it names', () => {
    const items = [ins(['a'], ['nydala']), ins(['a', 'b'], ['nydala']), ins([], ['nydala']), ins(['c'], ['rosengard'], ['barn-och-unga', 'trygghet'], ['barn', 'unga'])];
    const t = coordinationTable(items, THEMES, GROUPS, all);
    const cell = t.cells['barn-och-unga']!['barn']!;
    expect(cell.items).toHaveLength(4);
    expect(cell.leads).toEqual(['a', 'b', 'c']);
    expect(cell.noLead).toBe(1);
    expect(t.cells['trygghet']!['unga']!.items.map((i) => i.id)).toEqual([items[3]!.id]);
    expect(t.cells['trygghet']!['barn']!.leads).toEqual(['c']);
    expect(t.counted).toBe(4);
  });

  it('marks "Flera aktörer" only where three organisations lead in the same place', () => {
    // Three leads, but spread over two areas: no place has three.
    const spread = coordinationTable([ins(['a'], ['nydala']), ins(['b'], ['nydala']), ins(['c'], ['rosengard'])], THEMES, GROUPS, all);
    expect(spread.cells['barn-och-unga']!['barn']!.crowded).toEqual([]);
    const together = coordinationTable([ins(['a'], ['nydala']), ins(['b'], ['nydala']), ins(['c'], ['nydala', 'rosengard'])], THEMES, GROUPS, all);
    expect(together.cells['barn-och-unga']!['barn']!.crowded).toEqual([{ place: 'nydala', leads: ['a', 'b', 'c'] }]);
  });

  it('takes the city-wide insatser as one place of their own without an area', () => {
    const t = coordinationTable([ins(['a'], 'city'), ins(['b'], 'city'), ins(['c'], 'city'), ins(['d'], ['nydala'])], THEMES, GROUPS, all);
    expect(t.cells['barn-och-unga']!['barn']!.crowded).toEqual([{ place: CITY, leads: ['a', 'b', 'c'] }]);
  });

  it('with an area, counts its own insatser, and the city-wide ones only when asked', () => {
    const items = [ins(['a'], ['nydala']), ins(['b'], ['nydala']), ins(['c'], 'city'), ins(['d'], ['rosengard'])];
    const own = coordinationTable(items, THEMES, GROUPS, { area: 'nydala', withCityWide: false });
    expect(own.cells['barn-och-unga']!['barn']!.leads).toEqual(['a', 'b']);
    expect(own.cells['barn-och-unga']!['barn']!.crowded).toEqual([]);
    expect(own.counted).toBe(2);
    const withCity = coordinationTable(items, THEMES, GROUPS, { area: 'nydala', withCityWide: true });
    expect(withCity.cells['barn-och-unga']!['barn']!.leads).toEqual(['a', 'b', 'c']);
    expect(withCity.cells['barn-och-unga']!['barn']!.crowded).toEqual([{ place: 'nydala', leads: ['a', 'b', 'c'] }]);
  });

  it('counts an insats without a stated place with the city as a whole, not with an area of its own', () => {
    const t = coordinationTable([ins(['a'], 'unknown'), ins(['b'], 'city'), ins(['c'], 'unknown'), ins(['d'], ['nydala'])], THEMES, GROUPS, all);
    expect(t.cells['barn-och-unga']!['barn']!.crowded).toEqual([{ place: CITY, leads: ['a', 'b', 'c'] }]);
    expect(placesOf(ins(['a'], 'unknown'), { area: 'nydala', withCityWide: false })).toEqual([]);
    expect(placesOf(ins(['a'], 'unknown'), { area: 'nydala', withCityWide: true })).toEqual(['nydala']);
  });

  it('says where two insatser share lead, theme, group and place', () => {
    const [x, y] = [ins(['a'], ['nydala']), ins(['a'], ['nydala', 'rosengard'])];
    const t = coordinationTable([x!, y!, ins(['a'], ['lindangen'])], THEMES, GROUPS, all);
    expect(t.cells['barn-och-unga']!['barn']!.shared).toEqual([{ place: 'nydala', lead: 'a', ids: [x!.id, y!.id] }]);
  });
});

describe('byLead and crowdedThemes', () => {
  it('groups a cell by lead, most insatser first, those without a lead last', () => {
    const cell = coordinationTable([ins([], ['nydala']), ins(['b'], ['nydala']), ins(['a'], ['nydala']), ins(['b'], ['nydala'])], THEMES, GROUPS, all).cells['barn-och-unga']!['barn']!;
    expect(byLead(cell).map((g) => [g.lead, g.items.length])).toEqual([
      ['b', 2],
      ['a', 1],
      ['', 1],
    ]);
  });
  it('names the busiest themes, first those with most leads, marking where the rule holds', () => {
    const items = [
      ...['a', 'b', 'c', 'd'].map((l) => ins([l], ['nydala'], ['trygghet'], ['unga'])),
      ...['a', 'b'].map((l) => ins([l], ['nydala'], ['barn-och-unga'], ['barn'])),
      ins(['a'], ['nydala'], ['barn-och-unga'], ['unga']),
    ];
    const t = coordinationTable(items, THEMES, GROUPS, { area: 'nydala', withCityWide: false });
    expect(crowdedThemes(t)).toEqual([
      { theme: 'trygghet', group: 'unga', leads: 4, items: 4, crowded: true },
      { theme: 'barn-och-unga', group: 'barn', leads: 2, items: 2, crowded: false },
    ]);
    expect(crowdedThemes(t, 1)).toHaveLength(1);
    // One lead alone is not a theme where several work.
    expect(crowdedThemes(coordinationTable(items.slice(6), THEMES, GROUPS, all))).toEqual([]);
  });
  it('names the others that lead in the same cell and place', () => {
    const cell = coordinationTable([ins(['a'], ['nydala']), ins(['b'], ['nydala', 'rosengard']), ins(['c'], ['rosengard']), ins(['d'], 'city')], THEMES, GROUPS, all).cells['barn-och-unga']!['barn']!;
    expect(othersInSamePlace(cell, 'a', all)).toEqual(['b']);
    expect(othersInSamePlace(cell, 'b', all)).toEqual(['a', 'c']);
    expect(othersInSamePlace(cell, 'd', all)).toEqual([]);
  });
});
