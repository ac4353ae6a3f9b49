// The editors' workbench (?vy=redigera) driven as an editor uses it: a file is picked, and the
// page must say what is wrong where (row, column or record and field) in Swedish, for every case
// of the bad-data corpus (tests/fixtures/malformed) and every spreadsheet fixture
// (tests/fixtures/import), and offer the checked file only when it can be used.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { checkFile } from '../../src/features/workbench/check-file';
import { WorkbenchPage } from '../../src/features/workbench/components/workbench-page';
import { prepareWorkbench } from '../../src/features/workbench/context';
import { workbenchEn } from '../../src/lib/copy/workbench-en';
import { workbenchSv, type WorkbenchMessages } from '../../src/lib/copy/workbench-sv';
import IMPORT_CASES from '../fixtures/import/cases.json';
import { shippedTexts } from '../../scripts/lib/test-helpers';

const ctx = prepareWorkbench(shippedTexts());
const check = (file: string, bytes: Uint8Array, o: { source: string }) => checkFile(file, bytes, ctx, { ...o, today: '2026-12-03' });

interface MalformedCase {
  id: string;
  serve: string;
  fixture: string;
  generate?: '1mb-string';
  expect: string[];
}
const malformedDir = resolve(import.meta.dirname, '../fixtures/malformed');
const importDir = resolve(import.meta.dirname, '../fixtures/import');
const malformed = (JSON.parse(readFileSync(resolve(malformedDir, 'cases.json'), 'utf8')) as MalformedCase[]).filter((c) => !c.generate);

function bytesOf(path: string): Uint8Array {
  return new Uint8Array(readFileSync(path));
}

/** Renders the page, picks the file, waits for the check to finish. */
async function drop(name: string, bytes: Uint8Array, w: WorkbenchMessages = workbenchSv, onPreview = vi.fn()) {
  const view = render(<WorkbenchPage check={check} failed={null} onPreview={onPreview} w={w} />);
  const user = userEvent.setup();
  await user.upload(view.container.querySelector('input[type=file]') as HTMLInputElement, new File([bytes as BlobPart], name));
  const status = await screen.findByRole('status');
  await vi.waitFor(() => expect(status.textContent).toMatch(/^(?!Läser|Kontrollerar|Reading|Checking).+/), { timeout: 20_000 });
  return { ...view, user, status, onPreview };
}

/** Each listed problem as one line: "file, rad N, column: message" (the row's title). */
const listed = (container: HTMLElement, tone: 'error' | 'warning') =>
  [...container.querySelectorAll(`[data-problems=${tone}] tbody tr`)].map((tr) => tr.getAttribute('title') ?? '');

describe('the bad-data corpus, dropped as the file it would replace', { timeout: 60_000 }, () => {
  it.each(malformed.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const name = c.serve.slice(c.serve.lastIndexOf('/') + 1);
    const { container } = await drop(name, bytesOf(resolve(malformedDir, c.fixture)));
    const errors = listed(container, 'error');
    expect(errors.length).toBeGreaterThan(0);
    // The corpus says what the app says (file, record, field); the workbench adds the line.
    const all = errors.map((t) => t.replace(/^([^:]*?), rad \d+/, '$1')).join('\n');
    for (const e of c.expect) expect(all).toContain(e);
    expect(screen.queryByRole('button', { name: /Ladda ner .*json/ })).toBeNull();
  });
});

describe('the spreadsheet fixtures', { timeout: 60_000 }, () => {
  it.each(IMPORT_CASES.errors as [string, string][])('%s: its row and column', async (name, expected) => {
    const { container } = await drop(name, bytesOf(resolve(importDir, name)));
    expect(listed(container, 'error').join('\n')).toContain(`${name}, ${expected}`);
    // The columns of the table say the same, apart.
    const [line, column] = /^rad (\d+)(?:, (kolumn [^:]+))?/.exec(expected)!.slice(1);
    const row = container.querySelector('[data-problems=error] tbody tr')!;
    const cells = within(row as HTMLElement).getAllByRole('cell').map((td) => td.textContent);
    expect(cells[0]).toBe(line);
    if (column) expect(cells[1]).toBe(column);
  });
  it.each(IMPORT_CASES.unreadable as [string, string][])('%s: cannot be read as a table', async (name, expected) => {
    const { container } = await drop(name, bytesOf(resolve(importDir, name)));
    expect(listed(container, 'error').join('\n')).toContain(expected);
  });

  it('reads the per-delområde workbook and says what it holds; the files come once a source is given', async () => {
    const { container, status, user, onPreview } = await drop('delomraden.xlsx', bytesOf(resolve(importDir, 'delomraden.xlsx')));
    expect(status.textContent).toContain('delomraden.xlsx: indikatorvärden, 5 rader under rubrikraden (rad 1). Excel-arbetsbok (.xlsx), första kalkylbladet.');
    expect(status.textContent).toMatch(/Värden per delområde; indikatorer: [a-z]+; år: 20\d\d\./);
    expect(listed(container, 'error')).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Ladda ner index-values.json' })).toBeNull();
    await user.type(screen.getByLabelText('Källa för värdena'), 'SCB, testkälla{Enter}');
    await screen.findByRole('button', { name: 'Ladda ner index-values.json' });
    expect(screen.getByText(/^\d+ nya, \d+ ändrade?, 0 borttagna$/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Förhandsvisa i appen' }));
    expect(onPreview).toHaveBeenCalledWith('delomraden.xlsx', expect.objectContaining({ 'data/index-values.json': expect.stringContaining('SCB, testkälla (2026-12-03)') }));
  });

  it('reads a Windows-1252 file with the per-område template; in English the reading is told in English', async () => {
    const { status } = await drop('omraden-windows-1252.csv', bytesOf(resolve(importDir, 'omraden-windows-1252.csv')), workbenchEn);
    expect(status.textContent).toMatch(/indicator values, \d+ rows below the header \(row 1\)\. CSV in Windows-1252, separator (semicolon|comma)\./);
    expect(screen.getByText(workbenchEn.messagesNote)).toBeTruthy();
  });

  it('skips a title row above the header, and says so as a warning', async () => {
    const text = `Förvärvsarbete 2023 per område;;;;\r\n${readFileSync(resolve(importDir, 'omraden.csv'), 'utf8').replace(/^\uFEFF/, '').replace(/,/g, ';')}`;
    const { container, status } = await drop('med-rubrik.csv', new TextEncoder().encode(text));
    expect(status.textContent).toContain('rader under rubrikraden (rad 2)');
    expect(listed(container, 'error')).toEqual([]);
    expect(listed(container, 'warning')).toContain('med-rubrik.csv, rad 1: Rad 1 står ovanför rubrikraden (rad 2) och läses inte.');
  });
});
