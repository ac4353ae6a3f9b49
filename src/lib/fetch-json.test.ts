import { delay, http, HttpResponse } from 'msw';
import { server } from '../../mocks/node';
import { DataError } from './data-error';
import { fetchJson, fetchTimeout } from './fetch-json';

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
