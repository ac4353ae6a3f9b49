import { useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { AreaList } from '../../features/areas/components/area-list';
import { AreaPanel } from '../../features/areas/components/area-panel';
import { AreaSwitch } from '../../features/areas/components/area-switch';
import { SubareaPanel } from '../../features/areas/components/subarea-panel';
import { subareasOf } from '../../features/areas/model';
import { AreaIndexProfile } from '../../features/index/components/area-index-profile';
import { WorkshopLink } from './ranking-view';
import { AreaKeyFigures } from '../../features/index/components/area-key-figures';
import { AreaInitiatives } from '../../features/initiatives/components/area-initiatives';
import { AreaFocus } from '../../features/initiatives/components/focus-areas';
import { focusInArea } from '../../features/initiatives/focus';
import { SubareaInitiatives } from '../../features/initiatives/components/subarea-initiatives';
import { isTiedToSubarea } from '../../features/initiatives/filters';
import { FirstFrameTable } from '../boot/first-frame-table';
import { startFirstFrame } from '../boot/start';
import { useAppData } from '../data/app-data';
import { useCopy } from '../shell/use-copy';
import { selectArea, selectSubarea } from '../url/actions';
import { useUrlState } from '../url/url-state';
import { AreaCoordination } from './area-coordination';
import { AreaSheet } from './area-sheet';
import { openInitiative } from './open-initiative';

const clearArea = () => selectArea(null);
const closeSubarea = () => selectSubarea(null);
const openSubarea = (slug: string) => selectSubarea(slug);

/**
 * `?vy=karta`: without a selection the list of areas; with one, the area's profile (its key
 * figures, initiatives and index) with a compact picker beside its name, scrolled into view.
 */
export function AreaView() {
  const { t } = useCopy();
  const { areas, areaItems, selected, subareas, register, selection, index, focus } = useAppData();
  const { model } = index;
  const slug = selected?.properties.slug ?? null;
  // A new selection shows its name and key figures in the next frame; the rest of the profile
  // (initiatives, index tables and charts, delområden: most of the work) follows in a render React
  // may interrupt, so that frame is not held up by it (docs/performance.md, "Välja område").
  const profileSlug = useDeferredValue(slug);
  const profileReady = profileSlug === slug;
  const url = useUrlState();
  // Only a delområde of the selected area opens (the URL's corrections make the area follow it).
  const subarea = useMemo(() => subareas.data?.items.find((s) => s.properties.slug === url.subarea && s.properties.areaSlug === slug) ?? null, [subareas.data, url.subarea, slug]);
  const subareaSlug = subarea?.properties.slug ?? null;
  const ownInitiatives = useMemo(() => (subareaSlug && register.items ? register.items.filter((i) => isTiedToSubarea(i, subareaSlug)) : []), [subareaSlug, register.items]);
  const panel = useRef<HTMLElement>(null);
  // A new selection (map, list, picker, URL) starts the sidebar at the top, where its name is. A
  // choice in the list removed the focused button with the list: focus goes on to the picker that
  // replaced it, not to the page's start.
  // Not for the selection a page loads with (a link, an embed): focus then stays where the page puts it.
  // `undefined` until the areas are in: before that no slug is known, not even the link's.
  // The same for a delområde opened or closed (the sidebar starts at its name).
  const shown = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    if (!areaItems) return;
    const before = shown.current;
    const now = slug && `${slug}/${subareaSlug ?? ''}`;
    shown.current = now;
    if (before === now || !now) return;
    const sidebar = panel.current?.closest('.sidebar');
    if (sidebar) sidebar.scrollTop = 0;
    if (before !== undefined && document.activeElement === document.body) panel.current?.querySelector('select')?.focus({ preventScroll: true });
  }, [slug, subareaSlug, areaItems]);
  return (
    <>
      {!selected && (
        <section aria-labelledby="areas-heading" id="area-list">
          <h2 id="areas-heading" className="section-title">
            {t.areasHeading}
          </h2>
          {/* While the areas file is parsed, the build's table of a plain visit (as prerendered) rather than "Laddar …". */}
          {areas.isPending && (startFirstFrame ? <FirstFrameTable frame={startFirstFrame} lang={url.lang} t={t} /> : <p>{t.loading}</p>)}
          {areaItems && <AreaList areas={areaItems} selectedSlug={null} onSelect={selectArea} label={t.areasListLabel} moreLabel={t.showMoreAreas} />}
        </section>
      )}
      {areaItems && (
        <AreaSheet name={subarea?.properties.name ?? selected?.properties.name ?? null} onClose={clearArea} panelRef={panel}>
          {subarea && selected ? (
            <SubareaPanel subarea={subarea} areaName={selected.properties.name} onBack={closeSubarea} t={t}>
              {register.labels && <SubareaInitiatives own={ownInitiatives} inArea={selection.inArea} areaName={selected.properties.name} onOpen={openInitiative} labels={register.labels} t={t} />}
            </SubareaPanel>
          ) : (
          <AreaPanel
            area={selected}
            subareas={selected && profileReady ? subareasOf(selected, subareas.data?.items) : null}
            onClear={clearArea}
            onOpenSubarea={openSubarea}
            picker={slug && <AreaSwitch areas={areaItems} selectedSlug={slug} onSelect={selectArea} label={t.changeArea} />}
            keyFigures={slug && model && <AreaKeyFigures model={model} area={slug} areaCount={areaItems.length} t={t} />}
            t={t}
          >
            {profileReady && selected && register.labels && <AreaInitiatives inArea={selection.inArea} cityWide={selection.cityWide} onOpen={openInitiative} labels={register.labels} t={t} />}
            {profileReady && slug && focus && register.labels && <AreaFocus efforts={focusInArea(focus, slug)} labels={register.labels} t={t} />}
            {profileReady && slug && <AreaCoordination area={slug} />}
            {profileReady && selected && model && <AreaIndexProfile model={model} area={selected.properties.slug} areaCount={areaItems.length} t={t} />}
            {profileReady && selected && model && <WorkshopLink t={t} />}
          </AreaPanel>
          )}
        </AreaSheet>
      )}
    </>
  );
}
