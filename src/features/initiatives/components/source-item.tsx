import type { Messages } from '../../../lib/copy/sv';
import { formatDate } from '../../../lib/format';
import type { SourceRef } from '../api/initiatives';
import type { Labeller } from '../labels';

/** One source: who wrote the document, when, its diarienummer and the section that names the initiative. */
export function Source({ s, labels, t }: { s: SourceRef; labels: Labeller; t: Messages }) {
  const d = labels.source(s);
  return (
    <li>
      <strong>{d.heading ?? t.unknownDocument}</strong> · {formatDate(d.date)} · {d.diarienummer ?? t.noDiarienummer}
      {d.title && (
        <>
          <br />
          <span className="small">{d.title}</span>
        </>
      )}
      <br />
      {t.sourceSection}: {d.section}
      {d.organisation ? ` · ${d.organisation}` : ''}
    </li>
  );
}

/** A source on one line, for short lists (the insatsområden): who, when, diarienummer, section. */
export function SourceLine({ s, labels, t }: { s: SourceRef; labels: Labeller; t: Messages }) {
  const d = labels.source(s);
  return (
    <li>
      {d.heading ?? t.unknownDocument}, {formatDate(d.date)}
      {d.diarienummer ? `, ${d.diarienummer}` : ''} – {d.section}
    </li>
  );
}
