import type { View } from '../url/codecs';
import type { Mode } from '../url/url-state';

/** The views whose tables and charts need the width: there the map steps aside until asked for. */
export const WIDE_VIEWS: readonly View[] = ['matris', 'samordning', 'rankning', 'jamfor'];

/**
 * Whether the map steps aside (true), is shown beside a wide view on request (false), or is
 * always there (null: the other views, and the embed and the big screen, which have layouts of
 * their own). Used by the loading frame too, so the map starts at the size it will have.
 */
export function mapAside(view: View, mode: Mode, showMap: boolean): boolean | null {
  if (mode !== 'normal' || !WIDE_VIEWS.includes(view)) return null;
  return !showMap;
}
