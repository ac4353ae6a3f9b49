import { IndexControls } from '../../features/index/components/index-controls';
import { Legend } from '../../features/index/components/legend';
import { useAppData } from '../data/app-data';
import { useCopy } from '../shell/use-copy';
import { setLayer, setYear } from '../url/actions';

/** The layer and year pickers and the legend, above the views that show the index. */
export function IndexSidebar() {
  const { t } = useCopy();
  const { model } = useAppData().index;
  if (!model) return null;
  return (
    <>
      <IndexControls model={model} onLayer={setLayer} onYear={setYear} t={t} />
      <Legend model={model} t={t} />
    </>
  );
}
