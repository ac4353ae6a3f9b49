/**
 * A legend's colour sample as SVG: its colour is an attribute (`fill`), not an inline style, so it
 * shows in the prerendered page too, whose strict CSP (style-src 'self') blocks style attributes.
 * `hatched`: the "saknas" sample, grey with diagonal lines, like the map's hatching.
 */
export function Swatch({ color, hatched = false }: { color: string; hatched?: boolean }) {
  return (
    <svg className="swatch" viewBox="0 0 16 12" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect width="16" height="12" fill={color} />
      {hatched && <path d="M-2 4 L4 -2 M-2 10 L10 -2 M4 14 L16 2 M10 14 L18 6" stroke="#5a5a5a" strokeWidth="1.6" />}
    </svg>
  );
}
