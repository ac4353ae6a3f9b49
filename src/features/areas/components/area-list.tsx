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
        <AreaItem key={a.properties.slug} area={a} selected={a.properties.slug === selectedSlug} onSelect={onSelect} />
      ))}
    </ul>
  );
});

/** One button; memoised so that a new selection re-renders two items, not the whole list. */
const AreaItem = memo(function AreaItem({ area, selected, onSelect }: { area: AreaFeature; selected: boolean; onSelect: (slug: string) => void }) {
  return (
    <li>
      <button type="button" aria-pressed={selected} title={area.properties.officialName} onClick={() => onSelect(area.properties.slug)}>
        {area.properties.name}
      </button>
    </li>
  );
});
