// @vitest-environment node
import { DataError } from '../data-error';
import { lineAndColumn, locateJsonError, parseJsonText } from './parse-json-text';

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

describe('locateJsonError: every reason, where it points', () => {
  // Reasons and offsets as editors have been shown them; the messages are part of the interface.
  it.each([
    ['{"a": 1,\n "b": "x\ny"}', 17, 'radbrytning inuti en text (skriv \\n)'],
    ['["a\u0001"]', 3, 'otillåtet kontrolltecken inuti en text'],
    ['["\\x"]', 2, 'ogiltig escape-sekvens \\x'],
    ['["\\u12g4"]', 2, 'ogiltig \\u-kod i en text'],
    ['["abc', 1, 'texten tar aldrig slut (saknas ett avslutande ")'],
    ['[1, NaN]', 4, 'NaN och Infinity är inte tillåtna i JSON; skriv ett tal eller null'],
    ['[-Infinity]', 1, 'NaN och Infinity är inte tillåtna i JSON; skriv ett tal eller null'],
    ["['a']", 1, 'text ska stå inom dubbla citattecken (")'],
    ['{"a": undefined}', 6, '"undefined" är inte tillåtet i JSON; använd true, false eller null'],
    ['[True]', 1, '"True" är inte tillåtet i JSON; använd true, false eller null'],
    ['{"a" 1}', 5, 'kolon (:) saknas efter nyckeln, fick "1"'],
    ['{"a": 1 "b": 2}', 8, 'kommatecken eller } saknas, fick "\\""'],
    ['[1 2]', 3, 'kommatecken eller ] saknas, fick "2"'],
    ['{"a": 1,}', 8, 'kommatecken före }'],
    ['[1.]', 2, 'ogiltigt tal (JSON tillåter inte inledande nollor, avslutande punkt eller decimalkomma)'],
    ['[1,,2]', 3, 'oväntat tecken ","'],
    ['{a: 1}', 1, 'nyckeln ska stå inom dubbla citattecken, fick "a"'],
    ['nul', 0, 'oväntat tecken "n"'],
    ['{"a": [1, 2', 11, 'filen tar slut för tidigt (saknas ett avslutande } eller ] eller ")'],
  ])('%j', (text, offset, reason) => {
    expect(locateJsonError(text)).toEqual({ offset, reason });
  });

  it('agrees with JSON.parse on what is valid: a long number is one number', () => {
    const long = `[${'9'.repeat(1000)}]`;
    expect(() => JSON.parse(long)).not.toThrow();
    expect(locateJsonError(long)).toBeNull();
  });

  it('gives up (null) rather than throwing when nesting is too deep for the stack', () => {
    expect(locateJsonError('['.repeat(1_000_000))).toBeNull();
  });
});

describe('lineAndColumn', () => {
  it('counts both from 1, the column from the last line break', () => {
    expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});

describe('parseJsonText', () => {
  const message = (file: string, text: string) => {
    try {
      parseJsonText(file, text);
    } catch (err) {
      if (err instanceof DataError) return `${err.kind}: ${err.message}`;
      throw err;
    }
    return 'parsed';
  };

  it('parses valid JSON', () => {
    expect(parseJsonText('data/a.json', '{"a": [1, "x"]}')).toEqual({ a: [1, 'x'] });
  });
  it('names line and column of a syntax error', () => {
    expect(message('data/a.json', '{\n  "a": [1, 2, ]\n}')).toBe('json: data/a.json: Filen är inte giltig JSON: kommatecken före ] (rad 2, kolumn 15).');
  });
  it('says a file with a replacement character is not UTF-8', () => {
    expect(message('data/a.json', '{\n"a": "\uFFFD"}')).toBe('encoding: data/a.json: Filen är inte UTF-8 (tecken som inte kunde läsas på rad 2). Spara den som UTF-8 och försök igen.');
  });
  it('falls back to the engine message, cut short, when the error cannot be located', () => {
    expect(message('data/a.json', '['.repeat(1_000_000))).toMatch(/^json: data\/a\.json: Filen är inte giltig JSON \(.{1,201}\)\.$/);
  });
});
