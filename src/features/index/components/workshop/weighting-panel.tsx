import { useId } from 'react';
import type { WeightingMessages } from '../../../../lib/copy/weighting-sv';
import { formatPercent } from '../../../../lib/format';
import type { IndexDefinition } from '../../api/index-definition';
import { MAX_WEIGHT, isCustom, normaliseWeighting, normalisedWeights, weightOf, type Weighting } from '../../weighting';

interface Props {
  /** Every dimension of the file (proposed ones included), in the page's language. */
  definition: IndexDefinition;
  weighting: Weighting;
  onChange: (w: Weighting) => void;
  onReset: () => void;
  w: WeightingMessages;
}

/**
 * "Väg själv": a weight 0–MAX_WEIGHT per dimension (a native range input, so keyboard, screen
 * readers and touch work as the browser makes them) and a checkbox per indicator. Every change is
 * passed on at once; the URL holds it (normaliseWeighting leaves out what equals the proposal).
 */
export function WeightingPanel({ definition, weighting, onChange, onReset, w }: Props) {
  const id = useId();
  const shares = normalisedWeights(definition, weighting);
  const custom = isCustom(definition, weighting);
  const set = (next: Weighting) => onChange(normaliseWeighting(definition, next));
  return (
    <section className="weighting-panel" aria-labelledby={`${id}-h`} id="vag-sjalv">
      <h2 id={`${id}-h`} tabIndex={-1}>
        {w.heading} {custom && <span className="badge-custom">{w.badge}</span>}
      </h2>
      <p className="small">{w.intro}</p>
      <p className="small" role="status">
        {custom ? '' : w.isProposal}
      </p>
      <div className="weighting-dimensions">
        {definition.dimensions.map((d) => {
          const weight = weightOf(d, weighting);
          const share = shares[d.id];
          return (
            <fieldset key={d.id} className="weighting-dimension">
              <legend>{d.name}</legend>
              {d.proposedBy && <p className="small">{w.proposed(d.proposedBy)}</p>}
              <label className="weighting-slider">
                <span className="visually-hidden">{w.weightLabel(d.name)}</span>
                <input
                  type="range"
                  min={0}
                  max={MAX_WEIGHT}
                  step={1}
                  value={weight}
                  aria-valuetext={`${weight}: ${share === undefined ? w.leftOutDimension : w.share(formatPercent(share * 100, 0))}`}
                  onChange={(e) => set({ weights: { ...weighting.weights, [d.id]: Number(e.currentTarget.value) }, leftOut: weighting.leftOut })}
                />
                <output aria-hidden="true">{weight}</output>
              </label>
              <p className="small weighting-share">{share === undefined ? w.leftOutDimension : w.share(formatPercent(share * 100, 0))}</p>
              <ul className="weighting-indicators" aria-label={w.indicatorsLegend(d.name)}>
                {d.indicators.map((ind) => (
                  <li key={ind.id}>
                    <label>
                      <input
                        type="checkbox"
                        checked={!weighting.leftOut.includes(ind.id)}
                        onChange={(e) => {
                          const on = e.currentTarget.checked;
                          set({ weights: weighting.weights, leftOut: on ? weighting.leftOut.filter((x) => x !== ind.id) : [...weighting.leftOut, ind.id] });
                        }}
                      />{' '}
                      {ind.name}
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          );
        })}
      </div>
      <button type="button" onClick={onReset} disabled={!custom}>
        {w.reset}
      </button>
    </section>
  );
}
