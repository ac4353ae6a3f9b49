import { CLASS_COLORS, classify } from '../../../features/index/classes';
import { rankOf, scoreOf, type IndexModel } from '../../../features/index/model';
import { ExampleBadge } from '../../../lib/components/example-badge';
import type { Messages } from '../../../lib/copy/sv';
import { formatNumber } from '../../../lib/format';
import { useAppData, type AreaName } from '../../data/app-data';
import { useCopy } from '../../shell/use-copy';
import { FocusKey } from '../../../features/initiatives/components/focus-areas';
import { focusInArea } from '../../../features/initiatives/focus';
import { useUrlState } from '../../url/url-state';
import { SlideArea } from './slide-area';
import { showArea, useTourState } from './use-presentation';

const OVERVIEW_TOP = 5;

/** Without an area: the city, and the five areas with the lowest values (where to look first). */
function CityOverview({ model, areas, t }: { model: IndexModel | null; areas: AreaName[]; t: Messages }) {
  const top = model
    ? areas
        .filter((a) => rankOf(model, a.slug) !== null)
        .sort((a, b) => rankOf(model, a.slug)! - rankOf(model, b.slug)!)
        .slice(0, OVERVIEW_TOP)
    : [];
  return (
    <>
      <h2 className="slide-name">{t.slideCityTitle}</h2>
      <p className="slide-sentence">{t.slidePrompt}</p>
      {model && (
        <section className="slide-ranking" aria-labelledby="slide-ranking-title">
          <h3 id="slide-ranking-title">
            {t.slideLowest(model.layer.label, model.year)} {model.layerHasExample && <ExampleBadge label={t.exampleData} title={t.exampleDataTitle} />}
          </h3>
          <ol>
            {top.map((a) => {
              const score = scoreOf(model, a.slug)!;
              return (
                <li key={a.slug}>
                  <button type="button" onClick={() => showArea(a.slug)}>
                    <span className="swatch" style={{ background: CLASS_COLORS[classify(score)!] }} aria-hidden="true" />
                    <span className="slide-ranking-name">{a.name}</span> <span className="slide-ranking-score">{formatNumber(score, 1)}</span>
                  </button>
                </li>
              );
            })}
          </ol>
        </section>
      )}
    </>
  );
}

/** The tour's place ("3 / 14") and, while it plays, how much of this area's time has gone. */
function TourProgress({ t }: { t: Messages }) {
  const { tour } = useTourState();
  const i = tour.list.findIndex((a) => a.slug === tour.current);
  return (
    <div className="slide-progress" data-playing={tour.playing || undefined}>
      <p className="tour-status" aria-live="polite">
        {i >= 0 ? t.tourStatus(i + 1, tour.list.length, tour.list[i]!.name) : ''}
      </p>
      {i >= 0 && (
        <div className="slide-progress-bar" aria-hidden="true">
          <span className="slide-progress-tour" style={{ width: `${((i + 1) / tour.list.length) * 100}%` }} />
          {/* Restarts with each area (the key) and runs for the interval; static under reduced motion. */}
          {tour.playing && <span key={tour.current} className="slide-progress-interval" style={{ animationDuration: `${tour.interval}s` }} />}
        </div>
      )}
    </div>
  );
}

/** The slide's panel beside the map: the area (or the city) in words a room can read. */
export function SlidePanel() {
  const { t } = useCopy();
  const { selected, index, areaNames, selection, register, focus } = useAppData();
  const { showFocus } = useUrlState();
  const slugs = areaNames.map((a) => a.slug);
  return (
    <div className="slide-panel">
      <h1 className="slide-title">{t.appTitle}</h1>
      <TourProgress t={t} />
      {selected ? (
        <SlideArea
          model={index.model}
          slug={selected.properties.slug}
          name={selected.properties.name}
          areas={slugs}
          inArea={register.labels ? selection.inArea : null}
          cityWide={selection.cityWide}
          t={t}
        />
      ) : (
        <CityOverview model={index.model} areas={areaNames} t={t} />
      )}
      {/* The outlines' key: in the panel, where it hides none of the map; with an area, its own. */}
      {showFocus && focus && <FocusKey efforts={selected ? focusInArea(focus, selected.properties.slug) : focus} t={t} />}
    </div>
  );
}
