// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseIndexDefinition } from './api/index-definition';
import { localizeDefinition } from './localize';
import { buildIndexModel } from './model';

const read = (p: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, '../../..', p), 'utf8')) as unknown;
const shipped = parseIndexDefinition(read('public/data/index-definition.json'));

describe('localizeDefinition', () => {
  it('gives English names, reasons and sources, and keeps ids, weights and directions', () => {
    const en = localizeDefinition(shipped, 'en');
    expect(en.compositeLabel).toBe('Composite index');
    expect(en.dimensions.map((d) => d.name)).toEqual(['Participation', 'Education', 'Economy', 'Housing', 'Health']);
    expect(en.dimensions[4]!.proposedBy).toMatch(/^the health, care and social services board/);
    const turnout = en.dimensions[0]!.indicators[0]!;
    expect(turnout.name).toBe('Turnout in Riksdag (general) elections');
    expect(turnout.source).toMatch(/^Swedish Election Authority/);
    expect(en.dimensions.flatMap((d) => d.indicators.map((i) => [i.id, i.weight, i.direction]))).toEqual(shipped.dimensions.flatMap((d) => d.indicators.map((i) => [i.id, i.weight, i.direction])));
  });

  it('falls back to the Swedish where a text has no English form', () => {
    const def = structuredClone(shipped);
    delete def.dimensions[1]!.name_en;
    delete def.dimensions[1]!.indicators[0]!.name_en;
    const en = localizeDefinition(def, 'en');
    expect(en.dimensions[1]!.name).toBe('Utbildning');
    expect(en.dimensions[1]!.indicators[0]!.name).toBe(shipped.dimensions[1]!.indicators[0]!.name);
  });

  it('leaves the Swedish definition as it is and builds the English one once', () => {
    expect(localizeDefinition(shipped, 'sv')).toBe(shipped);
    expect(localizeDefinition(shipped, 'en')).toBe(localizeDefinition(shipped, 'en'));
  });

  it('labels the model’s layers in the wanted language', () => {
    const values = (read('public/data/index-values.json') as { values: never[] }).values;
    const areas = ['ortagarden', 'nydala'];
    const en = buildIndexModel(shipped, values, areas, { year: null, layer: 'boende', lang: 'en' })!;
    expect(en.layer.label).toBe('Housing');
    expect(buildIndexModel(shipped, values, areas, { year: null, layer: 'boende' })!.layer.label).toBe('Boende');
  });
});
