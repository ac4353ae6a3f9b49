import { PARAMS } from '../url/url-state';
import { setParam } from '../url/store';

// The entry that opened the detail: focus goes back to it when the detail closes (WCAG 2.4.3).
let opener: string | null = null;

/** Opens an initiative's detail (`?insats=`), remembering where it was opened from. */
export function openInitiative(id: string): void {
  opener = id;
  setParam(PARAMS.open, id);
}

/** Closes the detail and gives focus back to the entry that opened it, once the list is back. */
export function closeInitiative(): void {
  setParam(PARAMS.open, null);
  const id = opener;
  requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-initiative="${id}"]`)?.focus());
}

/** The entry a list must keep rendered (paged lists), so focus can return to it. */
export const lastOpener = (): string | null => opener;
