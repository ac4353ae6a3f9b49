// @vitest-environment node
import { z } from 'zod';
import './zod-setup'; // Swedish messages
import { firstSelfCrossing, polygonGeometry, slug, text } from './schemas';

const square = [[12.98, 55.6], [12.99, 55.6], [12.99, 55.61], [12.98, 55.61], [12.98, 55.6]];
const issues = (geometry: unknown) => {
  const r = polygonGeometry.safeParse(geometry);
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
};

describe('polygon geometry', () => {
  it('accepts a closed ring in WGS84 near Malmö', () => {
    expect(issues({ type: 'Polygon', coordinates: [square] })).toEqual([]);
  });

  it('recognises SWEREF99 coordinates and names the first one', () => {
    const sweref = [[118000, 6163000], [118700, 6163000], [118700, 6164100], [118000, 6163000]];
    expect(issues({ type: 'Polygon', coordinates: [sweref] })).toEqual([
      {
        path: 'coordinates.0.0',
        message: 'Koordinaten [118000, 6163000] är inte longitud/latitud – koordinater i SWEREF99 eller annat referenssystem? Förväntade WGS84 (lon/lat) (4 av 4 koordinater i ringen).',
      },
    ]);
  });

  it('suggests swapped longitude and latitude', () => {
    const swapped = square.map(([x, y]) => [y!, x!]);
    expect(issues({ type: 'Polygon', coordinates: [swapped] })[0]?.message).toContain('är longitud och latitud omkastade?');
  });

  it('rejects coordinates in WGS84 but far from Malmö', () => {
    const stockholm = square.map(([x, y]) => [x! + 5, y! + 4]);
    expect(issues({ type: 'Polygon', coordinates: [stockholm] })[0]?.message).toContain('ligger utanför Malmöområdet');
  });

  it('reports a single stray coordinate by its position', () => {
    const ring = square.map((p) => [...p]);
    ring[2] = [129.9, 55.61];
    expect(issues({ type: 'Polygon', coordinates: [ring] })).toEqual([{ path: 'coordinates.0.2', message: expect.stringContaining('Koordinaten [129.9, 55.61] ligger utanför Malmöområdet') }]);
  });

  it('rejects a ring that is not closed', () => {
    expect(issues({ type: 'Polygon', coordinates: [square.slice(0, 4)] })).toEqual([
      { path: 'coordinates.0', message: 'Polygonringen är inte sluten: första koordinaten [12.98, 55.6] och sista [12.98, 55.61] ska vara samma.' },
    ]);
  });

  it('rejects a ring of fewer than four positions', () => {
    expect(issues({ type: 'Polygon', coordinates: [[square[0], square[1], square[0]]] })).toEqual([{ path: 'coordinates.0', message: 'En polygonring behöver minst fyra koordinater' }]);
  });

  it('rejects a self-intersecting ring (a bow tie), saying where', () => {
    const bowtie = [[13.04, 55.58], [13.05, 55.59], [13.05, 55.58], [13.04, 55.59], [13.04, 55.58]];
    expect(issues({ type: 'Polygon', coordinates: [bowtie] })).toEqual([
      { path: 'coordinates.0', message: 'Polygonen korsar sig själv: kanten mellan koordinat 0 och 1 korsar kanten mellan 2 och 3 vid [13.045, 55.585].' },
    ]);
  });

  it('names polygon and ring of a MultiPolygon', () => {
    const bowtie = [[13.04, 55.58], [13.05, 55.59], [13.05, 55.58], [13.04, 55.59], [13.04, 55.58]];
    expect(issues({ type: 'MultiPolygon', coordinates: [[square], [square, bowtie]] }).map((i) => i.path)).toEqual(['coordinates.1.1']);
  });

  it('rejects a geometry that is not a polygon', () => {
    expect(issues({ type: 'Point', coordinates: [13, 55.6] })).toEqual([{ path: 'type', message: 'Geometrin ska ha type "Polygon" eller "MultiPolygon"' }]);
  });

  it('rejects a coordinate given as text', () => {
    const ring = square.map((p) => [...p]) as unknown[][];
    ring[1]![0] = '12.99';
    expect(issues({ type: 'Polygon', coordinates: [ring] })).toEqual([{ path: 'coordinates.0.1.0', message: 'Ogiltig inmatning: förväntade ett tal, fick text' }]);
  });
});

describe('firstSelfCrossing', () => {
  it('finds no crossing in a square', () => {
    expect(firstSelfCrossing(square)).toBeNull();
  });

  it('accepts a spike that runs back along its own edge (as in the real Limhamns hamnområde)', () => {
    const spike = [[12.98, 55.6], [12.99, 55.6], [12.995, 55.6], [12.994, 55.6], [12.99, 55.61], [12.98, 55.61], [12.98, 55.6]];
    expect(firstSelfCrossing(spike)).toBeNull();
  });

  it('accepts a ring that touches itself at a vertex', () => {
    const touching = [[0, 0], [2, 0], [1, 1], [2, 2], [0, 2], [1, 1], [0, 0]];
    expect(firstSelfCrossing(touching)).toBeNull();
  });

  it('finds a crossing between edges that are not neighbours, and where it is', () => {
    // A long box whose way back cuts down through its own bottom edge.
    const ring = [[0, 0], [10, 0], [10, 2], [1, 2], [1, -1], [0, -1], [0, 0]];
    expect(firstSelfCrossing(ring)).toEqual({ edges: [0, 3], at: [1, 0] });
  });
});

describe('text limits', () => {
  it('names the limit of an over-long text', () => {
    const r = z.object({ name: text(200) }).safeParse({ name: 'x'.repeat(1024 * 1024) });
    expect(r.error?.issues).toEqual([expect.objectContaining({ path: ['name'], message: 'För lång text (max 200 tecken)' })]);
  });

  it('rejects an empty text', () => {
    expect(text(10).safeParse('').error?.issues[0]?.message).toBe('Får inte vara tom');
  });

  it('caps a slug at 100 characters', () => {
    expect(slug.safeParse('a'.repeat(101)).error?.issues[0]?.message).toBe('För lång text (max 100 tecken)');
  });
});
