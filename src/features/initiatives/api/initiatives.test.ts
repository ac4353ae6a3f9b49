// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseInitiatives } from './initiatives';

describe('initiative register contract', () => {
  it('accepts the shipped file', () => {
    const json = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../../public/data/insatser.json'), 'utf8'));
    expect(parseInitiatives(json).problems).toEqual([]);
  });
  it('names the record and field of an initiative without a place', () => {
    const json = { meta: { title: 't', source: 's', licence: 'CC0', attribution: 'a', updated: '2026-01-01' }, initiatives: [{ id: 'ctc', name: 'CTC', areas: [] }] };
    const { items, problems } = parseInitiatives(json);
    expect(items).toEqual([]);
    expect(problems[0]).toMatchObject({ file: 'data/insatser.json', record: 'post 1 (id "ctc")', field: 'areas' });
  });
});
