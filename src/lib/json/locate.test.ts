// @vitest-environment node
import { createLocator, parseFieldPath } from './locate';
import { JsonScanner } from './scan';

describe('parseFieldPath', () => {
  it('splits keys and list positions as the app prints them', () => {
    expect(parseFieldPath('geometry.coordinates[0][1]')).toEqual(['geometry', 'coordinates', 0, 1]);
    expect(parseFieldPath('sources[2].file')).toEqual(['sources', 2, 'file']);
    expect(parseFieldPath('')).toEqual([]);
  });
});

describe('locating a record in JSON text', () => {
  it('finds the line where an element of a list starts, and a field inside it', () => {
    const text = '{\n  "a": 1,\n  "list": [\n    {"x": 1},\n    {\n      "x": 2,\n      "y": [3]\n    }\n  ]\n}';
    const loc = createLocator(text);
    expect([loc.line(['list', 0]), loc.line(['list', 1]), loc.line(['list', 1, 'y', 0]), loc.line(['list', 5])]).toEqual([4, 5, 7, 3]);
  });

  it('is not misled by escaped quotes, or brackets and commas inside texts', () => {
    const text = '{"a\\"b": "x\\"]},[", "list": [[1, "]"], [[2, 3], {"k": "\\\\"}]], "c": true}';
    const loc = createLocator(text);
    const at = (path: (string | number)[]) => text.slice(loc.locate(path).offset);
    expect(at(['a"b'])).toMatch(/^"x\\"\]\},\["/);
    expect(at(['list', 0, 1])).toMatch(/^"\]"\]/);
    expect(at(['list', 1, 0, 1])).toMatch(/^3\]/);
    expect(at(['list', 1, 1, 'k'])).toMatch(/^"\\\\"\}/);
    expect(at(['c'])).toBe('true}');
  });

  it('takes a list position written as text ("3" from a field path)', () => {
    const loc = createLocator('[\n0,\n1,\n2]');
    expect(loc.line(['2'])).toBe(4);
  });

  it('says how much of a path exists, and stops at the deepest part that does', () => {
    const text = '{"a": {"b": [1, 2]}}';
    const loc = createLocator(text);
    expect(loc.locate(['a', 'b', 7, 'c'])).toEqual({ offset: text.indexOf('['), depth: 2 });
    expect(loc.locate(['a', 'b', 1, 'c'])).toEqual({ offset: text.indexOf('2'), depth: 3 });
  });

  it('counts lines of a file that starts with a BOM as the file has them', () => {
    const loc = createLocator('\uFEFF{\n"a":\n[1]}');
    expect(loc.line(['a', 0])).toBe(3);
  });

  it('follows a path in text that is not JSON up to where the text breaks, without throwing', () => {
    const text = '{"a": [1, 2,, 3], "b": 4';
    const loc = createLocator(text);
    expect(loc.locate(['a', 1])).toEqual({ offset: text.indexOf('2'), depth: 2 });
    // The broken element is found where it starts; nothing after it is.
    expect(loc.locate(['a', 2])).toEqual({ offset: text.indexOf(',,') + 1, depth: 2 });
    expect(loc.locate(['a', 3]).depth).toBe(1);
    expect(loc.locate(['b']).depth).toBe(0);
  });

  it('scans each container once however many records are located in it', () => {
    const n = 2_000;
    const text = `{"values": [\n${Array.from({ length: n }, (_, i) => `{"id": ${i}, "v": [${i}]}`).join(',\n')}\n]}`;
    const loc = createLocator(text);
    const members = vi.spyOn(JsonScanner.prototype, 'members');
    try {
      for (let pass = 0; pass < 2; pass++) for (let i = 0; i < n; i++) expect(loc.line(['values', i, 'v'])).toBe(i + 2);
      // Indexing (a visitor given) happens once per container on the paths: the root, the list, each record.
      expect(members.mock.calls.filter(([visit]) => visit !== undefined)).toHaveLength(n + 2);
    } finally {
      members.mockRestore();
    }
  });
});
