import { memo, useMemo } from 'react';
import type { AreaFeature } from '../api/areas';

/** The accessible way to choose an area: every area the map shows, as a button. */
/** Memoised: with finer geography this is thousands of buttons, and the app re-renders often. */
export const AreaList = memo(function AreaList({
  areas,
  selectedSlug,
  onSelect,
  label,
}: {
  areas: AreaFeature[];
  selectedSlug: string | null;
  onSelect: (slug: string) => void;
  label: string;
}) {
  const sorted = useMemo(() => [...areas].sort((a, b) => a.properties.name.localeCompare(b.properties.name, 'sv')), [areas]);
  return (
    <ul className="area-list" aria-label={label}>
      {sorted.map((a) => (
        <li key={a.properties.slug}>
          <button
            type="button"
            aria-pressed={a.properties.slug === selectedSlug}
            title={a.properties.officialName}
            onClick={() => onSelect(a.properties.slug)}
          >
            {a.properties.name}
          </button>
        </li>
      ))}
    </ul>
  );
});
