// @vitest-environment node
import { z } from 'zod';
import { DataError, describeProblem } from './data-error';
import { parseCollection, positionInFile, recordLabel } from './parse-collection';

const envelope = z.object({ items: z.array(z.unknown()) });
const item = z.object({ id: z.string(), value: z.number() });
const parse = (json: unknown) =>
  parseCollection({ file: 'data/test.json', json, envelope, listKey: 'items', item, meta: () => null, describe: (raw, i) => recordLabel(raw, i, ['id']) });

describe('parseCollection', () => {
  it('keeps valid records and reports the invalid one by position, id and field', () => {
    const result = parse({ items: [{ id: 'a', value: 1 }, { id: 'b', value: 'x' }, { id: 'c', value: 3 }] });
    expect(result.items.map((i) => i.id)).toEqual(['a', 'c']);
    expect(result.problems).toHaveLength(1);
    expect(describeProblem(result.problems[0]!)).toMatch(/^data\/test\.json, post 2 \(id "b"\), fält value: Ogiltig inmatning/);
  });

  it('rejects the whole file when the envelope is wrong', () => {
    expect(() => parse({ rows: [] })).toThrow(DataError);
    try {
      parse({ rows: [] });
    } catch (e) {
      expect((e as DataError).kind).toBe('schema');
      expect((e as DataError).problems[0]).toMatchObject({ file: 'data/test.json', field: 'items' });
    }
  });
});

describe('parseCollection: repeated ids', () => {
  const parseUnique = (json: unknown) =>
    parseCollection({
      file: 'data/test.json',
      json,
      envelope,
      listKey: 'items',
      item,
      meta: () => null,
      describe: (raw, i) => recordLabel(raw, i, ['id']),
      unique: [{ field: 'id', key: (x) => x.id }],
    });

  it('keeps the first record with an id and reports the repeat by record and field', () => {
    const result = parseUnique({ items: [{ id: 'a', value: 1 }, { id: 'b', value: 2 }, { id: 'a', value: 3 }] });
    expect(result.items.map((i) => i.value)).toEqual([1, 2]);
    expect(result.problems).toEqual([{ file: 'data/test.json', record: 'post 3 (id "a")', field: 'id', message: 'Värdet "a" finns redan i post 1; posten visas inte.' }]);
  });

  it('remembers where each kept record stood in the file', () => {
    const result = parseUnique({ items: [{ id: 'a', value: 'x' }, { id: 'b', value: 2 }] });
    expect(positionInFile(result.items[0]!)).toBe(1);
  });
});

describe('messages for values', () => {
  it('says a field is missing', () => {
    const result = parse({ items: [{ id: 'a' }] });
    expect(result.problems[0]).toMatchObject({ field: 'value', message: 'Fältet saknas (ska vara ett tal)' });
  });
  it('says a number is infinite (1e999 in the file)', () => {
    const result = parse(JSON.parse('{"items": [{"id": "a", "value": 1e999}]}'));
    expect(result.problems[0]?.message).toMatch(/^Talet är oändligt eller för stort/);
  });
  it('cuts a long id in a record label', () => {
    expect(recordLabel({ id: 'x'.repeat(1_000_000) }, 0, ['id'])).toBe(`post 1 (id "${'x'.repeat(60)}…")`);
  });
});
