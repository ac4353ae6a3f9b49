import { MethodologyPage } from '../../features/index/components/methodology-page';
import { localizeDefinition } from '../../features/index/localize';
import { methodologyFor, workbenchFor } from '../../lib/copy/messages';
import { showView } from '../url/actions';
import { useAppData } from '../data/app-data';
import { useCopy } from '../shell/use-copy';

/** `?vy=metod`: method and sources, with each data file's own metadata. */
export function MethodView() {
  const { t, lang } = useCopy();
  const { areas, subareas, basemap, index, register } = useAppData();
  const datasets = [
    { file: 'geo/omraden.geojson', meta: areas.data?.meta },
    { file: 'geo/delomraden.geojson', meta: subareas.data?.meta },
    { file: 'geo/bakgrund.geojson', meta: basemap.data?.meta },
    { file: 'data/index-definition.json', meta: index.definition.data?.meta },
    { file: 'data/index-values.json', meta: index.values.data?.meta },
    { file: 'data/insatser.json', meta: register.initiatives.data?.meta },
    { file: 'data/organisationer.json', meta: register.organisations.data?.meta },
  ].filter((d): d is { file: string; meta: NonNullable<typeof d.meta> } => Boolean(d.meta));
  return (
    <>
      <MethodologyPage definition={index.definition.data && localizeDefinition(index.definition.data, lang)} t={t} m={methodologyFor(lang)} datasets={datasets} />
      <p className="workbench-link">
        <button type="button" className="link-button" onClick={() => showView('redigera')}>
          {workbenchFor(lang).open}
        </button>
      </p>
    </>
  );
}
