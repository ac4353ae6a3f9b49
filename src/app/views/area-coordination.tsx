import { useMemo } from 'react';
import { CrowdedThemes } from '../../features/initiatives/components/crowded-themes';
import { coordinationTable, crowdedThemes } from '../../features/initiatives/coordination';
import { coordinationFor } from '../../lib/copy/messages';
import { useAppData } from '../data/app-data';
import { useCopy } from '../shell/use-copy';
import { change, setParams } from '../url/store';
import { PARAMS } from '../url/url-state';

/** Opens Samordning at a cell of the area (one history entry). */
const openCell = (theme: string, group: string) => setParams([change(PARAMS.view, 'samordning'), change(PARAMS.withCityWide, false), change(PARAMS.cell, `${theme}~${group}`)]);

/** The area's most crowded themes under the register's filters: its own insatser, not the city's. */
export function AreaCoordination({ area, linked = true }: { area: string; linked?: boolean }) {
  const { lang } = useCopy();
  const { register, selection } = useAppData();
  const meta = register.initiatives.data?.meta;
  const themes = useMemo(() => {
    if (!meta) return null;
    const table = coordinationTable(selection.anyArea, meta.themes.map((x) => x.id), meta.targetGroups.map((x) => x.id), { area, withCityWide: false });
    return crowdedThemes(table, 3);
  }, [meta, selection.anyArea, area]);
  if (!themes || !register.labels) return null;
  return <CrowdedThemes themes={themes} onOpen={openCell} labels={register.labels} c={coordinationFor(lang)} linked={linked} />;
}
