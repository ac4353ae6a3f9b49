// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import {
  EARLY_VOTES_CODE,
  joinTurnout,
  parseCsv,
  parseElectionCsv,
  turnoutShare,
  type AreaCollection,
  type DistrictCollection,
  type ElectionRow,
  type TurnoutResult,
} from './turnout-join.ts';

const square = (x0: number, y0: number, x1: number, y1: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
      [x0, y0],
    ],
  ],
});

const areaFeature = (slug: string, geometry: Polygon): Feature<Polygon, { slug: string }> => ({
  type: 'Feature',
  properties: { slug },
  geometry,
});

const district = (kod: string, namn: string, geometry: Polygon | MultiPolygon): DistrictCollection['features'][number] => ({
  type: 'Feature',
  properties: { kod, namn },
  geometry,
});

// Two side-by-side 10×10 areas and a third that no district touches.
const AREAS: AreaCollection = {
  type: 'FeatureCollection',
  features: [
    areaFeature('vast', square(0, 0, 10, 10)),
    areaFeature('ost', square(10, 0, 20, 10)),
    areaFeature('tom', square(0, 20, 10, 30)),
  ],
};

const DISTRICTS: DistrictCollection = {
  type: 'FeatureCollection',
  features: [
    district('001', 'Väst, centrum', square(1, 1, 3, 3)),
    district('002', 'Öst', square(11, 1, 13, 3)),
    district('003', 'Ute till havs', square(30, 30, 32, 32)),
    district('004', 'Nytt 2026', square(5, 5, 7, 7)),
  ],
};

const CSV = [
  'VALKRETSKOD,VALKRETSNAMN,VALDISTRIKTSKOD,VALDISTRIKTSNAMN,ANTAL RÖSTBERÄTTIGADE,ANTAL RÖSTANDE,VALDELTAGANDE',
  '11,Malmö kommun,001,"Väst, centrum",100,80,80',
  '11,Malmö kommun,002,Öst,200,150,75',
  '11,Malmö kommun,003,Ute till havs,50,40,80',
  '11,Malmö kommun,005,Nedlagt 2026,30,20,66.7',
  `11,Malmö kommun,${EARLY_VOTES_CODE},Förtidsröster ej fördelade efter valdistrikt,0,10,`,
  `11,Malmö kommun,${EARLY_VOTES_CODE},Förtidsröster ej fördelade efter valdistrikt,0,5,`,
  '',
].join('\n');

const ROWS: ElectionRow[] = parseElectionCsv(CSV).rows;
const joined = (): TurnoutResult => joinTurnout(DISTRICTS, ROWS, AREAS);
const areaBySlug = (r: TurnoutResult, slug: string) => r.areas.find((a) => a.slug === slug);

describe('parseCsv', () => {
  it('keeps a quoted comma and a doubled quote inside one field', () => {
    const { records } = parseCsv('a,"Limhamn, Ön","sa ""hej"""\n');
    expect(records).toEqual([{ line: 1, cells: ['a', 'Limhamn, Ön', 'sa "hej"'] }]);
  });

  it('numbers records by the file line they start on, also after a line break inside quotes', () => {
    const { records } = parseCsv('h1,h2\n"två\nrader",x\nsista,y');
    expect(records.map((r) => r.line)).toEqual([1, 2, 4]);
    expect(records[1]?.cells).toEqual(['två\nrader', 'x']);
  });

  it('ignores a byte order mark, CRLF line ends and blank lines', () => {
    const { records } = parseCsv('\uFEFFa,b\r\n\r\nc,d\r\n');
    expect(records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 3, cells: ['c', 'd'] },
    ]);
  });

  it('reports the line of a quote that is never closed', () => {
    expect(parseCsv('a,b\nc,"d\ne,f').unterminatedQuoteLine).toBe(2);
  });
});

