import { ShowMore } from '../../../lib/components/show-more';
import { usePaged } from '../../../lib/use-paged';
import type { Messages } from '../../../lib/copy/sv';
import type { Initiative } from '../api/initiatives';
import type { Labeller } from '../labels';
import { ConflictLines } from './conflict-line';
import { InitiativeSummary } from './initiative-summary';

/** Entries rendered at first and per "show more": the whole register today, a page of a larger one. */
export const LIST_PAGE = 200;

/**
 * The register as a list. Long result lists (a register of thousands) render a page at a time
 * with a button for more, so that a filter or a keystroke does not rebuild thousands of entries.
 * `keepVisible`: an entry that must be rendered (the one the detail view returns focus to).
 */
export function InitiativeList({ items, onOpen, labels, t, keepVisible = null }: { items: Initiative[]; onOpen: (id: string) => void; labels: Labeller; t: Messages; keepVisible?: string | null }) {
  const { shown, left, more } = usePaged(items.length, LIST_PAGE, keepVisible === null ? -1 : items.findIndex((i) => i.id === keepVisible));
  if (items.length === 0) return <p>{t.noInitiatives}</p>;
  return (
    <>
      <ul className="initiative-list">
        {(left > 0 ? items.slice(0, shown) : items).map((item) => (
          <li key={item.id}>
            <button type="button" className="initiative-open" data-initiative={item.id} onClick={() => onOpen(item.id)}>
              <span className="initiative-name">{item.name}</span>
            </button>
            <InitiativeSummary item={item} labels={labels} t={t} />
            <ConflictLines item={item} labels={labels} t={t} />
          </li>
        ))}
      </ul>
      <ShowMore left={left} page={LIST_PAGE} label={t.showMore} onMore={more} />
    </>
  );
}
