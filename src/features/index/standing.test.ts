// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { en } from '../../lib/copy/en';
import { sv, type Messages } from '../../lib/copy/sv';
import { parseIndexDefinition } from './api/index-definition';
import { parseIndexValues } from './api/index-values';
import { buildIndexModel, rankOf } from './model';
import { standingOf, standingSentence } from './standing';

const root = resolve(import.meta.dirname, '../../..');
const read = (p: string) => JSON.parse(readFileSync(resolve(root, p), 'utf8'));
const def = parseIndexDefinition(read('public/data/index-definition.json'));
const values = parseIndexValues(read('public/data/index-values.json')).items;
const areas = (read('public/geo/omraden.geojson').features as { properties: { slug: string } }[]).map((f) => f.properties.slug);
const model = buildIndexModel(def, values, areas, { year: null, layer: 'index' })!;
const bySlug = (rank: number) => areas.find((a) => rankOf(model, a) === rank)!;
const sentence = (area: string, t: Messages = sv, m = model) => standingSentence(standingOf(m, area, areas)!, area, areas.length, m, t);

describe('an area in one sentence', () => {
  it('names the lowest index as rank 1 in the darkest class, in Swedish and English', () => {
    expect(bySlug(1)).toBe('ortagarden');
    expect(standingOf(model, 'ortagarden', areas)).toMatchObject({ rank: 1, cls: 0, extreme: 'lowest', example: true });
    expect(sentence('ortagarden')).toBe('ortagarden har det lägsta indexvärdet av Malmös 14 områden (rang 1), klart under Malmö = 100: stora utmaningar.');
    expect(sentence('ortagarden', en)).toBe("ortagarden has the lowest index value of Malmö's 14 areas (rank 1), well below Malmö = 100: great challenges.");
  });

  it('names the highest index as the highest, whatever its rank number', () => {
    const top = [...areas].sort((a, b) => rankOf(model, b)! - rankOf(model, a)!)[0]!;
    const s = standingOf(model, top, areas)!;
    expect(s.extreme).toBe('highest');
    expect(sentence(top)).toMatch(new RegExp(`^${top} har det högsta indexvärdet av Malmös 14 områden \\(rang ${s.rank}\\), `));
  });

  it('gives an area in between its rank and its class against Malmö = 100', () => {
    const mid = bySlug(7);
    const s = standingOf(model, mid, areas)!;
    expect(s.extreme).toBeNull();
    expect(sentence(mid)).toBe(`${mid} har rang 7 av Malmös 14 områden, ${sv.standingClass(s.cls!)}.`);
  });

  it('says so when the layer has no value for the area in that year', () => {
    // Valdeltagande has real values for 2022 only.
    const early = buildIndexModel(def, values, areas, { year: 2019, layer: 'valdeltagande' })!;
    expect(standingOf(early, 'ortagarden', areas)).toMatchObject({ score: null, cls: null, extreme: null });
    expect(sentence('ortagarden', sv, early)).toBe(`ortagarden saknar värde för ${early.layer.label} 2019 (för få värden).`);
  });
});
