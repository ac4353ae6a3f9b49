import { useState, type DragEvent } from 'react';
import type { WorkbenchMessages } from '../../../lib/copy/workbench-sv';
import { download, toCsv } from '../../../lib/csv';
import { changeReportRows, type RecordChanges } from '../changes';
import type { RegisterCheck } from '../check-register';
import { formatInputProblem } from '../table';

/** The changes as the table shows them: kind (in the page's language), id, changed fields. */
const changeRows = (c: RecordChanges, w: WorkbenchMessages): [string, string, string][] => [
  ...c.added.map((id): [string, string, string] => [w.kindAdded, id, '']),
  ...c.changed.map(({ id, fields }): [string, string, string] => [w.kindChanged, id, fields.join(', ')]),
  ...c.removed.map((id): [string, string, string] => [w.kindRemoved, id, '']),
];

/** The change report, in Swedish like the file's own messages (it goes to whoever publishes). */
function downloadReport(c: RecordChanges) {
  const [header, ...rows] = changeReportRows(c);
  download('andringar-insatser.csv', toCsv(header!, rows));
}

interface Props {
  /** Checks a file's bytes; null while what it needs (the register, the areas) is loading. */
  check: ((file: string, bytes: Uint8Array) => RegisterCheck) | null;
  /** Shows the checked file in the app in place of the shipped one. */
  onPreview: (file: string, output: string) => void;
  w: WorkbenchMessages;
}

/**
 * `?vy=redigera`: an editor drops or picks a register spreadsheet and sees what was read, every
 * problem by row and column, and what changes; then downloads the checked file and a change report.
 * Everything happens in the page (nothing is uploaded).
 */
export function WorkbenchPage({ check, onPreview, w }: Props) {
  const [reading, setReading] = useState<string | null>(null);
  const [result, setResult] = useState<RegisterCheck | null>(null);
  const [over, setOver] = useState(false);
  const take = async (file: File | undefined) => {
    if (!file || !check) return;
    setReading(file.name);
    setResult(null);
    const bytes = new Uint8Array(await file.arrayBuffer());
    setResult(check(file.name, bytes));
    setReading(null);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void take(e.dataTransfer.files[0]);
  };
  return (
    <section className="workbench" aria-labelledby="workbench-title">
      <h2 id="workbench-title">{w.title}</h2>
      <p>{w.intro}</p>
      {!check && <p className="notice">{w.notLoaded}</p>}
      <div
        className="workbench-drop"
        data-over={over || undefined}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <label className="workbench-pick">
          {w.pick}
          <input type="file" accept=".csv,.txt,text/csv" disabled={!check} onChange={(e) => void take(e.currentTarget.files?.[0])} />
        </label>{' '}
        <span className="small">{w.drop}</span>
      </div>
      <div role="status" className="workbench-status">
        {reading ? w.reading(reading) : result ? (result.read ? w.read(result.file, result.read.rows, result.read.encoding, result.read.delimiter) : w.unreadable(result.file)) : ''}
      </div>
      {result && result.problems.length > 0 && (
        <div className="notice notice-error workbench-problems">
          <h3>{w.problemsHeading(result.problems.length)}</h3>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{w.colRow}</th>
                <th scope="col">{w.colColumn}</th>
                <th scope="col">{w.colMessage}</th>
              </tr>
            </thead>
            <tbody>
              {result.problems.map((p, i) => (
                <tr key={i} title={formatInputProblem(p)}>
                  <td>{p.line ?? '–'}</td>
                  <td>{p.column ?? '–'}</td>
                  <td>{p.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {result?.changes && (
        <div className="workbench-changes">
          <h3>{w.changesHeading}</h3>
          <p>
            <strong>{w.summary(result.changes.added.length, result.changes.changed.length, result.changes.removed.length)}</strong>
          </p>
          {result.changes.added.length + result.changes.changed.length + result.changes.removed.length === 0 ? (
            <p>{w.noChanges}</p>
          ) : (
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{w.colChange}</th>
                  <th scope="col">{w.colId}</th>
                  <th scope="col">{w.colFields}</th>
                </tr>
              </thead>
              <tbody>
                {changeRows(result.changes, w).map(([kind, id, fields]) => (
                  <tr key={`${kind}-${id}`}>
                    <td>{kind}</td>
                    <td>{id}</td>
                    <td>{fields}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {result.output && (
            <p className="workbench-downloads">
              <button type="button" onClick={() => onPreview(result.file, result.output!)}>
                {w.preview}
              </button>{' '}
              <button type="button" onClick={() => download('insatser.json', result.output!, 'application/json;charset=utf-8')}>
                {w.download}
              </button>{' '}
              <button type="button" onClick={() => downloadReport(result.changes!)}>
                {w.downloadReport}
              </button>
            </p>
          )}
        </div>
      )}
    </section>
  );
}
