import type { Initiative, RegisterMeta } from './api/initiatives';
import { EMPTY_FILTERS, FACETS, applyFilters, countByArea, facetCounts, selectInitiatives, type Filters } from './filters';
import { crossCheckRegister, isOlderThanRest, matrix, median, recordDate, registerFreshness } from './model';
import { matchesSearch, normaliseText } from './search';
import { testRecord } from './test-record';

const base = testRecord;

const orat = base({ id: 'orat-mot-marken', name: 'Örat mot marken', kind: 'samverkansforum', lead: ['ks'], partners: ['polisen'], dimensions: ['delaktighet'], themes: ['trygghet'] });
const sspf = base({ id: 'sspf', name: 'SSPF', aliases: ['Skola, socialtjänst, polis och fritid'], kind: 'samverkansforum', lead: ['asn'], partners: ['polisen'], dimensions: ['utbildning'], themes: ['trygghet', 'barn-och-unga'], geography: { scope: 'hela-staden', areas: [], subareas: [], places: [] } });
const herr = base({ id: 'kraftsamling-herrgarden', name: 'Kraftsamling Herrgården', kind: 'projekt', lead: ['mkb'], dimensions: ['boende', 'delaktighet'], status: 'planerad', geography: { scope: 'omraden', areas: ['ortagarden'], subareas: ['herrgarden'], places: [] } });
const nhl = base({ id: 'nhl', name: 'Beredskapsgruppen NHL', lead: ['asn'], geography: { scope: 'omraden', areas: ['nydala', 'lindangen'], subareas: [], places: [] } });
const ALL = [orat, sspf, herr, nhl];
const f = (over: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...over });

describe('search', () => {
  it('ignores case and diacritics', () => {
    expect(normaliseText('  Örat MOT  Marken ')).toBe('orat mot marken');
    expect(normaliseText('Café Ängen, Bäckström')).toBe('cafe angen, backstrom');
    expect(matchesSearch(orat, 'orat')).toBe(true);
    expect(matchesSearch(orat, 'ÖRAT')).toBe(true);
  });
  it('matches the start of words, not the middle', () => {
    const coordinator = base({ id: 'k', name: 'Samordnare', description: 'En koordinator för hela området, med lång beskrivning.' });
    expect(matchesSearch(coordinator, 'orat')).toBe(false);
    expect(matchesSearch(coordinator, 'koord')).toBe(true);
  });
  it('searches aliases and descriptions, all words must match', () => {
    expect(matchesSearch(sspf, 'socialtjanst polis')).toBe(true);
    expect(matchesSearch(sspf, 'polis bibliotek')).toBe(false);
    expect(matchesSearch(herr, 'tillräckligt')).toBe(true);
  });
});

