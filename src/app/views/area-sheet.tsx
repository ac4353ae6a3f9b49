import type { ReactNode, RefObject } from 'react';
import { useMediaQuery } from '../../lib/use-media-query';
import { Sheet } from '../shell/sheet';
import { useCopy } from '../shell/use-copy';
import { useUrlState } from '../url/url-state';

/** The phone breakpoint of src/styles/phone.css. */
const PHONE = '(max-width: 760px)';
/** The open sheet's height as a share of the window: its max-height in phone.css (55dvh), which a profile always fills. */
export const SHEET_SHARE = 0.55;

/** Whether the area sheet is open: on a phone, outside an embed, with an area selected. */
export function useAreaSheetOpen(hasArea: boolean): boolean {
  const { mode } = useUrlState();
  const phone = useMediaQuery(PHONE);
  return phone && mode === 'normal' && hasArea;
}

/**
 * The area panel's section. On a phone the selected area's profile opens in a bottom sheet over the map, instead of far
 * below it; closing the sheet clears the selection. Not in an embed (a fixed sheet inside the
 * host page's iframe would sit at the iframe's bottom, off screen): there the profile stays below
 * the map, as at desk widths.
 */
export function AreaSheet({ name, onClose, panelRef, children }: { name: string | null; onClose: () => void; panelRef?: RefObject<HTMLElement | null>; children: ReactNode }) {
  const { t } = useCopy();
  const open = useAreaSheetOpen(name !== null);
  return (
    <Sheet open={open} onClose={onClose} label={name === null ? '' : t.areaSheetLabel(name)} closeLabel={t.close}>
      <section className="panel" aria-live="polite" ref={panelRef} data-selected={name !== null ? 'true' : undefined}>
        {children}
      </section>
    </Sheet>
  );
}
