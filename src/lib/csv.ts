import Papa from 'papaparse';

/**
 * CSV for Swedish Excel: semicolon-separated (Excel in sv-SE uses comma as the decimal mark, so it
 * expects ";" between fields), UTF-8 with a byte order mark so å/ä/ö open correctly, CRLF line
 * ends. Numbers are written with a decimal comma for the same reason. See docs/exports.md.
 */
export const CSV_DELIMITER = ';';
export const BOM = '\uFEFF';

export type CsvCell = string | number | null | undefined;

export function csvNumber(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return value.toFixed(digits).replace('.', ',');
}

export function toCsv(header: string[], rows: CsvCell[][]): string {
  return BOM + Papa.unparse({ fields: header, data: rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : String(c)))) }, { delimiter: CSV_DELIMITER, newline: '\r\n', quotes: false });
}

export function parseCsv(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: CSV_DELIMITER, skipEmptyLines: true });
  return parsed.data;
}

/** Starts a download of text or a data URL; no server involved. */
export function download(filename: string, content: string | Blob, type = 'text/csv;charset=utf-8') {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
