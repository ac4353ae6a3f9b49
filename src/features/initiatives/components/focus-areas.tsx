import type { Messages } from '../../../lib/copy/sv';
import type { FocusEffort } from '../focus';
import type { Labeller } from '../labels';
import { ConflictLines } from './conflict-line';
import { SourceLine } from './source-item';

/** The outline's sample, as the map draws it (purple on a white casing). */
const Swatch = () => <span className="swatch swatch-focus" aria-hidden="true" />;

const placesText = (e: FocusEffort, t: Messages) => (e.places.length ? e.places.map((p) => p.name).join(', ') : t.focusNotDrawn);

/** One effort: its name, where (or that the documents say nowhere), what the source says and where. */
function Effort({ effort, labels, t }: { effort: FocusEffort; labels: Labeller; t: Messages }) {
  return (
    <li data-drawn={effort.places.length > 0 || undefined}>
      <strong>{effort.name}</strong>: {placesText(effort, t)}
      <ConflictLines item={effort} labels={labels} t={t} />
      <ul className="sources focus-sources">
        {effort.sources.map((s, i) => (
          <SourceLine key={i} s={s} labels={labels} t={t} />
        ))}
      </ul>
      <details>
        <summary>{t.focusWhy}</summary>
        <p>{effort.note}</p>
      </details>
    </li>
  );
}

/**
 * The "Insatsområden" toggle under the legend and, while it is on, the legend's entry for the
 * outlines: every effort with its places and sources, and the ones the documents place nowhere.
 */
export function FocusAreas({
  efforts,
  shown,
  onToggle,
  labels,
  t,
  disabled = false,
}: {
  /** null while the register and the delområden load: the toggle is there from the start (nothing moves when they come). */
  efforts: FocusEffort[] | null;
  shown: boolean;
  onToggle: (shown: boolean) => void;
  labels: Labeller | null;
  t: Messages;
  /** The page before the app: the toggle in its place, not yet usable. */
  disabled?: boolean;
}) {
  return (
    <section className="focus-areas" aria-label={t.focusTitle}>
      <label className="focus-toggle">
        <input type="checkbox" checked={shown} disabled={disabled} onChange={(e) => onToggle(e.currentTarget.checked)} /> <Swatch /> {t.focusToggle}
      </label>
      {shown && efforts && labels && (
        <>
          <p className="legend-note">{t.focusIntro}</p>
          <ul className="focus-list">
            {efforts.map((e) => (
              <Effort key={e.id} effort={e} labels={labels} t={t} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** The slide's key for the outlines: each drawn effort and its places, no more (it is read from across a room). */
export function FocusKey({ efforts, t }: { efforts: FocusEffort[]; t: Messages }) {
  const drawn = efforts.filter((e) => e.places.length > 0);
  if (drawn.length === 0) return null;
  return (
    <section className="focus-key" aria-label={t.focusTitle}>
      <h3>
        <Swatch /> {t.focusTitle}
      </h3>
      <ul>
        {drawn.map((e) => (
          <li key={e.id}>
            {e.name}: {placesText(e, t)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** In an area's profile: the efforts the documents tie to it or its delområden. */
export function AreaFocus({ efforts, labels, t }: { efforts: FocusEffort[]; labels: Labeller; t: Messages }) {
  if (efforts.length === 0) return null;
  return (
    <section className="area-focus" aria-labelledby="area-focus-title">
      <h3 id="area-focus-title">
        <Swatch /> {t.focusHere}
      </h3>
      <ul className="focus-list">
        {efforts.map((e) => (
          <Effort key={e.id} effort={e} labels={labels} t={t} />
        ))}
      </ul>
    </section>
  );
}
