import { useSyncExternalStore } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { indexDefinitionQueryOptions, parseIndexDefinition } from '../../features/index/api/index-definition';
import { indexValuesQueryOptions, parseIndexValues } from '../../features/index/api/index-values';
import { initiativesQueryOptions, parseInitiatives } from '../../features/initiatives/api/initiatives';
import { DATA_FILES } from '../../features/workbench/data-files';

/**
 * The workbench's preview: the app shows checked files in place of the shipped ones until the
 * editor ends it. The files stay in this page (the query cache); nothing is uploaded, and a
 * reload shows the shipped files again.
 */
let previewing: string | null = null;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

/** The files the app can show from a preview, with their query and parser. */
const PREVIEWABLE = {
  [DATA_FILES.initiatives]: { key: () => initiativesQueryOptions().queryKey, parse: parseInitiatives },
  [DATA_FILES.values]: { key: () => indexValuesQueryOptions().queryKey, parse: parseIndexValues },
  [DATA_FILES.definition]: { key: () => indexDefinitionQueryOptions().queryKey, parse: parseIndexDefinition },
} as const;

export function usePreview(): string | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => previewing,
  );
}

/** Shows `outputs` (checked data files by path) in every view; `file` names the upload in the banner. */
export function startPreview(client: QueryClient, file: string, outputs: Record<string, string>) {
  for (const [path, text] of Object.entries(outputs)) {
    const p = PREVIEWABLE[path as keyof typeof PREVIEWABLE];
    if (p) client.setQueryData(p.key(), p.parse(JSON.parse(text)));
  }
  previewing = file;
  emit();
}

/** Back to the shipped files (fetched again). */
export function endPreview(client: QueryClient) {
  previewing = null;
  emit();
  for (const p of Object.values(PREVIEWABLE)) void client.resetQueries({ queryKey: p.key() });
}
