import { encode } from 'uqr';

/**
 * A QR code as an SVG path (uqr computes the matrix; no canvas, no HTML strings). Dark modules
 * on white with the standard four-module quiet zone so phones read it off a big screen.
 */
export function QrCode({ text, size = 160, label }: { text: string; size?: number; label: string }) {
  const { data } = encode(text, { ecc: 'M', border: 4 });
  const n = data.length;
  let d = '';
  data.forEach((row, y) =>
    row.forEach((on, x) => {
      if (on) d += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return (
    <svg role="img" aria-label={label} width={size} height={size} viewBox={`0 0 ${n} ${n}`} shapeRendering="crispEdges" className="qr-code">
      <rect width={n} height={n} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
