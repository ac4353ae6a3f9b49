import { scoreOf } from '../../features/index/model';
import { focusInArea } from '../../features/initiatives/focus';
import { useUrlState } from '../url/url-state';
import { formatNumber } from '../../lib/format';
import { useAppData } from '../data/app-data';
import { useCopy } from '../shell/use-copy';

/** The hovered area's name and value (never colour alone); over a delområde, its name and its area's. */
export function MapTooltip({ slug, subarea }: { slug: string; subarea?: string | null }) {
  const { t } = useCopy();
  const { areaItems, index, subareaName, focus } = useAppData();
  const { showFocus } = useUrlState();
  const { model } = index;
  const area = areaItems?.find((a) => a.properties.slug === slug);
  if (!area) return null;
  if (subarea) {
    return (
      <>
        <strong>{subareaName(subarea)}</strong>
        <div>{t.subareaInArea(area.properties.name)}</div>
      </>
    );
  }
  const score = model ? scoreOf(model, slug) : null;
  const efforts = showFocus && focus ? focusInArea(focus, slug) : [];
  return (
    <>
      <strong>{area.properties.name}</strong>
      {model && (
        <div>
          {model.layer.label}: {score === null ? t.missing : formatNumber(score, 1)}
          {model.layerHasExample ? ` (${t.exampleData})` : ''}
        </div>
      )}
      {efforts.length > 0 && <div>{t.focusTooltip(efforts.map((e) => e.name).join(', '))}</div>}
    </>
  );
}
