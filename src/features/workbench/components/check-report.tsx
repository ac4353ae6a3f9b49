import type { WorkbenchMessages } from '../../../lib/copy/workbench-sv';
import { download, toCsv } from '../../../lib/csv';
import { changeReportRows, type RecordChanges } from '../changes';
import type { FileCheck } from '../check-file';
import { formatInputProblem, type InputProblem } from '../table';

/** At most this many changes are listed in the page (a 10 MB values file changes thousands); the report has all. */
export const CHANGES_SHOWN = 200;

const basename = (p: string) => p.slice(p.lastIndexOf('/') + 1);

/** The changes as the table shows them: kind (in the page's language), id, changed fields. */
const changeRows = (c: RecordChanges, w: WorkbenchMessages): [string, string, string][] => [
  ...c.added.map((id): [string, string, string] => [w.kindAdded, id, '']),
  ...c.changed.map(({ id, fields }): [string, string, string] => [w.kindChanged, id, fields.join(', ')]),
  ...c.removed.map((id): [string, string, string] => [w.kindRemoved, id, '']),
];

/** The change report, in Swedish like the file's own messages (it goes to whoever publishes). */
function downloadReport(target: string, c: RecordChanges) {
  const [header, ...rows] = changeReportRows(c);
  download(`andringar-${basename(target).replace(/\.(geo)?json$/, '')}.csv`, toCsv(header!, rows));
}

/** 2019, 2020, 2021, 2023 → "2019–2021, 2023": a file with thirty years says so in a line. */
export function yearRanges(years: readonly number[]): string {
  const runs: [number, number][] = [];
  for (const y of years) {
    const last = runs[runs.length - 1];
    if (last && y === last[1] + 1) last[1] = y;
    else runs.push([y, y]);
  }
  return runs.map(([a, b]) => (a === b ? String(a) : b === a + 1 ? `${a}, ${b}` : `${a}–${b}`)).join(', ');
}

/** What was read: kind, rows or records, and for values the level, indicators and years. */
export function ReadSummary({ result, w }: { result: FileCheck; w: WorkbenchMessages }) {
  const { read } = result;
  if (!read) return <>{w.unreadable(result.file)}</>;
  const kind = result.kind === 'register' ? w.kindRegister : result.kind === 'values' ? w.kindValues : w.kindData;
  const parts =
    read.format === 'json'
      ? [w.readJson(result.file, result.targets.join(', '), read.records)]
      : [
          w.readTable(result.file, kind, read.records, read.headerLine ?? 1),
          read.format === 'xlsx' ? w.readXlsx : w.readCsv(w.encodings[read.encoding ?? 'UTF-8'] ?? read.encoding ?? '', w.delimiters[read.delimiter ?? ';'] ?? read.delimiter ?? ''),
        ];
  if (read.level || read.indicators.length) parts.push(w.readValues(read.level ?? 'omrade', read.indicators.join(', ') || '–', yearRanges(read.years) || '–'));
  return <>{parts.join(' ')}</>;
}

/** Where a problem is: its column or record, after its file when that is another than the one dropped. */
function whereOf(p: InputProblem, result: FileCheck): string {
  const own = p.file === result.file || (result.kind === 'data' && p.file === result.targets[0]);
  return [own ? undefined : p.file, p.column].filter(Boolean).join(', ') || '–';
}

function ProblemTable({ problems, result, heading, tone, w }: { problems: InputProblem[]; result: FileCheck; heading: string; tone: 'error' | 'warning'; w: WorkbenchMessages }) {
  return (
    <div className={`notice notice-${tone} workbench-problems`} data-problems={tone}>
      <h3>{heading}</h3>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{w.colRow}</th>
            <th scope="col">{w.colColumn}</th>
            <th scope="col">{w.colMessage}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => (
            <tr key={i} title={formatInputProblem(p)}>
              <td>{p.line ?? '–'}</td>
              <td>{whereOf(p, result)}</td>
              <td>{p.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface Props {
  result: FileCheck;
  onPreview: (file: string, outputs: Record<string, string>) => void;
  w: WorkbenchMessages;
}

/** Errors, warnings, the changes against the published file, and the downloads. */
export function CheckReport({ result, onPreview, w }: Props) {
  const { changes } = result;
  const rows = changes ? changeRows(changes, w) : [];
  const outputs = Object.entries(result.outputs);
  return (
    <>
      {result.errors.length > 0 && <ProblemTable problems={result.errors} result={result} heading={w.problemsHeading(result.errors.length)} tone="error" w={w} />}
      {result.warnings.length > 0 && <ProblemTable problems={result.warnings} result={result} heading={w.warningsHeading(result.warnings.length)} tone="warning" w={w} />}
      {(result.errors.length > 0 || result.warnings.length > 0) && <p className="small">{w.messagesNote}</p>}
      {changes && (
        <div className="workbench-changes">
          <h3>{w.changesHeading}</h3>
          <p>
            <strong>{w.summary(changes.added.length, changes.changed.length, changes.removed.length)}</strong>
          </p>
          {rows.length === 0 ? (
            <p>{w.noChanges}</p>
          ) : (
            <>
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{w.colChange}</th>
                    <th scope="col">{w.colId}</th>
                    <th scope="col">{w.colFields}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.slice(0, CHANGES_SHOWN).map(([kind, id, fields]) => (
                    <tr key={`${kind}-${id}`}>
                      <td>{kind}</td>
                      <td>{id}</td>
                      <td>{fields}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {rows.length > CHANGES_SHOWN && <p className="small">{w.changesShown(CHANGES_SHOWN, rows.length)}</p>}
            </>
          )}
        </div>
      )}
      {outputs.length > 0 && (
        <p className="workbench-downloads">
          <button type="button" onClick={() => onPreview(result.file, result.outputs)}>
            {w.preview}
          </button>
          {outputs.map(([path, text]) => (
            <button key={path} type="button" onClick={() => download(basename(path), text, 'application/json;charset=utf-8')}>
              {w.download(basename(path))}
            </button>
          ))}
          {changes && (
            <button type="button" onClick={() => downloadReport(result.targets[0] ?? 'data', changes)}>
              {w.downloadReport}
            </button>
          )}
        </p>
      )}
    </>
  );
}
