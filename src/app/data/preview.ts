import { useSyncExternalStore } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { initiativesQueryOptions, parseInitiatives } from '../../features/initiatives/api/initiatives';

/**
 * The workbench's preview: the app shows an uploaded register in place of the shipped one until
 * the editor ends it. The file stays in this page (the query cache); nothing is uploaded, and a
 * reload shows the shipped file again.
 */
let previewing: string | null = null;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

export function usePreview(): string | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => previewing,
  );
}

/** Shows `json` (a checked data/insatser.json) in every view; `file` names it in the banner. */
export function startPreview(client: QueryClient, file: string, json: string) {
  client.setQueryData(initiativesQueryOptions().queryKey, parseInitiatives(JSON.parse(json)));
  previewing = file;
  emit();
}

/** Back to the shipped file (fetched again). */
export function endPreview(client: QueryClient) {
  previewing = null;
  emit();
  void client.resetQueries({ queryKey: initiativesQueryOptions().queryKey });
}
