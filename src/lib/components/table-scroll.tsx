import type { ReactNode } from 'react';

/**
 * A wide table's horizontal scroll box. Focusable and named, so keyboard users can scroll it
 * too (WCAG 2.1.1; axe "scrollable-region-focusable").
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" tabIndex={0} role="group" aria-label={label}>
      {children}
    </div>
  );
}
