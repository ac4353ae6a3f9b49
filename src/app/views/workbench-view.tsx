import { useEffect, useMemo, useState } from 'react';
import { checkRegisterFile } from '../../features/workbench/check-register';
import { WorkbenchPage } from '../../features/workbench/components/workbench-page';
import { workbenchFor } from '../../lib/copy/messages';
import { useQueryClient } from '@tanstack/react-query';
import { useAppData } from '../data/app-data';
import { startPreview } from '../data/preview';
import { showView } from '../url/actions';
import { useCopy } from '../shell/use-copy';

/** The published register exactly as in its file (meta and records before parsing), to compare with. */
function useShippedRegister() {
  const [raw, setRaw] = useState<{ meta: unknown; initiatives: Record<string, unknown>[] } | null>(null);
  useEffect(() => {
    let live = true;
    fetch(new URL('data/insatser.json', document.baseURI))
      .then((r) => (r.ok ? (r.json() as Promise<{ meta: unknown; initiatives: Record<string, unknown>[] }>) : null))
      .then((json) => live && setRaw(json))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return raw;
}

/** `?vy=redigera`: the editors' workbench, checking a file against what the app has loaded. */
export function WorkbenchView() {
  const { lang } = useCopy();
  const { register, areaItems, subareas } = useAppData();
  const shipped = useShippedRegister();
  const client = useQueryClient();
  const meta = register.initiatives.data?.meta;
  const organisations = register.organisations.data?.items;
  const subareaItems = subareas.data?.items;
  const check = useMemo(() => {
    if (!meta || !organisations || !areaItems || !subareaItems || !shipped) return null;
    const ctx = { meta, rawMeta: shipped.meta, organisations, areaSlugs: areaItems.map((a) => a.properties.slug), subareaSlugs: subareaItems.map((s) => s.properties.slug) };
    return (file: string, bytes: Uint8Array) => checkRegisterFile(file, bytes, ctx, shipped.initiatives);
  }, [meta, organisations, areaItems, subareaItems, shipped]);
  return (
    <WorkbenchPage
      check={check}
      onPreview={(file, output) => {
        startPreview(client, file, output);
        showView('karta');
      }}
      w={workbenchFor(lang)}
    />
  );
}

export default WorkbenchView;
