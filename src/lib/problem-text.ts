/** How values and field paths are written in the messages editors read (DataProblem). */

/** A field path as editors see it: keys joined by dots, list positions in brackets ("features[3].properties.slug"). */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** A value from the file quoted in a message, cut short so a megabyte of text never reaches the screen. */
export function shortText(value: unknown, max = 60): string {
  const s = String(value);
  return s.length > max ? `${s.slice(0, max)}…` : s;
}
