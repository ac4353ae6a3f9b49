import { AreaList } from '../../features/areas/components/area-list';
import { AreaPanel } from '../../features/areas/components/area-panel';
import { subareasOf } from '../../features/areas/model';
import { AreaIndexProfile } from '../../features/index/components/area-index-profile';
import { AreaInitiatives } from '../../features/initiatives/components/area-initiatives';
import { useAppData } from '../data/app-data';
import { useCopy } from '../shell/use-copy';
import { selectArea } from '../url/actions';
import { AreaSheet } from './area-sheet';
import { openInitiative } from './open-initiative';

const clearArea = () => selectArea(null);

/** `?vy=karta`: the list of areas and the selected area's profile (its initiatives and its index). */
export function AreaView() {
  const { t } = useCopy();
  const { areas, areaItems, selected, subareas, register, selection, index } = useAppData();
  const { model } = index;
  return (
    <>
      <section aria-labelledby="areas-heading" id="area-list">
        <h2 id="areas-heading" className="section-title">
          {t.areasHeading}
        </h2>
        {areas.isPending && <p>{t.loading}</p>}
        {areaItems && <AreaList areas={areaItems} selectedSlug={selected?.properties.slug ?? null} onSelect={selectArea} label={t.areasListLabel} moreLabel={t.showMoreAreas} />}
      </section>
      {areaItems && (
        <AreaSheet name={selected?.properties.name ?? null} onClose={clearArea}>
          <AreaPanel area={selected} subareas={selected ? subareasOf(selected, subareas.data?.items) : []} onClear={clearArea} t={t}>
            {selected && register.labels && <AreaInitiatives inArea={selection.inArea} cityWide={selection.cityWide} onOpen={openInitiative} labels={register.labels} t={t} />}
            {selected && model && <AreaIndexProfile model={model} area={selected.properties.slug} areaCount={areaItems.length} t={t} />}
          </AreaPanel>
        </AreaSheet>
      )}
    </>
  );
}