describe('parseElectionCsv', () => {
  it('reads code, name and counts, including a name with a quoted comma', () => {
    const { rows, problems } = parseElectionCsv(CSV);
    expect(problems).toEqual([]);
    expect(rows[0]).toEqual({ code: '001', name: 'Väst, centrum', eligible: 100, voted: 80 });
    expect(rows).toHaveLength(6);
  });

  it('finds the columns by header name, not by position', () => {
    const csv = 'ANTAL RÖSTANDE,VALDISTRIKTSNAMN,X,ANTAL RÖSTBERÄTTIGADE,VALDISTRIKTSKOD\n7,Namn,,9,123\n';
    expect(parseElectionCsv(csv).rows).toEqual([{ code: '123', name: 'Namn', eligible: 9, voted: 7 }]);
  });

  it('leaves out a row with a non-numeric count and names its line in Swedish', () => {
    const csv = 'VALDISTRIKTSKOD,VALDISTRIKTSNAMN,ANTAL RÖSTBERÄTTIGADE,ANTAL RÖSTANDE\n1,A,10,9\n2,B,12,x\n3,C,,4\n';
    const { rows, problems } = parseElectionCsv(csv);
    expect(rows.map((r) => r.code)).toEqual(['1']);
    expect(problems).toEqual([
      'rad 3: antal röstande "x" är inte ett heltal (valdistrikt 2)',
      'rad 4: antal röstberättigade "" är inte ett heltal (valdistrikt 3)',
    ]);
  });

  it('reports a missing column and returns no rows', () => {
    const { rows, problems } = parseElectionCsv('VALDISTRIKTSKOD,VALDISTRIKTSNAMN,ANTAL RÖSTANDE\n1,A,9\n');
    expect(rows).toEqual([]);
    expect(problems).toEqual(['rad 1: kolumnen "ANTAL RÖSTBERÄTTIGADE" saknas i rubrikraden']);
  });

  it('reports a row with too few cells', () => {
    const csv = 'VALDISTRIKTSKOD,VALDISTRIKTSNAMN,ANTAL RÖSTBERÄTTIGADE,ANTAL RÖSTANDE\n1,A,10\n';
    expect(parseElectionCsv(csv).problems).toEqual(['rad 2: för få kolumner (3 av 4)']);
  });

  it('keeps only the first row of a repeated district code, but every early-vote row', () => {
    const csv = [
      'VALDISTRIKTSKOD,VALDISTRIKTSNAMN,ANTAL RÖSTBERÄTTIGADE,ANTAL RÖSTANDE',
      '1,A,10,9',
      '1,A igen,10,9',
      `${EARLY_VOTES_CODE},F,0,3`,
      `${EARLY_VOTES_CODE},F,0,4`,
    ].join('\n');
    const { rows, problems } = parseElectionCsv(csv);
    expect(rows.map((r) => r.code)).toEqual(['1', EARLY_VOTES_CODE, EARLY_VOTES_CODE]);
    expect(problems).toEqual(['rad 3: valdistrikt 1 finns redan på rad 2; raden används inte']);
  });
});

describe('joinTurnout', () => {
  it('adds each district result to the area containing its point', () => {
    const r = joined();
    expect(areaBySlug(r, 'vast')).toEqual({ slug: 'vast', eligible: 100, voted: 80, districts: ['001'] });
    expect(areaBySlug(r, 'ost')).toEqual({ slug: 'ost', eligible: 200, voted: 150, districts: ['002'] });
  });

  it('lists every area in input order, also one that gets no district', () => {
    const r = joined();
    expect(r.areas.map((a) => a.slug)).toEqual(['vast', 'ost', 'tom']);
    expect(areaBySlug(r, 'tom')).toEqual({ slug: 'tom', eligible: 0, voted: 0, districts: [] });
  });

  it('reports a district whose point is in no area, with its result', () => {
    expect(joined().unplaced).toEqual([{ code: '003', name: 'Ute till havs', eligible: 50, voted: 40 }]);
  });

  it('reports a 2026 district without a 2022 result and adds nothing for it', () => {
    const r = joined();
    expect(r.withoutResult).toEqual([{ code: '004', name: 'Nytt 2026' }]);
    expect(areaBySlug(r, 'vast')?.districts).not.toContain('004');
  });

  it('reports a 2022 result whose code has no polygon', () => {
    expect(joined().resultWithoutGeometry).toEqual([{ code: '005', name: 'Nedlagt 2026', eligible: 30, voted: 20 }]);
  });

  it('sums the early-vote rows separately and never into an area or the leftovers', () => {
    const r = joined();
    expect(r.earlyVotes).toEqual({ eligible: 0, voted: 15 });
    const leftovers = [...r.unplaced, ...r.resultWithoutGeometry].map((d) => d.code);
    expect(leftovers).not.toContain(EARLY_VOTES_CODE);
    expect(r.areas.flatMap((a) => a.districts)).not.toContain(EARLY_VOTES_CODE);
  });

  it('counts every row in the city total, placed or not', () => {
    // 100+200+50+30+0+0 eligible, 80+150+40+20+10+5 voted.
    expect(joined().city).toEqual({ eligible: 380, voted: 305 });
  });

  it('gives a district straddling two areas wholly to the area holding its point', () => {
    // 4 of its 6 units of width lie in 'ost'; the pole of inaccessibility (11, 2) is there too.
    const straddling: DistrictCollection = { type: 'FeatureCollection', features: [district('001', 'Över gränsen', square(8, 1, 14, 3))] };
    const r = joinTurnout(straddling, ROWS, AREAS);
    expect(areaBySlug(r, 'ost')).toMatchObject({ eligible: 100, voted: 80, districts: ['001'] });
    expect(areaBySlug(r, 'vast')).toMatchObject({ eligible: 0, voted: 0 });
  });

  it('places a district reaching into the sea by its part on land', () => {
    // x from -5 to 3: the middle (-1, 2) is in the sea, the land part (0..3) is in 'vast'.
    const coastal: DistrictCollection = { type: 'FeatureCollection', features: [district('001', 'Kust', square(-5, 1, 3, 3))] };
    const land: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: square(0, 0, 20, 10) };
    expect(joinTurnout(coastal, ROWS, AREAS).unplaced.map((d) => d.code)).toEqual(['001']);
    expect(areaBySlug(joinTurnout(coastal, ROWS, AREAS, land), 'vast')?.districts).toEqual(['001']);
  });

  it('places a MultiPolygon district', () => {
    const multi: MultiPolygon = { type: 'MultiPolygon', coordinates: [square(11, 1, 13, 3).coordinates, square(15, 5, 17, 7).coordinates] };
    const r = joinTurnout({ type: 'FeatureCollection', features: [district('002', 'Öst', multi)] }, ROWS, AREAS);
    expect(areaBySlug(r, 'ost')).toMatchObject({ eligible: 200, voted: 150, districts: ['002'] });
  });

  it('refuses a district code that has two polygons, which would count its result twice', () => {
    const twice: DistrictCollection = {
      type: 'FeatureCollection',
      features: [district('001', 'A', square(1, 1, 2, 2)), district('001', 'A', square(11, 1, 12, 2))],
    };
    expect(() => joinTurnout(twice, ROWS, AREAS)).toThrow('valdistrikt 001 förekommer flera gånger');
  });
});

