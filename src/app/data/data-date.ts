import type { AppData } from './app-data';

/** The data's date: the newest of the loaded files' own dates (each file's `meta.updated`). */
export function newestDataDate({ areas, subareas, basemap, index, register }: AppData): string | null {
  const dates = [areas, subareas, basemap, index.definition, index.values, register.initiatives, register.organisations]
    .map((q) => q.data?.meta.updated)
    .filter((d): d is string => Boolean(d));
  return dates.length > 0 ? dates.reduce((a, b) => (a > b ? a : b)) : null;
}
