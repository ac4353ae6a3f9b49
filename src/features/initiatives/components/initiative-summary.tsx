import type { Messages } from '../../../lib/copy/sv';
import type { Initiative } from '../api/initiatives';
import type { Labeller } from '../labels';
import { isOlderThanRest } from '../model';

/** One line of facts for a list entry: lead, kind, dimensions, status. */
export function InitiativeSummary({ item, labels, t }: { item: Initiative; labels: Labeller; t: Messages }) {
  const lead = item.lead.length ? item.lead.map(labels.organisationShort).join(', ') : t.notLeadStated;
  return (
    <span className="initiative-facts">
      <span>
        {t.lead}: {lead}
      </span>
      <span className="tag">{labels.kind(item.kind)}</span>
      <span className={`tag status-${item.status}`}>{labels.status(item.status)}</span>
      {isOlderThanRest(item, labels.freshness) && (
        <span className="tag tag-stale" title={t.staleTitle(labels.freshness.staleAfterDays)}>
          {t.staleFlag}
        </span>
      )}
      {item.dimensions.map((d) => (
        <span key={d} className="tag tag-dim">
          {labels.dimension(d)}
        </span>
      ))}
    </span>
  );
}