describe('filters', () => {
  it('returns everything without filters', () => {
    expect(applyFilters(ALL, EMPTY_FILTERS)).toHaveLength(4);
  });
  it('treats values within a facet as alternatives', () => {
    expect(applyFilters(ALL, f({ kind: ['projekt', 'samverkansforum'] })).map((i) => i.id)).toEqual(['orat-mot-marken', 'sspf', 'kraftsamling-herrgarden']);
  });
  it('narrows across facets', () => {
    expect(applyFilters(ALL, f({ kind: ['samverkansforum'], dimension: ['utbildning'] })).map((i) => i.id)).toEqual(['sspf']);
  });
  it('matches an organisation as lead or partner', () => {
    expect(applyFilters(ALL, f({ organisation: ['polisen'] })).map((i) => i.id)).toEqual(['orat-mot-marken', 'sspf']);
  });
  it('narrows to one area, its own records first, then the city-wide ones, and combines with search', () => {
    const inNydala = selectInitiatives(ALL, f({ area: 'nydala' }));
    expect(inNydala.inArea.map((i) => i.id)).toEqual(['nhl']);
    expect(inNydala.cityWide.map((i) => i.id)).toEqual(['sspf']);
    expect(applyFilters(ALL, f({ area: 'nydala' })).map((i) => i.id)).toEqual(['nhl', 'sspf']);
    expect(applyFilters(ALL, f({ search: 'herrgarden' })).map((i) => i.id)).toEqual(['kraftsamling-herrgarden']);
  });
  it('counts each facet value given the other filters', () => {
    const counts = facetCounts(ALL, f({ kind: ['samverkansforum'], organisation: ['asn'] }), 'kind');
    // With organisation asn: sspf (samverkansforum) and nhl (verksamhet); the kind filter itself is ignored.
    expect(Object.fromEntries(counts)).toEqual({ samverkansforum: 1, verksamhet: 1 });
  });
  it('counts every facet in one pass exactly as facet by facet', () => {
    const cases = [
      f({}),
      f({ kind: ['samverkansforum'], organisation: ['asn'] }),
      f({ organisation: ['polisen', 'mkb'], search: 'a' }),
      f({ kind: ['verksamhet'], status: ['pagaende'], area: 'nydala' }),
      f({ kind: ['samverkansforum'], organisation: ['asn'], theme: ['trygghet'] }),
    ];
    for (const filters of cases) {
      const all = selectInitiatives(ALL, filters).facetCounts;
      for (const facet of FACETS) expect(Object.fromEntries(all[facet]), `${JSON.stringify(filters)} ${facet}`).toEqual(Object.fromEntries(facetCounts(ALL, filters, facet)));
    }
    expect(Object.fromEntries(selectInitiatives(ALL, cases[1]!).facetCounts.kind)).toEqual({ samverkansforum: 1, verksamhet: 1 });
  });
});

