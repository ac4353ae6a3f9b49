import { memo, useMemo } from 'react';
import { ShowMore } from '../../../lib/components/show-more';
import { usePaged } from '../../../lib/use-paged';
import type { AreaFeature } from '../api/areas';

/** Buttons rendered at first and per "show more": all of today's 14, a page of a finer geography. */
export const AREA_PAGE = 200;

/**
 * The accessible way to choose an area: every area the map shows, as a button. Memoised, and a
 * page at a time when there are many: with finer geography this is thousands of buttons, and the
 * app re-renders often. (The map's text alternative lists every area in a table.)
 */
export const AreaList = memo(function AreaList({
  areas,
  selectedSlug,
  onSelect,
  label,
  moreLabel,
}: {
  areas: AreaFeature[];
  selectedSlug: string | null;
  onSelect: (slug: string) => void;
  label: string;
  /** Text of the button that shows more, given how many it adds and how many are left. */
  moreLabel: (more: number, left: number) => string;
}) {
  const sorted = useMemo(() => [...areas].sort((a, b) => a.properties.name.localeCompare(b.properties.name, 'sv')), [areas]);
  // The selected area is always listed, wherever it sorts (it may have been chosen on the map).
  const selectedAt = selectedSlug === null ? -1 : sorted.findIndex((a) => a.properties.slug === selectedSlug);
  const { shown, left, more } = usePaged(sorted.length, AREA_PAGE, selectedAt);
  return (
    <>
      <ul className="area-list" aria-label={label}>
        {(left > 0 ? sorted.slice(0, shown) : sorted).map((a) => (
          <AreaItem key={a.properties.slug} area={a} selected={a.properties.slug === selectedSlug} onSelect={onSelect} />
        ))}
      </ul>
      <ShowMore left={left} page={AREA_PAGE} label={moreLabel} onMore={more} />
    </>
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
