import { useMemo } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { checkFile } from '../../features/workbench/check-file';
import { prepareWorkbench } from '../../features/workbench/context';
import { WorkbenchPage } from '../../features/workbench/components/workbench-page';
import { DATA_FILES } from '../../features/workbench/data-files';
import { workbenchFor } from '../../lib/copy/messages';
import { startPreview } from '../data/preview';
import { showView } from '../url/actions';
import { useCopy } from '../shell/use-copy';

/** Every data file the site ships, as text exactly as published (the workbench compares with these). */
async function fetchShipped(): Promise<Record<string, string>> {
  const entries = await Promise.all(
    Object.values(DATA_FILES).map(async (path) => {
      const r = await fetch(new URL(path, document.baseURI));
      if (!r.ok) throw new Error(`${path}: HTTP ${r.status}`);
      return [path, await r.text()] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/** `?vy=redigera`: the editors' workbench, checking a file against the files the site ships. */
export function WorkbenchView() {
  const { lang } = useCopy();
  const client = useQueryClient();
  // Kept for the visit: the texts are the comparison, and a retry on failure is react-query's.
  const shipped = useQuery({ queryKey: ['workbench', 'shipped-texts'], queryFn: fetchShipped, staleTime: Infinity, gcTime: Infinity });
  const check = useMemo(() => {
    if (!shipped.data) return null;
    const ctx = prepareWorkbench(shipped.data);
    const today = new Date().toISOString().slice(0, 10);
    return (file: string, bytes: Uint8Array, options: { source: string }) => checkFile(file, bytes, ctx, { ...options, today });
  }, [shipped.data]);
  return (
    <WorkbenchPage
      check={check}
      failed={shipped.isError ? () => void shipped.refetch() : null}
      onPreview={(file, outputs) => {
        startPreview(client, file, outputs);
        showView('karta');
      }}
      w={workbenchFor(lang)}
    />
  );
}

export default WorkbenchView;
