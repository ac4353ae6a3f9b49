import { z } from 'zod';
import { http, HttpResponse } from 'msw';
import { server } from '../../mocks/node';
import { DataError, describeProblem } from './data-error';
import { fetchJson, formatPath, parseCollection, recordLabel } from './fetch-json';

const envelope = z.object({ items: z.array(z.unknown()) });
const item = z.object({ id: z.string(), value: z.number() });
const parse = (json: unknown) =>
  parseCollection({ file: 'data/test.json', json, envelope, listKey: 'items', item, meta: () => null, describe: (raw, i) => recordLabel(raw, i, ['id']) });

describe('formatPath', () => {
  it('writes object keys with dots and array indices in brackets', () => {
    expect(formatPath(['features', 3, 'properties', 'slug'])).toBe('features[3].properties.slug');
  });
});

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

describe('fetchJson', () => {
  it('throws a json DataError naming the file for malformed JSON', async () => {
    server.use(http.get('*/data/trasig.json', () => new HttpResponse('{"a":', { status: 200 })));
    await expect(fetchJson('data/trasig.json')).rejects.toMatchObject({ kind: 'json', problems: [{ file: 'data/trasig.json' }] });
  });

  it('throws an http DataError with the status', async () => {
    server.use(http.get('*/data/saknas.json', () => new HttpResponse(null, { status: 404, statusText: 'Not Found' })));
    await expect(fetchJson('data/saknas.json')).rejects.toMatchObject({ kind: 'http', message: 'data/saknas.json: Servern svarade 404 Not Found.' });
  });

  it('throws a network DataError when the request fails', async () => {
    server.use(http.get('*/data/natfel.json', () => HttpResponse.error()));
    await expect(fetchJson('data/natfel.json')).rejects.toMatchObject({ kind: 'network' });
  });
});
