import { RankingView as Ranking } from '../../features/index/components/ranking-view';
import { RankChangeTable, rankChangeRows } from '../../features/index/components/workshop/rank-change';
import { StabilityTable } from '../../features/index/components/workshop/stability-table';
import { WeightingPanel } from '../../features/index/components/workshop/weighting-panel';
import { weightingFor } from '../../lib/copy/messages';
import { useEffect } from 'react';
import { useAppData } from '../data/app-data';
import { useCopy } from '../shell/use-copy';
import { resetWeighting, selectArea, setWeighting, showView } from '../url/actions';
import { useUrlState } from '../url/url-state';
import type { Messages } from '../../lib/copy/sv';

let focusPanel = false;

/** "Väg själv" from the map's sidebar or an area's profile: the ranking view, with the panel's heading focused. */
export function openWorkshop() {
  focusPanel = true;
  showView('rankning');
}

/** The way to "Väg själv" from the map's sidebar and an area's profile. */
export function WorkshopLink({ t }: { t: Messages }) {
  return (
    <p className="workshop-link">
      <button type="button" className="link-button" onClick={openWorkshop}>
        {t.workshopOpen}
      </button>
    </p>
  );
}

/**
 * `?vy=rankning`: the areas ranked by the shown layer (a row selects its area), beside "Väg själv"
 * (the user's own weighting), the rank change it makes and how stable each rank is.
 */
export function RankingView() {
  const { t, lang } = useCopy();
  const { area, weights, leftOut } = useUrlState();
  const { index, areaNames } = useAppData();
  const { model, proposalRankOf } = index;
  const shown = model !== null;
  useEffect(() => {
    if (!shown || !focusPanel) return;
    focusPanel = false;
    const heading = document.querySelector<HTMLElement>('#vag-sjalv h2');
    heading?.focus();
    heading?.scrollIntoView({ block: 'start' });
  }, [shown]);
  if (!model) return null;
  const w = weightingFor(lang);
  const compositeRank = (slug: string) => model.results[slug]?.composite.rank ?? null;
  return (
    <div className="ranking-workshop">
      <WeightingPanel definition={model.fullDefinition} weighting={{ weights, leftOut }} onChange={(x) => setWeighting(x.weights, x.leftOut)} onReset={resetWeighting} w={w} />
      <div className="ranking-results">
        <Ranking model={model} areas={areaNames} onSelect={selectArea} selected={area} t={t} />
        {model.custom && proposalRankOf && <RankChangeTable rows={rankChangeRows(areaNames, proposalRankOf, compositeRank)} w={w} t={t} />}
        <StabilityTable stability={model.stability()} areas={areaNames} rankOf={compositeRank} w={w} t={t} />
      </div>
    </div>
  );
}
