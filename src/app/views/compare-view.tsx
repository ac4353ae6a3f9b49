import { CompareView as Compare } from '../../features/index/components/compare-view';
import { useAppData } from '../data/app-data';
import { useCopy } from '../shell/use-copy';
import { setCompare } from '../url/actions';
import { useUrlState } from '../url/url-state';

/** `?vy=jamfor`: two to four areas side by side (`jamfor=a,b`). */
export function CompareView() {
  const { t } = useCopy();
  const { compare } = useUrlState();
  const { index, areaNames } = useAppData();
  if (!index.model) return null;
  return <Compare model={index.model} areas={areaNames} chosen={compare} onChange={setCompare} t={t} />;
}
