import { IndexControls } from '../../features/index/components/index-controls';
import { Legend } from '../../features/index/components/legend';
import { FocusAreas } from '../../features/initiatives/components/focus-areas';
import { useAppData } from '../data/app-data';
import { useCopy } from '../shell/use-copy';
import { setFocusShown, setLayer, setYear } from '../url/actions';
import { useUrlState } from '../url/url-state';

/** The layer and year pickers and the legend (with the insatsområden's toggle), above the views that show the index. */
export function IndexSidebar() {
  const { t } = useCopy();
  const { index, focus, register } = useAppData();
  const { showFocus } = useUrlState();
  const { model } = index;
  if (!model) return null;
  return (
    <>
      <IndexControls model={model} onLayer={setLayer} onYear={setYear} t={t} />
      <Legend model={model} t={t}>
        {focus && register.labels && <FocusAreas efforts={focus} shown={showFocus} onToggle={setFocusShown} labels={register.labels} t={t} />}
      </Legend>
    </>
  );
}
