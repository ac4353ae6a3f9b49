import type { Messages } from '../../../lib/copy/sv';
import { formatDate } from '../../../lib/format';
import type { Initiative } from '../api/initiatives';
import { conflictSummaries } from '../conflicts';
import type { Labeller } from '../labels';

const FIELD_LABEL: Record<string, (t: Messages) => string> = {
  geography: (t) => t.geography,
  lead: (t) => t.lead,
  partners: (t) => t.partners,
  status: (t) => t.status,
  themes: (t) => t.themes,
  targetGroups: (t) => t.targetGroups,
  period: (t) => t.period,
};

/**
 * Where the documents disagree about the record: one line per disagreement, each statement with
 * who said it and when, and the one the register (and the map) follows. The statements are the
 * register's Swedish text in both languages, as its descriptions are.
 */
export function ConflictLines({ item, labels, t, only }: { item: Pick<Initiative, 'conflicts'>; labels: Labeller; t: Messages; only?: string }) {
  const summaries = conflictSummaries(item).filter((c) => only === undefined || c.field === only);
  if (summaries.length === 0) return null;
  return (
    <>
      {summaries.map((c) => (
        <p key={c.field} className="conflict-line small">
          <span className="tag tag-conflict">{t.conflictTag}</span> {t.conflictLine(FIELD_LABEL[c.field]?.(t) ?? c.field)}:{' '}
          {c.claims.map((claim, i) => (
            <span key={i}>
              {i > 0 && ' · '}
              {claim.source.organisation ? labels.organisation(claim.source.organisation) : (labels.source(claim.source).heading ?? t.unknownDocument)} ({formatDate(claim.source.documentDate)}):{' '}
              {claim.says}
            </span>
          ))}
          . {t.conflictFollows}: {c.followed.says}.
        </p>
      ))}
    </>
  );
}

/**
 * Under the map while an initiative is open whose place the documents disagree on: the map shows
 * it as the record follows, and says so (CTC: city-wide, no single area marked).
 */
export function MapConflictNote({ item, labels, t }: { item: Initiative; labels: Labeller; t: Messages }) {
  if (!conflictSummaries(item).some((c) => c.field === 'geography')) return null;
  return (
    <div className="map-conflict" role="note">
      <strong>{t.mapConflict(item.name)}</strong>
      <ConflictLines item={item} labels={labels} t={t} only="geography" />
      {item.geography.areas.length === 0 && <p className="conflict-line small">{t.mapConflictNoAreas}</p>}
    </div>
  );
}