describe('per area', () => {
  it('counts area-bound records per area, a record in two areas in both', () => {
    expect(countByArea(ALL, ['ortagarden', 'nydala', 'lindangen', 'oxie-kyrkby'])).toEqual({ ortagarden: 1, nydala: 1, lindangen: 1, 'oxie-kyrkby': 0 });
  });
  it('builds an area × organisation matrix of area-bound records', () => {
    expect(matrix(ALL, ['ortagarden', 'nydala'], (i) => [...i.lead, ...i.partners])).toEqual({ ortagarden: { mkb: 1 }, nydala: { asn: 1 } });
  });
  it('takes the median of an even and an odd list', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});

describe('crossCheckRegister', () => {
  const meta = {
    title: 't', source: 's', licence: 'l', attribution: 'a', updated: '2026-01-01', staleAfterDays: 365,
    themes: [{ id: 'trygghet', label: 'Trygghet' }], targetGroups: [], kinds: [], statuses: [],
    dimensions: [{ id: 'delaktighet', label: 'Delaktighet' }],
    documents: [{ file: 'f.txt', diarienummer: null, documentDate: '2024-01-01', title: 't', author: 'a' }],
  } satisfies RegisterMeta;
  const orgs = [{ id: 'ks', name: 'KS', type: 'kommunstyrelsen' as const, aliases: [] }];
  const check = (items: Initiative[]) => crossCheckRegister(items, meta, orgs, ['ortagarden'], ['herrgarden']).map((p) => `${p.record} ${p.field}`);

  it('accepts a consistent record', () => {
    expect(check([base({ id: 'a', lead: ['ks'], themes: ['trygghet'], dimensions: ['delaktighet'] })])).toEqual([]);
  });
  it('names unknown organisations, list values, areas, delområden and documents by field', () => {
    const bad = base({
      id: 'a',
      lead: ['okand'],
      themes: ['lycka'],
      geography: { scope: 'omraden', areas: ['atlantis'], subareas: ['x'], places: [] },
      sources: [{ file: 'annan.txt', diarienummer: null, documentDate: '2024-01-01', section: 's' }],
      focus: { note: 'n', sources: [{ file: 'tredje.txt', diarienummer: null, documentDate: '2024-01-01', section: 's' }] },
    });
    expect(check([bad])).toEqual([
      'post 1 (id "a") lead[0]',
      'post 1 (id "a") themes[0]',
      'post 1 (id "a") geography.areas[0]',
      'post 1 (id "a") geography.subareas[0]',
      'post 1 (id "a") sources[0].file',
      'post 1 (id "a") focus.sources[0].file',
    ]);
  });
  it('does not report delområden as unknown while the delområden are not loaded', () => {
    const item = base({ id: 'a', geography: { scope: 'omraden', areas: ['ortagarden'], subareas: ['x'], places: [] } });
    expect(crossCheckRegister([item], meta, orgs, ['ortagarden'], null).filter((p) => (p.field ?? '').startsWith('geography'))).toEqual([]);
    expect(crossCheckRegister([item], meta, orgs, ['ortagarden'], ['herrgarden']).map((p) => p.field)).toContain('geography.subareas[0]');
  });
  it('reports duplicate ids and a scope that contradicts the areas', () => {
    const wide = base({ id: 'b', geography: { scope: 'ej-angivet', areas: ['ortagarden'], subareas: [], places: [] } });
    expect(check([base({ id: 'a' }), base({ id: 'a' }), wide, base({ id: 'c', geography: { scope: 'omraden', areas: [], subareas: [], places: [] } })])).toEqual([
      'post 2 (id "a") id',
      'post 3 (id "b") geography.scope',
      'post 4 (id "c") geography.areas',
    ]);
  });
});

describe('freshness', () => {
  const today = new Date('2026-11-23T12:00:00Z');
  const at = (id: string, lastVerified?: string) => base({ id, ...(lastVerified ? { lastVerified } : {}) });

  it("dates the register by its newest record and calls it stale once that is older than the limit", () => {
    expect(registerFreshness([at('a', '2024-05-08'), at('b', '2023-09-27')], 365, today)).toEqual({ date: '2024-05-08', staleAfterDays: 365, stale: true });
    expect(registerFreshness([at('a', '2026-01-01'), at('b', '2024-05-08')], 365, today)).toEqual({ date: '2026-01-01', staleAfterDays: 365, stale: false });
    expect(registerFreshness([], 365, today)).toEqual({ date: null, staleAfterDays: 365, stale: false });
  });

  it('flags no record when all are from the same round of documents, however old', () => {
    const items = [at('a', '2024-05-08'), at('b', '2024-05-08'), at('c', '2023-09-27')];
    const freshness = registerFreshness(items, 365, today);
    expect(items.filter((i) => isOlderThanRest(i, freshness))).toEqual([]);
  });

  it('flags a record older than the register’s newest by more than the limit, and only that one', () => {
    const items = [at('a', '2024-05-08'), at('b', '2023-05-08'), at('c', '2023-05-07')];
    const freshness = registerFreshness(items, 365, today);
    // 2023-05-08 is exactly 366 days before 2024-05-08 (2024 is a leap year): over the limit, as is the day before.
    expect(items.filter((i) => isOlderThanRest(i, freshness)).map((i) => i.id)).toEqual(['b', 'c']);
    expect(items.filter((i) => isOlderThanRest(i, registerFreshness(items, 366, today))).map((i) => i.id)).toEqual(['c']);
  });

  it('dates a record never verified by its newest source', () => {
    const item = base({ id: 'n', sources: [{ file: 'f.txt', diarienummer: null, documentDate: '2020-11-19', section: 's' }, { file: 'g.txt', diarienummer: null, documentDate: '2023-12-05', section: 's' }] });
    expect(recordDate(item)).toBe('2023-12-05');
    expect(isOlderThanRest(item, registerFreshness([item, at('a', '2024-05-08')], 365, today))).toBe(false);
    expect(isOlderThanRest(item, registerFreshness([item, at('a', '2025-05-08')], 365, today))).toBe(true);
  });
});
