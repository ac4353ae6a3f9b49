import { useEffect } from 'react';

/** Keeps a big screen from sleeping; the lock is dropped when the tab hides, so take it again. */
export function useWakeLock(enabled: boolean) {
  useEffect(() => {
    if (!enabled || !('wakeLock' in navigator)) return;
    let lock: WakeLockSentinel | null = null;
    let cancelled = false;
    const request = async () => {
      try {
        lock = await navigator.wakeLock.request('screen');
        if (cancelled) void lock.release();
      } catch {
        // Denied (battery saver, no user gesture yet): the screen may sleep; nothing else breaks.
      }
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') void request();
    };
    void request();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      cancelled = true;
      document.removeEventListener('visibilitychange', onVisible);
      void lock?.release();
    };
  }, [enabled]);
}

export interface TourState {
  playing: boolean;
  interval: number;
  list: { slug: string; name: string }[];
  current: string | null;
}

/** The next slug of the tour after `current` (wrapping), or the first one. */
export function stepTour(list: string[], current: string | null, step: 1 | -1): string | null {
  if (list.length === 0) return null;
  const i = current ? list.indexOf(current) : -1;
  if (i === -1) return step === 1 ? list[0]! : list[list.length - 1]!;
  return list[(i + step + list.length) % list.length]!;
}

/**
 * Advances the tour every `interval` seconds while playing; arrow keys and space steer it. `go` and
 * `setPlaying` must keep their identity (module functions), or the timer restarts every render.
 */
export function useTour(tour: TourState, go: (slug: string) => void, setPlaying: (on: boolean) => void) {
  const { playing, interval, current, list } = tour;
  useEffect(() => {
    if (!playing || list.length === 0) return;
    const slugs = list.map((a) => a.slug);
    const id = window.setInterval(() => {
      const next = stepTour(slugs, current, 1);
      if (next) go(next);
    }, interval * 1000);
    return () => window.clearInterval(id);
  }, [playing, interval, current, list, go]);

  useEffect(() => {
    const slugs = list.map((a) => a.slug);
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      // Leave keys alone in form fields, buttons (space activates them) and the map (arrows pan it).
      if (target?.closest('input, select, textarea, button, a, [contenteditable], .maplibregl-canvas-container, dialog')) return;
      if (e.key === ' ') {
        e.preventDefault();
        setPlaying(!playing);
      } else if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
        const next = stepTour(slugs, current, e.key === 'ArrowRight' ? 1 : -1);
        if (next) go(next);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [playing, current, list, go, setPlaying]);
}
