import { useState } from 'react';

/**
 * How many of `total` entries a long list renders: a page, more per "show more", and always at
 * least up to `mustShow` (an entry that has to be there, e.g. the selected one). With thousands of
 * entries a filter or a keystroke would otherwise rebuild them all.
 */
export function usePaged(total: number, page: number, mustShow = -1) {
  const [limit, setLimit] = useState(page);
  const shown = Math.min(total, Math.max(limit, mustShow + 1));
  return { shown, left: total - shown, more: () => setLimit(shown + page) };
}
