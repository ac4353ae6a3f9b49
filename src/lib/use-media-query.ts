import { useSyncExternalStore } from 'react';

/** Whether a CSS media query matches now, kept up to date (a phone turned, a window resized). */
export function useMediaQuery(query: string): boolean {
  // jsdom (the component tests) has no matchMedia: there nothing matches.
  const supported = typeof window.matchMedia === 'function';
  return useSyncExternalStore(
    (onChange) => {
      if (!supported) return () => undefined;
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => supported && window.matchMedia(query).matches,
    () => false,
  );
}
