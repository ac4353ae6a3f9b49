/** The button under a paged list; `label` gets how many it adds and how many are left. */
export function ShowMore({ left, page, label, onMore }: { left: number; page: number; label: (more: number, left: number) => string; onMore: () => void }) {
  if (left <= 0) return null;
  return (
    <button type="button" className="show-more" onClick={onMore}>
      {label(Math.min(page, left), left)}
    </button>
  );
}
