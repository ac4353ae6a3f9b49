import { useEffect, useRef } from 'react';
import type { Messages } from '../../../lib/copy/sv';
import type { Initiative } from '../api/initiatives';
import type { Labeller } from '../labels';
import { isOlderThanRest } from '../model';
import { formatDate } from '../../../lib/format';
import { ConflictLines } from './conflict-line';
import { Source } from './source-item';

/**
 * A field that is the register's reading rather than a source's statement: marked, with the reason
 * (the reason is text, not a tooltip, so it is read and printed). The reasons stay Swedish in
 * English, as the register's descriptions do.
 */
function Interpreted({ reason, t }: { reason: string | undefined; t: Messages }) {
  if (!reason) return null;
  return (
    <>
      {' '}
      <span className="tag tag-interpretation" title={t.interpretationTitle}>
        {t.interpretationTag}
      </span>
      <span className="interpretation-reason small">
        {t.interpretationReason}: {reason}
      </span>
    </>
  );
}

/**
 * A stated lead or partner list: the cited passages that name them (sources[].names, or the board
 * whose answer it is), on one line, so a reader sees where each name comes from.
 */
function StatedIn({ item, ids, labels, t }: { item: Initiative; ids: string[]; labels: Labeller; t: Messages }) {
  const naming = item.sources.filter((s) => ids.some((id) => s.names?.includes(id) || s.organisation === id));
  if (ids.length === 0 || naming.length === 0) return null;
  const lines = [...new Set(naming.map((s) => `${s.organisation ? labels.organisation(s.organisation) : (labels.source(s).heading ?? t.unknownDocument)} ${formatDate(s.documentDate)}`))];
  return (
    <span className="stated-in small">
      {t.statedIn}: {lines.join('; ')}
    </span>
  );
}

/** Everything the register holds about one initiative, with the claim behind it. */
export function InitiativeDetail({
  item,
  labels,
  areaName,
  subareaName,
  onClose,
  t,
}: {
  item: Initiative;
  labels: Labeller;
  areaName: (slug: string) => string;
  subareaName: (slug: string) => string;
  onClose: () => void;
  t: Messages;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Move focus to the detail so screen reader and keyboard users land where the content changed.
  useEffect(() => heading.current?.focus(), [item.id]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const g = item.geography;
  const period = [item.start, item.end].filter(Boolean).join(' – ');
  const list = (ids: string[], f: (id: string) => string) => (ids.length ? ids.map(f).join(', ') : '–');
  const why = item.interpretations ?? {};
  return (
    <article className="initiative-detail" aria-labelledby="initiative-title">
      <button type="button" className="link-button" onClick={onClose}>
        ← {t.closeDetail}
      </button>
      <h2 id="initiative-title" tabIndex={-1} ref={heading}>
        {item.name}
      </h2>
      {item.aliases.length > 0 && (
        <p className="small">
          {t.aliases}: {item.aliases.join(', ')}
        </p>
      )}
      <p>{item.description}</p>
      <ConflictLines item={item} labels={labels} t={t} />
      <dl className="facts">
        <dt>{t.kind}</dt>
        <dd>{labels.kind(item.kind)}</dd>
        <dt>{t.status}</dt>
        <dd>
          {labels.status(item.status)}
          <Interpreted reason={why.status} t={t} />
        </dd>
        <dt>{t.lead}</dt>
        <dd>
          {item.lead.length ? list(item.lead, labels.organisation) : t.notLeadStated}
          {why.lead ? <Interpreted reason={why.lead} t={t} /> : <StatedIn item={item} ids={item.lead} labels={labels} t={t} />}
        </dd>
        <dt>{t.partners}</dt>
        <dd>
          {list(item.partners, labels.organisation)}
          {why.partners ? <Interpreted reason={why.partners} t={t} /> : <StatedIn item={item} ids={item.partners} labels={labels} t={t} />}
        </dd>
        {item.commissionedBy && item.commissionedBy.length > 0 && (
          <>
            <dt>{t.commissionedBy}</dt>
            <dd>
              {list(item.commissionedBy, labels.organisation)}
              {why.commissionedBy ? <Interpreted reason={why.commissionedBy} t={t} /> : <StatedIn item={item} ids={item.commissionedBy} labels={labels} t={t} />}
            </dd>
          </>
        )}
        <dt>{t.dimensions}</dt>
        <dd>
          {list(item.dimensions, labels.dimension)}
          {item.dimensions.length > 0 && <Interpreted reason={t.dimensionsInterpretation} t={t} />}
        </dd>
        <dt>{t.themes}</dt>
        <dd>
          {list(item.themes, labels.theme)}
          <Interpreted reason={why.themes} t={t} />
        </dd>
        <dt>{t.targetGroups}</dt>
        <dd>
          {list(item.targetGroups, labels.targetGroup)}
          <Interpreted reason={why.targetGroups} t={t} />
        </dd>
        {(period || item.periodNote) && (
          <>
            <dt>{t.period}</dt>
            <dd>
              {period}
              {period && item.periodNote ? '. ' : ''}
              {item.periodNote}
            </dd>
          </>
        )}
        {item.funding && (
          <>
            <dt>{t.funding}</dt>
            <dd>{item.funding}</dd>
          </>
        )}
        {item.caseNumbers && item.caseNumbers.length > 0 && (
          <>
            <dt>{t.caseNumbers}</dt>
            <dd>{item.caseNumbers.join(', ')}</dd>
          </>
        )}
        <dt>{t.lastVerified}</dt>
        <dd>
          {item.lastVerified ? formatDate(item.lastVerified) : t.neverVerified}{' '}
          {isOlderThanRest(item, labels.freshness) && (
            <span className="tag tag-stale" title={t.staleTitle(labels.freshness.staleAfterDays)}>
              {t.staleFlag}
            </span>
          )}
        </dd>
        <dt>{t.geography}</dt>
        <dd>
          {g.scope === 'hela-staden' && <div>{t.scopeCity}</div>}
          {g.scope === 'ej-angivet' && <div>{t.scopeUnknown}</div>}
          {g.areas.length > 0 && <div>{g.areas.map(areaName).join(', ')}</div>}
          {g.subareas.length > 0 && (
            <div className="small">
              {t.subareas}: {g.subareas.map(subareaName).join(', ')}
            </div>
          )}
          <Interpreted reason={why.geography} t={t} />
        </dd>
      </dl>
      {g.places.length > 0 && (
        <>
          <h3>{t.places}</h3>
          <ul>
            {g.places.map((p) => (
              <li key={p.name}>
                {p.name}
                {p.subarea ? ` – ${subareaName(p.subarea)}` : p.area ? ` – ${areaName(p.area)} (${t.placeNoSubarea})` : ''}
              </li>
            ))}
          </ul>
          {g.places.some((p) => p.subarea) && <p className="small">{t.placeApprox}</p>}
        </>
      )}
      <h3>{t.initiativeSources}</h3>
      <ul className="sources">
        {item.sources.map((s, i) => (
          <Source key={i} s={s} labels={labels} t={t} />
        ))}
      </ul>
      {item.conflicts.length > 0 && (
        <>
          <h3>{t.conflicts}</h3>
          {item.conflicts.map((c, i) => (
            <div key={i} className="conflict">
              <p>{c.note}</p>
              <ul className="sources">
                {c.sources.map((s, j) => (
                  <Source key={j} s={s} labels={labels} t={t} />
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
    </article>
  );
}
