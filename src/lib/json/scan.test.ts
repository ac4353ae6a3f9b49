// @vitest-environment node
import { createLocator, type JsonPath } from './locate';
import { locateJsonError } from './parse-json-text';
import { JsonScanner, JsonSyntaxError } from './scan';

// Escaped quotes and backslashes in keys and texts, brackets inside texts, arrays in arrays.
const doc = JSON.stringify(
  {
    'a"b': 'x\\"]},[',
    list: [[1, ']'], [[2, -3.5e2], { 'k\\': '\\', e: [] }], null, true],
    geometry: { coordinates: [[[12.9, 55.6], [13, 55.61]]] },
    text: 'rad\nrad',
  },
  null,
  2,
);

/** Every path to a value in `value`, the root included. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (!value || typeof value !== 'object') return [prefix];
  const children = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...children.flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
}

const valueAt = (root: unknown, path: JsonPath) => path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], root);

/** The text of the one value starting at `offset`, as the scanner delimits it. */
function valueText(text: string, offset: number): string {
  const scanner = new JsonScanner(text);
  scanner.i = offset;
  scanner.value();
  return text.slice(offset, scanner.i);
}

describe('one scanner for the record locator and the error locator', () => {
  it('the error locator accepts the document the record locator indexes', () => {
    expect(locateJsonError(doc)).toBeNull();
  });

  it('the record locator finds every value exactly where JSON.parse read it', () => {
    const json = JSON.parse(doc) as unknown;
    const loc = createLocator(doc);
    const paths = pathsOf(json);
    expect(paths.length).toBeGreaterThan(20);
    for (const path of paths) {
      const { offset, depth } = loc.locate(path);
      expect(depth).toBe(path.length);
      expect(JSON.parse(valueText(doc, offset))).toEqual(valueAt(json, path));
    }
  });

  it('breaking the document: the error locator points at the break, the record locator still finds what comes before it', () => {
    const intact = createLocator(doc);
    const before = intact.locate(['list', 1, 0, 1]).offset; // -350, inside arrays in arrays
    const after = doc.indexOf(']', before); // closes [2, -350]
    const broken = `${doc.slice(0, after)}, ${doc.slice(after)}`;
    expect(locateJsonError(broken)).toEqual({ offset: after + 2, reason: 'kommatecken före ]' });
    const loc = createLocator(broken);
    expect(loc.locate(['list', 1, 0, 1])).toEqual({ offset: before, depth: 4 });
    expect(loc.locate(['list', 1, 1]).depth).toBe(2);
  });

  it('an escaped quote does not end a text for either of them, and both point at where the text starts', () => {
    const unterminated = '{"a": "x\\"}';
    expect(locateJsonError(unterminated)).toEqual({ offset: 6, reason: 'texten tar aldrig slut (saknas ett avslutande ")' });
    expect(createLocator(unterminated).locate(['a'])).toEqual({ offset: 6, depth: 1 });
  });
});

describe('JsonScanner', () => {
  it('tells a visitor each key, decoded, and where its value starts', () => {
    const text = '{ "a" : 1, "b\\u00e5\\"" :\n[2] }';
    const seen: [string | number, string][] = [];
    const scanner = new JsonScanner(text);
    scanner.members((key, at) => seen.push([key, text.slice(at, at + 3)]));
    expect(seen).toEqual([
      ['a', '1, '],
      ['bå"', '[2]'],
    ]);
    expect(scanner.i).toBe(text.length);
  });

  it('throws a JsonSyntaxError with offset and reason', () => {
    const scanner = new JsonScanner('[1, 2 3]');
    expect(() => scanner.value()).toThrow(JsonSyntaxError);
    expect(() => new JsonScanner('[1, 2 3]').value()).toThrow(expect.objectContaining({ offset: 6, reason: 'kommatecken eller ] saknas, fick "3"' }));
  });
});
