import { useRef, useState, type DragEvent } from 'react';
import type { WorkbenchMessages } from '../../../lib/copy/workbench-sv';
import type { CheckOptions, FileCheck } from '../check-file';
import { nextFrame, readFileBytes } from '../read-file';
import { CheckReport, ReadSummary } from './check-report';
import { SourceFields, type ValuesSource } from './source-fields';

type Check = (file: string, bytes: Uint8Array, options: Pick<CheckOptions, 'source' | 'sourceEn'>) => Promise<FileCheck>;

interface Props {
  /** Checks a file's bytes; null while what it needs (the site's data files) is loading. */
  check: Check | null;
  /** Set when the site's data files could not be fetched: tries again. */
  failed: (() => void) | null;
  /** Shows the checked files in the app in place of the shipped ones. */
  onPreview: (file: string, outputs: Record<string, string>) => void;
  w: WorkbenchMessages;
}

type Status = { reading: string; percent: number } | { checking: string } | null;

/**
 * `?vy=redigera`: an editor drops or picks a file and sees what was read, every problem by row and
 * column, and what changes; then downloads the checked file and a change report. Everything
 * happens in the page (nothing is uploaded).
 */
export function WorkbenchPage({ check, failed, onPreview, w }: Props) {
  const [status, setStatus] = useState<Status>(null);
  const [result, setResult] = useState<FileCheck | null>(null);
  const [over, setOver] = useState(false);
  const [source, setSource] = useState<ValuesSource>({ sv: '', en: '' });
  // The last file's bytes: a new source re-checks them without reading the file again.
  const last = useRef<{ name: string; bytes: Uint8Array; source: ValuesSource } | null>(null);

  const run = async (name: string, bytes: Uint8Array, src: ValuesSource) => {
    if (!check) return;
    last.current = { name, bytes, source: src };
    setStatus({ checking: name });
    await nextFrame();
    setResult(await check(name, bytes, { source: src.sv, sourceEn: src.en }));
    setStatus(null);
  };
  const take = async (file: File | undefined) => {
    if (!file || !check) return;
    setResult(null);
    setStatus({ reading: file.name, percent: 0 });
    const bytes = await readFileBytes(file, (f) => setStatus({ reading: file.name, percent: Math.round(f * 100) }));
    await run(file.name, bytes, source);
  };
  // The values' source is written into the file: a new one is a new check (the same one is not).
  const recheck = () => {
    const l = last.current;
    if (l && (l.source.sv !== source.sv || l.source.en !== source.en)) void run(l.name, l.bytes, source);
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
      {failed ? (
        <p className="notice notice-error">
          {w.notFetched}{' '}
          <button type="button" onClick={failed}>
            {w.retry}
          </button>
        </p>
      ) : (
        !check && <p className="notice">{w.notLoaded}</p>
      )}
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
          <input type="file" accept=".csv,.txt,.xlsx,.json,.geojson,text/csv,application/json" disabled={!check} onChange={(e) => void take(e.currentTarget.files?.[0])} />
        </label>{' '}
        <span className="small">{w.drop}</span>
      </div>
      <div role="status" className="workbench-status">
        {status && 'reading' in status ? (
          <>
            {w.reading(status.reading, status.percent)} <progress max={100} value={status.percent} aria-hidden="true" />
          </>
        ) : status ? (
          w.checking(status.checking)
        ) : result ? (
          <ReadSummary result={result} w={w} />
        ) : (
          ''
        )}
      </div>
      {result?.kind === 'values' && <SourceFields value={source} onChange={setSource} onCommit={recheck} w={w} />}
      {result && <CheckReport result={result} onPreview={onPreview} w={w} />}
    </section>
  );
}
