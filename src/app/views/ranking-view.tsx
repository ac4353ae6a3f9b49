import { RankingView as Ranking } from '../../features/index/components/ranking-view';
import { useAppData } from '../data/app-data';
import { useCopy } from '../shell/use-copy';
import { selectArea } from '../url/actions';
import { useUrlState } from '../url/url-state';

/** `?vy=rankning`: the areas ranked by the shown layer; a row selects its area. */
export function RankingView() {
  const { t } = useCopy();
  const { area } = useUrlState();
  const { index, areaNames } = useAppData();
  if (!index.model) return null;
  return <Ranking model={index.model} areas={areaNames} onSelect={selectArea} selected={area} t={t} />;
}
