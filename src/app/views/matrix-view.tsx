import { scoreOf } from '../../features/index/model';
import { MatrixView as Matrix } from '../../features/initiatives/components/matrix-view';
import type { Facet } from '../../features/initiatives/filters';
import { useAppData } from '../data/app-data';
import { useCopy } from '../shell/use-copy';
import { selectArea } from '../url/actions';
import { change, setParams } from '../url/store';
import { PARAMS } from '../url/url-state';

// A cell opens the list behind it: that area, that value, in the register view (one history entry).
const openCell = (area: string, facet: Facet, value: string) => setParams([change(PARAMS[facet], [value]), change(PARAMS.area, area), change(PARAMS.view, 'insatser')]);

/** `?vy=matris`: "vem gör vad var", area × organisation and area × dimension under the filters. */
export function MatrixView() {
  const { t } = useCopy();
  const { register, selection, areaItems, areaNames, index } = useAppData();
  const { model } = index;
  if (!register.labels || !areaItems) return null;
  return (
    <Matrix
      items={selection.anyArea}
      areas={areaItems.map((a) => ({ slug: a.properties.slug, name: a.properties.name, title: a.properties.officialName }))}
      scores={Object.fromEntries(areaNames.map((a) => [a.slug, model ? scoreOf(model, a.slug) : null]))}
      scoreLabel={model ? `${model.layer.label} ${model.year}` : ''}
      scoreExample={model?.layerHasExample ?? false}
      dimensions={register.initiatives.data?.meta.dimensions.map((d) => d.id) ?? []}
      onCell={openCell}
      onSelectArea={selectArea}
      labels={register.labels}
      t={t}
    />
  );
}