describe('turnoutShare', () => {
  it('gives percent with two decimals', () => {
    expect(turnoutShare(193_960, 251_172)).toBe(77.22);
  });

  it('is null when nobody was eligible', () => {
    expect(turnoutShare(15, 0)).toBeNull();
  });
});

describe('real data: Malmö 2022 on the 2026 districts', () => {
  const root = resolve(import.meta.dirname, '..', '..');
  const read = (path: string) => readFileSync(resolve(root, path), 'utf8');
  const parsed = parseElectionCsv(read('data/sources/stats/riksdagsval-2022-malmo-valdistrikt.csv'));
  const districts = JSON.parse(read('data/sources/stats/valdistrikt-2026-malmo.geojson')) as DistrictCollection;
  const areas = JSON.parse(read('public/geo/omraden.geojson')) as AreaCollection;
  const land = (JSON.parse(read('public/geo/bakgrund.geojson')) as FeatureCollection<Polygon>).features.find(
    (f) => f.properties?.kind === 'malmo',
  )!;
  const r = joinTurnout(districts, parsed.rows, areas, land);
  const codes = (list: { code: string }[]) => list.map((d) => d.code).sort();

  it('joins the real files into the official city total, every area and a closed account', () => {
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows).toHaveLength(212);
    expect(r.city).toEqual({ eligible: 251_172, voted: 193_960 });
    expect(r.earlyVotes).toEqual({ eligible: 0, voted: 4_817 });

    expect(r.areas.map((a) => a.slug).sort()).toEqual(
      [
        'bunkeflostrand',
        'hyllievang',
        'kirsebergsstaden',
        'limhamns-hamnomrade',
        'lindangen',
        'lindeborg',
        'lorensborg',
        'mollevangen',
        'nydala',
        'ortagarden',
        'oxie-kyrkby',
        'riseberga',
        'ribersborg',
        'vastra-hamnen',
      ].sort(),
    );

    // Every vote is accounted for exactly once: in an area, or in one of the reported leftovers.
    const sum = (list: { eligible: number; voted: number }[]) =>
      list.reduce((s, c) => ({ eligible: s.eligible + c.eligible, voted: s.voted + c.voted }), { eligible: 0, voted: 0 });
    expect(sum([...r.areas, ...r.unplaced, ...r.resultWithoutGeometry, r.earlyVotes])).toEqual(r.city);

    // The five districts created for 2026 have no 2022 result; every 2022 district has a polygon.
    expect(codes(r.withoutResult)).toEqual(['12800434', '12800435', '12800436', '12800526', '12801011']);
    expect(r.resultWithoutGeometry).toEqual([]);

    // Clipped to land, every district is placed, the coastal ones that reach into Öresund too.
    expect(r.unplaced).toEqual([]);
  });

  it('places a coastal district by its land part and a border district by where most of it lies', () => {
    const areaOf = (code: string) => r.areas.find((a) => a.districts.includes(code))?.slug;
    expect(areaOf('12800102')).toBe('vastra-hamnen'); // Gamla staden-Stortorget, mostly sea
    expect(areaOf('12800605')).toBe('nydala'); // Augustenborg N, 99.9 % in Nydala
  });
});
