import { useEffect } from 'react';

/**
 * What the embedded app posts to the page that frames it, so the host can size the iframe to the
 * content (no inner scrollbar). Read by `public/embed/omradeskartan-embed.js`; documented in
 * `docs/embed.md`. Bump `version` if the shape changes.
 */
export type HeightMessage = {
  type: 'omradeskartan:height';
  version: 1;
  /** The document's content height in whole CSS pixels. */
  height: number;
};

export const HEIGHT_MESSAGE_TYPE = 'omradeskartan:height' satisfies HeightMessage['type'];

/**
 * In embed mode (`?inbaddning=1`), reports the document's height to the parent window whenever it
 * changes. Does nothing when `enabled` is false or the page is not framed.
 */
export function useReportHeight(enabled: boolean): void {
  useEffect(() => {
    if (!enabled || typeof window === 'undefined' || window.parent === window) return;

    let last: number | null = null;
    let frame: number | null = null;

    const post = () => {
      frame = null;
      const height = Math.ceil(document.documentElement.scrollHeight);
      // Only on change: setting the iframe's height resizes our viewport, which fires the observer
      // again; without this check the two would ping-pong.
      if (height === last || !Number.isFinite(height)) return;
      last = height;
      const message: HeightMessage = { type: HEIGHT_MESSAGE_TYPE, version: 1, height };
      // Target '*': the app does not know which malmo.se page embeds it, and the message carries
      // nothing but a number that the page's layout already reveals. The HOST must check
      // event.origin (and event.source) before trusting it; the embed snippet does.
      window.parent.postMessage(message, '*');
    };

    // At most one measurement per animation frame, however many resize callbacks arrive.
    const schedule = () => {
      if (frame === null) frame = requestAnimationFrame(post);
    };

    const resizes = new ResizeObserver(schedule);
    resizes.observe(document.documentElement);
    if (document.body) resizes.observe(document.body);
    // Content that overflows a fixed-height box (e.g. the lazily loaded map under a 100vh layout)
    // changes scrollHeight without resizing <html> or <body>: re-measure after DOM changes too.
    const mutations = new MutationObserver(schedule);
    mutations.observe(document.body ?? document.documentElement, { childList: true, subtree: true, attributes: true, characterData: true });
    window.addEventListener('load', schedule); // images and fonts that arrive late
    schedule(); // the initial height, even if nothing ever changes

    return () => {
      resizes.disconnect();
      mutations.disconnect();
      window.removeEventListener('load', schedule);
      if (frame !== null) cancelAnimationFrame(frame);
    };
  }, [enabled]);
}
