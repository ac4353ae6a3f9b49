import { IndexControls } from '../../features/index/components/index-controls';
import { Legend } from '../../features/index/components/legend';
import { FocusAreas } from '../../features/initiatives/components/focus-areas';
import { FirstFrameIndex } from '../boot/first-frame-table';
import { startFirstFrame } from '../boot/start';
import { useAppData } from '../data/app-data';
import { useCopy } from '../shell/use-copy';
import { setFocusShown, setLayer, setYear } from '../url/actions';
import { useUrlState } from '../url/url-state';
import { WorkshopLink } from './ranking-view';

/** The layer and year pickers and the legend (with the insatsområden's toggle), above the views that show the index. */
export function IndexSidebar() {
  const { t, lang } = useCopy();
  const { index, focus, register } = useAppData();
  const { showFocus, view, area } = useUrlState();
  const { model } = index;
  // While the index loads, the pickers and legend of the page before the app stay in their place.
  if (!model) return startFirstFrame ? <FirstFrameIndex frame={startFirstFrame} lang={lang} t={t} /> : null;
  return (
    <>
      <IndexControls model={model} onLayer={setLayer} onYear={setYear} t={t} />
      <Legend model={model} t={t}>
        <FocusAreas efforts={focus} shown={showFocus} onToggle={setFocusShown} labels={register.labels} t={t} />
      </Legend>
      {/* With an area selected its profile has the link (here it would push the profile down). */}
      {view === 'karta' && area === null && <WorkshopLink t={t} />}
    </>
  );
}
