import { useMemo } from 'react';
import { PlaceHits } from '../../features/areas/components/place-hits';
import { searchPlaces } from '../../features/areas/place-search';
import { InitiativeFilters } from '../../features/initiatives/components/initiative-filters';
import { InitiativeResults } from '../../features/initiatives/components/initiative-results';
import { useAppData } from '../data/app-data';
import { useCopy } from '../shell/use-copy';
import { choosePlace, clearFilters, selectArea, setFacet, setSearch } from '../url/actions';
import { useUrlState } from '../url/url-state';
import { lastOpener, openInitiative } from './open-initiative';

/** `?vy=insatser`: the register with its search and filters, narrowed to the selected area if any. */
export function InitiativesView() {
  const { t } = useCopy();
  const { filters } = useUrlState();
  const { register, selection, selected, areaItems, subareas, areaName: nameOf } = useAppData();
  const { labels, items } = register;
  const subareaItems = subareas.data?.items;
  const places = useMemo(() => (areaItems ? searchPlaces(filters.search, areaItems, subareaItems) : []), [filters.search, areaItems, subareaItems]);
  if (!labels || !items) return null;
  const areaName = selected?.properties.name ?? null;
  return (
    <section className="initiatives" aria-labelledby="initiatives-title">
      <h2 id="initiatives-title">{t.initiativesHeading}</h2>
      <InitiativeFilters
        counts={selection.facetCounts}
        filters={filters}
        onChange={setFacet}
        onSearch={setSearch}
        onClear={clearFilters}
        labels={labels}
        t={t}
        afterSearch={<PlaceHits hits={places} areaName={nameOf} onChoose={(hit) => choosePlace(hit.areaSlug, hit.kind === 'subarea' ? hit.slug : null)} t={t} />}
      />
      {areaName !== null && (
        <p className="chip">
          {t.areaFilter(areaName)}{' '}
          <button type="button" className="link-button" aria-label={t.removeAreaFilter(areaName)} onClick={() => selectArea(null)}>
            ✕
          </button>
        </p>
      )}
      <InitiativeResults selection={selection} total={items.length} areaName={areaName} onOpen={openInitiative} keepVisible={lastOpener()} labels={labels} t={t} />
    </section>
  );
}
