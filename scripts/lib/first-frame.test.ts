// @vitest-environment node
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseIndexDefinition } from '../../src/features/index/api/index-definition.ts';
import { parseIndexValues } from '../../src/features/index/api/index-values.ts';
import { buildIndexModel, classesByArea } from '../../src/features/index/model.ts';
import { FIRST_FRAME_FILES, computeFirstFrame } from './first-frame.ts';

const publicDir = resolve(import.meta.dirname, '../../public');
const read = (p: string) => JSON.parse(readFileSync(resolve(publicDir, p), 'utf8'));

describe('the map\'s first frame, computed at build time', () => {
  const frame = computeFirstFrame(publicDir)!;
  const slugs = (read('geo/omraden.geojson').features as { properties: { slug: string } }[]).map((f) => f.properties.slug);

  it('is the default view: its layer and year, every area\'s class as the app computes it', () => {
    const model = buildIndexModel(parseIndexDefinition(read('data/index-definition.json')), parseIndexValues(read('data/index-values.json')).items, slugs, { layer: 'index', year: null })!;
    expect(frame.layer).toBe('index');
    expect(frame.year).toBe(model.defaultYear);
    expect(frame.choropleth.classes).toEqual(classesByArea(model, slugs));
    expect(Object.keys(frame.choropleth.classes)).toHaveLength(14);
  });
  it('has a badge for every area with insatser, with its count', () => {
    const counts = Object.fromEntries(frame.counts.features.map((f) => [f.properties.slug, f.properties.count]));
    expect(counts.ortagarden).toBe(10);
    expect(Object.values(counts).every((n) => n > 0)).toBe(true);
  });
  it('is null, not an error, when a data file does not parse (the app then reports it)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'first-frame-'));
    for (const file of FIRST_FRAME_FILES) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      cpSync(join(publicDir, file), join(dir, file));
    }
    expect(computeFirstFrame(dir)).not.toBeNull();
    writeFileSync(join(dir, 'data/index-values.json'), '{ inte json');
    expect(computeFirstFrame(dir)).toBeNull();
  });
});
