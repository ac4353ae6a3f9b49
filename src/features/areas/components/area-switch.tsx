import { useId, useMemo } from 'react';
import type { AreaFeature } from '../api/areas';

/**
 * The compact area picker beside a selected area's name: the 14-button list folded into one
 * select, so that the profile, not the list, is what a selection brings into view.
 */
export function AreaSwitch({ areas, selectedSlug, onSelect, label }: { areas: AreaFeature[]; selectedSlug: string; onSelect: (slug: string) => void; label: string }) {
  const id = useId();
  const sorted = useMemo(() => [...areas].sort((a, b) => a.properties.name.localeCompare(b.properties.name, 'sv')), [areas]);
  return (
    <div className="area-switch">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={selectedSlug} onChange={(e) => onSelect(e.target.value)}>
        {sorted.map((a) => (
          <option key={a.properties.slug} value={a.properties.slug}>
            {a.properties.name}
          </option>
        ))}
      </select>
    </div>
  );
}
