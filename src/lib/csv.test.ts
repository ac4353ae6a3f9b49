import { BOM, csvNumber, parseCsv, toCsv } from './csv';

describe('csv for Swedish Excel', () => {
  it('starts with a BOM, separates with semicolons and ends lines with CRLF', () => {
    const text = toCsv(['Område', 'Värde'], [['Örtagården', csvNumber(73.64)]]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.slice(1)).toBe('Område;Värde\r\nÖrtagården;73,6');
  });
  it('quotes a field that contains the separator or a quote, and parses back the same rows', () => {
    const rows = [['a;b', 'säger "hej"', '']];
    const text = toCsv(['x', 'y', 'z'], rows);
    expect(parseCsv(text)).toEqual([['x', 'y', 'z'], ...rows]);
  });
  it('leaves a missing number empty rather than 0', () => {
    expect(csvNumber(null)).toBe('');
    expect(csvNumber(Number.NaN)).toBe('');
  });
});
