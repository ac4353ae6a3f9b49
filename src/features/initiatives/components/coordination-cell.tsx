import { useEffect, useRef } from 'react';
import type { CoordinationMessages } from '../../../lib/copy/coordination-sv';
import { byLead, othersInSamePlace, type CoordinationCell as Cell, type CoordinationOptions } from '../coordination';
import type { Initiative } from '../api/initiatives';
import type { Labeller } from '../labels';

/** One insats in the list: its name (to its detail), partners, status, period and place. */
function Entry({ item, placeName, onOpen, labels, c }: { item: Initiative; placeName: (item: Initiative) => string; onOpen: (id: string) => void; labels: Labeller; c: CoordinationMessages }) {
  const period = [item.start, item.end].filter(Boolean).join(' – ');
  return (
    <li>
      <button type="button" className="initiative-open" data-initiative={item.id} onClick={() => onOpen(item.id)}>
        <span className="initiative-name">{item.name}</span>
      </button>
      <span className="initiative-facts">
        <span className={`tag status-${item.status}`}>{labels.status(item.status)}</span>
        <span>
          {c.where}: {placeName(item)}
        </span>
        {period && (
          <span>
            {c.period}: {period}
          </span>
        )}
        {item.partners.length > 0 && (
          <span>
            {c.partners}: {item.partners.map(labels.organisationShort).join(', ')}
          </span>
        )}
      </span>
    </li>
  );
}

/**
 * A cell's insatser grouped by lead organisation, with who else works on the same theme for the
 * same group in the same place: the candidates for coordination. The marks are prompts to talk.
 */
export function CoordinationCell({
  cell,
  options,
  place,
  onOpen,
  onClose,
  onExport,
  labels,
  c,
}: {
  cell: Cell;
  options: CoordinationOptions;
  /** A place's name (an area slug, or the city-wide place). */
  place: (slug: string) => string;
  onOpen: (id: string) => void;
  onClose: () => void;
  onExport: () => void;
  labels: Labeller;
  c: CoordinationMessages;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The list is where the content changed: focus moves there from the cell.
  useEffect(() => heading.current?.focus(), [cell.theme, cell.group]);
  const names = (ids: string[]) => ids.map(labels.organisation).join(', ');
  // Where a lead has more than one insats in the cell in the same place.
  const shared = new Map<string, string[]>();
  for (const x of cell.shared) shared.set(x.lead, [...(shared.get(x.lead) ?? []), x.place]);
  const placeOf = (item: Initiative) => {
    if (item.geography.scope === 'hela-staden') return c.cityWide;
    if (item.geography.areas.length === 0) return c.notPlaced;
    return item.geography.areas.map(place).join(', ');
  };
  return (
    <section className="coordination-cell" aria-labelledby="coordination-cell-title">
      <h3 id="coordination-cell-title" tabIndex={-1} ref={heading}>
        {c.cellHeading(labels.theme(cell.theme), labels.targetGroup(cell.group))}
      </h3>
      <p>{c.cellSummary(cell.items.length, cell.leads.length, cell.noLead)}</p>
      {cell.crowded.length > 0 && (
        <div className="coordination-signal" role="note">
          <p>
            <span className="tag tag-crowded">
              {c.crowdedMark} {c.crowded}
            </span>{' '}
            {cell.crowded.map((p) => c.crowdedHere(place(p.place), names(p.leads))).join(' ')}
          </p>
          <p className="small">{c.signalNote}</p>
        </div>
      )}
      {byLead(cell).map((g) => {
        const others = g.lead ? othersInSamePlace(cell, g.lead, options) : [];
        return (
          <div key={g.lead || 'none'} className="coordination-lead">
            <h4>
              {g.lead ? labels.organisation(g.lead) : c.noLead} <span className="small">({c.ledBy(g.items.length)})</span>
            </h4>
            <ul className="initiative-list">
              {g.items.map((item) => (
                <Entry key={item.id} item={item} placeName={placeOf} onOpen={onOpen} labels={labels} c={c} />
              ))}
            </ul>
            {shared.has(g.lead) && <p className="small">{c.sharedLead(shared.get(g.lead)!.map(place).join(', '))}</p>}
            {g.lead && <p className="small coordination-others">{others.length ? c.othersHere(names(others)) : c.noOthers}</p>}
          </div>
        );
      })}
      <p className="coordination-actions">
        <button type="button" onClick={onExport}>
          {c.exportCell}
        </button>{' '}
        <button type="button" className="link-button" onClick={onClose}>
          {c.closeCell}
        </button>
      </p>
    </section>
  );
}
