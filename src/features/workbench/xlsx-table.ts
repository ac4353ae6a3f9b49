/**
 * The .xlsx half of reading an editor's spreadsheet (the CSV half is table.ts), for the CLI and
 * the workbench alike. exceljs is loaded only when an .xlsx is read: in the browser, only when an
 * editor drops one on the workbench (Node resolves its Node build, vite its browser bundle).
 */
import { InputError, columnLetter, findHeader, normaliseHeader, readCsvBytes, type ReadOptions, type Table } from './table';

/** The text of an exceljs cell value: numbers as JavaScript writes them (decimal point), formulas by their result. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { result?: unknown; richText?: { text: string }[]; text?: unknown; error?: unknown };
    if ('error' in v && v.error !== undefined) return String(v.error);
    if ('result' in v) return cellText(v.result);
    if (v.richText) return v.richText.map((t) => t.text).join('');
    if (v.text !== undefined) return cellText(v.text);
  }
  return String(value);
}

/** The first worksheet of an .xlsx file; row numbers are Excel's. */
export async function readXlsxBytes(file: string, bytes: Uint8Array, options: Pick<ReadOptions, 'known'> = {}): Promise<Table> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new InputError([{ file, message: 'Filen kan inte läsas som Excel-fil (.xlsx). Spara den som "Excel-arbetsbok (.xlsx)" eller som CSV.' }]);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new InputError([{ file, message: 'Excel-filen har inget kalkylblad.' }]);
  const raw: { line: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(cellText(row.getCell(c).value).trim());
    if (cells.some((c) => c !== '')) raw.push({ line: rowNumber, cells });
  });
  const above = raw.splice(0, findHeader(raw, options.known));
  const header = raw.shift();
  if (!header) throw new InputError([{ file, message: `Kalkylbladet "${sheet.name}" är tomt: det har ingen rubrikrad och inga värden.` }]);
  const columns = header.cells.map(normaliseHeader);
  const columnPosition: Record<string, string> = {};
  columns.forEach((c, i) => {
    if (c && columnPosition[c] === undefined) columnPosition[c] = columnLetter(i + 1);
  });
  return {
    file,
    format: 'xlsx',
    headerLine: header.line,
    aboveHeader: above.map((r) => r.line),
    columns,
    columnPosition,
    rows: raw.map((r) => {
      const cells: Record<string, string> = {};
      columns.forEach((c, i) => {
        if (c && cells[c] === undefined) cells[c] = r.cells[i] ?? '';
      });
      return { line: r.line, cells };
    }),
  };
}

/** Reads .csv/.txt or .xlsx by the file name's ending. */
export async function readTable(file: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<Table> {
  if (/\.xlsx$/i.test(file)) return readXlsxBytes(file, bytes, options);
  if (/\.xls$/i.test(file)) throw new InputError([{ file, message: 'Det gamla Excel-formatet .xls kan inte läsas. Spara filen som .xlsx eller CSV.' }]);
  return readCsvBytes(file, bytes, options);
}
