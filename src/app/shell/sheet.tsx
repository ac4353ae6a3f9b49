import { useEffect, useLayoutEffect, useRef, type PointerEvent, type ReactNode } from 'react';

/** How far (px) the bar must be dragged down for the sheet to close; less springs back. */
const SWIPE_CLOSE_PX = 60;

/**
 * A bottom sheet: while `open`, its content is drawn fixed to the bottom of the screen (at most
 * about two thirds of it, scrolling inside) with a close button, and a drag down on its bar closes
 * it; closed, the same content stays where it is in the page, so nothing is mounted twice. A
 * labelled region, not a modal: the map above it can still be used. On open focus moves to the
 * first heading inside, Escape closes, and on close focus goes back to where it was.
 */
export function Sheet({ open, onClose, label, closeLabel, children }: { open: boolean; onClose: () => void; label: string; closeLabel: string; children: ReactNode }) {
  const root = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const drag = useRef<{ id: number; startY: number; dy: number } | null>(null);
  const latestClose = useRef(onClose);
  useLayoutEffect(() => {
    latestClose.current = onClose;
  });

  // Declared first: it must see where focus was before the heading below takes it.
  useEffect(() => {
    const el = root.current;
    if (!open || !el) return;
    const active = document.activeElement;
    returnTo.current = active instanceof HTMLElement && !el.contains(active) ? active : null;
    const onKey = (e: KeyboardEvent) => {
      // A menu or a dialog that handled Escape itself keeps the sheet open.
      if (e.key !== 'Escape' || e.defaultPrevented || (e.target instanceof Element && e.target.closest('dialog'))) return;
      latestClose.current();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      const back = returnTo.current;
      const focus = document.activeElement;
      // Only when focus was in the sheet (or fell to the body with its content): never steal it.
      if (back?.isConnected && (focus === document.body || focus === null || el.contains(focus))) back.focus({ preventScroll: true });
    };
  }, [open]);

  // On open, and whenever it shows something else (another area): focus its heading.
  useEffect(() => {
    if (!open) return;
    const heading = body.current?.querySelector<HTMLElement>('h1, h2, h3');
    if (!heading) return;
    if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
  }, [open, label]);

  const move = (dy: number) => {
    if (root.current) root.current.style.transform = dy > 0 ? `translateY(${dy}px)` : '';
  };
  const onPointerDown = (e: PointerEvent) => {
    if ((e.target as Element).closest('button')) return;
    drag.current = { id: e.pointerId, startY: e.clientY, dy: 0 };
    e.currentTarget.setPointerCapture?.(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent) => {
    const d = drag.current;
    if (!d || d.id !== e.pointerId) return;
    d.dy = Math.max(0, e.clientY - d.startY);
    move(d.dy);
  };
  const onPointerEnd = (e: PointerEvent) => {
    const d = drag.current;
    if (!d || d.id !== e.pointerId) return;
    drag.current = null;
    move(0);
    if (e.type === 'pointerup' && d.dy >= SWIPE_CLOSE_PX) onClose();
  };

  return (
    <div ref={root} className="sheet" data-open={open || undefined} role={open ? 'region' : undefined} aria-label={open ? label : undefined}>
      {open && (
        <div className="sheet-bar" onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={onPointerEnd} onPointerCancel={onPointerEnd}>
          <span className="sheet-handle" aria-hidden="true" />
          <button type="button" className="sheet-close" onClick={onClose}>
            {closeLabel}
          </button>
        </div>
      )}
      <div ref={body} className="sheet-body">
        {children}
      </div>
    </div>
  );
}
