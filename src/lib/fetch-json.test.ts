import { z } from 'zod';
import { delay, http, HttpResponse } from 'msw';
import { server } from '../../mocks/node';
import { DataError, describeProblem } from './data-error';
import { fetchJson, fetchTimeout, formatPath, locateJsonError, parseCollection, positionInFile, recordLabel } from './fetch-json';

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

describe('fetchJson: empty, mis-encoded and malformed text', () => {
  const serve = (path: string, body: BodyInit) => server.use(http.get(`*/${path}`, () => new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } })));

  it('says an empty file is empty', async () => {
    serve('data/tom.json', '');
    await expect(fetchJson('data/tom.json')).rejects.toMatchObject({ kind: 'json', message: 'data/tom.json: Filen är tom.' });
  });

  it('treats a file of only whitespace as empty', async () => {
    serve('data/blank.json', ' \n\t\r\n ');
    await expect(fetchJson('data/blank.json')).rejects.toMatchObject({ kind: 'json', message: 'data/blank.json: Filen är tom.' });
  });

  it('says a Windows-1252 file is not UTF-8, on which line', async () => {
    serve('data/latin1.json', new Uint8Array([...new TextEncoder().encode('{\n"a": 1,\n"namn": "V'), 0xe4, ...new TextEncoder().encode('stra hamnen"\n}')]));
    await expect(fetchJson('data/latin1.json')).rejects.toMatchObject({
      kind: 'encoding',
      message: 'data/latin1.json: Filen är inte UTF-8 (tecken som inte kunde läsas på rad 3). Spara den som UTF-8 och försök igen.',
    });
  });

  it('gives line and column of a JSON syntax error', async () => {
    serve('data/komma.json', '{\n  "a": 1\n  "b": 2\n}');
    await expect(fetchJson('data/komma.json')).rejects.toMatchObject({
      kind: 'json',
      message: 'data/komma.json: Filen är inte giltig JSON: kommatecken eller } saknas, fick "\\"" (rad 3, kolumn 3).',
    });
  });

  it('explains NaN, which JSON does not have', async () => {
    serve('data/nan.json', '{"values": [{"value": NaN}]}');
    await expect(fetchJson('data/nan.json')).rejects.toMatchObject({ message: expect.stringContaining('NaN och Infinity är inte tillåtna i JSON; skriv ett tal eller null (rad 1, kolumn 23)') });
  });
});

describe('locateJsonError', () => {
  it('returns null for valid JSON', () => {
    expect(locateJsonError('{"a": [1, -2.5e3, "x\\u00e5", true, false, null], "b": {}}')).toBeNull();
  });
  it('finds a trailing comma', () => {
    expect(locateJsonError('[1, 2, ]')).toEqual({ offset: 7, reason: 'kommatecken före ]' });
  });
  it('finds the end of a truncated file', () => {
    expect(locateJsonError('{"a": [1, 2')?.reason).toMatch(/^filen tar slut för tidigt/);
  });
  it('finds single quotes', () => {
    expect(locateJsonError("{'a': 1}")).toEqual({ offset: 1, reason: 'nyckeln ska stå inom dubbla citattecken, fick "\'"' });
  });
  it('finds content after the value', () => {
    expect(locateJsonError('{} {}')).toEqual({ offset: 3, reason: 'oväntat innehåll efter slutet av JSON-värdet' });
  });
  it('finds a leading zero in a number', () => {
    expect(locateJsonError('{"a": 01}')?.reason).toMatch(/^ogiltigt tal/);
  });
});

describe('fetchJson: time limit and cancellation', () => {
  afterEach(() => {
    fetchTimeout.ms = 20_000;
  });

  it('gives up after the time limit with a network DataError', async () => {
    server.use(
      http.get('*/data/seg.json', async () => {
        await delay('infinite');
        return new HttpResponse(null);
      }),
    );
    await expect(fetchJson('data/seg.json', undefined, 50)).rejects.toMatchObject({
      kind: 'network',
      message: 'data/seg.json: Tog för lång tid att hämta (tidsgräns 0,05 s).',
    });
  });

  it('takes the default time limit from fetchTimeout', async () => {
    fetchTimeout.ms = 30;
    server.use(
      http.get('*/data/seg2.json', async () => {
        await delay('infinite');
        return new HttpResponse(null);
      }),
    );
    await expect(fetchJson('data/seg2.json')).rejects.toMatchObject({ message: 'data/seg2.json: Tog för lång tid att hämta (tidsgräns 0,03 s).' });
  });

  it('passes a cancellation by the caller through as an abort, not as a data error', async () => {
    server.use(
      http.get('*/data/avbruten.json', async () => {
        await delay('infinite');
        return new HttpResponse(null);
      }),
    );
    const controller = new AbortController();
    const pending = fetchJson('data/avbruten.json', controller.signal, 5_000);
    controller.abort();
    const outcome = await pending.then(
      () => 'resolved',
      (e: unknown) => (e instanceof DataError ? 'data error' : 'aborted'),
    );
    expect(outcome).toBe('aborted');
  });

  it('does not time out a response that arrives in time', async () => {
    server.use(http.get('*/data/snabb.json', () => HttpResponse.json({ ok: true })));
    await expect(fetchJson('data/snabb.json', undefined, 1_000)).resolves.toEqual({ ok: true });
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
