import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

const MENU_ID = 'app-menu';

/**
 * The views and tools behind one "Meny" button on phones (WAI-ARIA disclosure: the button says
 * whether the menu is open, Escape closes it and focus goes back to the button). At desk widths
 * the CSS hides the button and shows the menu's content in the header as it always was
 * (src/styles/shell.css, phone.css), so the markup is the same everywhere.
 */
export function HeaderMenu({ label, disabled, children }: { label: string; disabled: boolean; children: (close: () => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  // After a choice the item that had focus may be gone (the menu folds): focus goes to the button.
  const close = () => {
    if (!open) return;
    setOpen(false);
    toggle.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    // Handled here: the area sheet, listening on the document, must not close too.
    e.preventDefault();
    close();
  };
  return (
    <>
      <button
        ref={toggle}
        type="button"
        className="menu-toggle"
        aria-expanded={open}
        aria-controls={MENU_ID}
        disabled={disabled}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={onKeyDown}
      >
        {label}
      </button>
      <div id={MENU_ID} className="header-menu" data-open={open || undefined} onKeyDown={onKeyDown}>
        {children(close)}
      </div>
    </>
  );
}
