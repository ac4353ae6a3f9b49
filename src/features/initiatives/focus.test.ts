// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Initiative } from './api/initiatives';
import { parseInitiatives } from './api/initiatives';
import { focusEfforts, focusInArea, focusPlaces, type FocusGeography } from './focus';
import { testRecord } from './test-record';

const source = { file: 'f.txt', diarienummer: null, documentDate: '2024-01-01', section: 's' };
const record = (id: string, geography: Partial<Initiative['geography']>, focus = true): Initiative =>
  testRecord({
    id,
    name: id.toUpperCase(),
    kind: 'samverkansforum',
    geography: { scope: 'omraden', areas: [], subareas: [], places: [], ...geography },
    ...(focus ? { focus: { note: `Om ${id}`, sources: [source] } } : {}),
  });
const geo: FocusGeography = {
  areaName: (s) => ({ ortagarden: 'Örtagården', nydala: 'Nydala' })[s],
  subarea: (s) => ({ herrgarden: { name: 'Herrgården', area: 'ortagarden' }, hermodsdal: { name: 'Hermodsdal', area: 'nydala' } })[s],
};

describe('focusEfforts', () => {
  it('outlines the delområden a record names, else its areas, and only records with focus', () => {
    const efforts = focusEfforts(
      [record('b', { areas: ['ortagarden'], subareas: ['herrgarden'] }), record('a', { areas: ['nydala'] }), record('c', { areas: ['nydala'] }, false)],
      geo,
    );
    expect(efforts.map((e) => [e.id, e.places.map((p) => `${p.kind}:${p.slug}`)])).toEqual([
      ['a', ['area:nydala']],
      ['b', ['subarea:herrgarden']],
    ]);
    expect(efforts[1]!.note).toBe('Om b');
  });
  it('lists a record that names no place (and one whose places the geography lacks) after the drawn ones, with no places', () => {
    const efforts = focusEfforts([record('z', { areas: ['nydala'] }), record('ctc', { scope: 'hela-staden' }), record('x', { subareas: ['atlantis'] })], geo);
    expect(efforts.map((e) => [e.id, e.places.length])).toEqual([
      ['z', 1],
      ['ctc', 0],
      ['x', 0],
    ]);
  });
  it('draws a place named by two efforts once, naming both', () => {
    const places = focusPlaces(focusEfforts([record('a', { subareas: ['hermodsdal'] }), record('b', { subareas: ['hermodsdal', 'herrgarden'] })], geo));
    expect(places.map((p) => [p.slug, p.efforts])).toEqual([
      ['hermodsdal', ['A', 'B']],
      ['herrgarden', ['B']],
    ]);
  });
  it('finds the efforts of an area through its delområden', () => {
    const efforts = focusEfforts([record('a', { subareas: ['hermodsdal'] }), record('b', { subareas: ['herrgarden'] })], geo);
    expect(focusInArea(efforts, 'nydala').map((e) => e.id)).toEqual(['a']);
    expect(focusInArea(efforts, 'lindangen')).toEqual([]);
  });
});

describe('the shipped register’s insatsområden', () => {
  const root = resolve(import.meta.dirname, '../../..');
  const read = (p: string) => JSON.parse(readFileSync(resolve(root, p), 'utf8'));
  const items = parseInitiatives(read('public/data/insatser.json')).items;
  const subareas = new Map(
    (read('public/geo/delomraden.geojson').features as { properties: { slug: string; name: string; areaSlug: string } }[]).map((f) => [f.properties.slug, f.properties]),
  );
  const efforts = focusEfforts(items, { areaName: () => 'x', subarea: (s) => subareas.get(s) && { name: subareas.get(s)!.name, area: subareas.get(s)!.areaSlug } });

  it('are the delområden the documents name, each effort with a source; CTC and SSPF are listed as placed nowhere', () => {
    expect(Object.fromEntries(efforts.map((e) => [e.id, e.places.map((p) => p.name)]))).toEqual({
      'beredskapsgruppen-nhl': ['Nydala', 'Hermodsdal', 'Lindängen'],
      bid: ['Södra Sofielund', 'Möllevången'],
      'kommunala-ordningsvakter': ['Möllevången'],
      'kraftsamling-herrgarden': ['Herrgården'],
      ctc: [],
      sspf: [],
    });
    for (const e of efforts) expect(e.sources.length).toBeGreaterThan(0);
  });
});
