import { useMemo } from 'react';
import { useAppData } from '../../data/app-data';
import { setParam, setParams, change } from '../../url/store';
import { PARAMS, useUrlState } from '../../url/url-state';
import { stepTour, useTour, useWakeLock, type TourState } from './presentation';

// The tour's steps replace the history entry: Back leaves the presentation, not the last area.
const go = (slug: string) => setParam(PARAMS.area, slug, 'replace');
const setPlaying = (on: boolean) => setParam(PARAMS.tour, on, 'replace');
/** The slide's area picker: an area, or null for the city overview; replaces like the tour. */
export const showArea = (slug: string | null) => setParam(PARAMS.area, slug, 'replace');

/** Back to the desk app (the exit button and Escape). */
export function exitPresentation() {
  setParams([change(PARAMS.tour, false), change(PARAMS.present, false)]);
  if (document.fullscreenElement) void document.exitFullscreen();
}

/** The presentation's tour as the URL has it (`tur`, `intervall`, `turomraden`), and its controls. */
export function useTourState() {
  const url = useUrlState();
  const { areaNames } = useAppData();
  const list = useMemo(() => {
    const all = [...areaNames].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
    const chosen = url.tourAreas.map((s) => all.find((a) => a.slug === s)).filter((a): a is { slug: string; name: string } => Boolean(a));
    return chosen.length ? chosen : all;
  }, [areaNames, url.tourAreas]);
  const tour: TourState = { playing: url.mode === 'presentation' && url.tour, interval: url.interval, list, current: url.area };
  return {
    tour,
    go,
    setPlaying,
    step: (step: 1 | -1) => {
      const next = stepTour(list.map((a) => a.slug), url.area, step);
      if (next) go(next);
    },
    setInterval: (seconds: number) => setParam(PARAMS.interval, seconds, 'replace'),
    exit: exitPresentation,
  };
}

/** What presentation mode runs beside the page: the tour's timer and keys, and the wake lock. */
export function usePresentationMode(on: boolean): void {
  const { tour, go, setPlaying } = useTourState();
  useTour(tour, go, setPlaying);
  useWakeLock(on);
}
