/**
 * Where a lon/lat lands in the map container right after MapLibre's initial fitBounds (bearing 0,
 * 512 px world at zoom 0, Web Mercator, centre = mercator midpoint). Lets a test click a real
 * area without reaching into the map instance.
 */
const mercX = (lon: number) => (lon + 180) / 360;
const mercY = (lat: number) => (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360;

export function projectAfterFit(
  bounds: [number, number, number, number],
  size: { width: number; height: number },
  padding: number,
  point: [number, number],
): { x: number; y: number } {
  const [w, s, e, n] = bounds;
  const dx = mercX(e) - mercX(w);
  const dy = mercY(s) - mercY(n);
  const scale = Math.min((size.width - 2 * padding) / (dx * 512), (size.height - 2 * padding) / (dy * 512));
  const worldSize = 512 * scale;
  const cx = (mercX(w) + mercX(e)) / 2;
  const cy = (mercY(n) + mercY(s)) / 2;
  return {
    x: size.width / 2 + (mercX(point[0]) - cx) * worldSize,
    y: size.height / 2 + (mercY(point[1]) - cy) * worldSize,
  };
}
