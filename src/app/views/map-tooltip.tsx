import { scoreOf } from '../../features/index/model';
import { formatNumber } from '../../lib/format';
import { useAppData } from '../data/app-data';
import { useCopy } from '../shell/use-copy';

/** The hovered area's name and value (never colour alone). */
export function MapTooltip({ slug }: { slug: string }) {
  const { t } = useCopy();
  const { areaItems, index } = useAppData();
  const { model } = index;
  const area = areaItems?.find((a) => a.properties.slug === slug);
  if (!area) return null;
  const score = model ? scoreOf(model, slug) : null;
  return (
    <>
      <strong>{area.properties.name}</strong>
      {model && (
        <div>
          {model.layer.label}: {score === null ? t.missing : formatNumber(score, 1)}
          {model.layerHasExample ? ` (${t.exampleData})` : ''}
        </div>
      )}
    </>
  );
}
