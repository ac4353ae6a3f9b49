import type { Messages } from '../../../lib/copy/sv';
import type { InitiativeSelection } from '../filters';
import type { Labeller } from '../labels';
import { InitiativeList } from './initiative-list';
import { RegisterFreshnessLine } from './register-freshness';

/**
 * The register view's results. With an area selected: the records bound to it, then in their own
 * group the city-wide ones ("Gäller hela staden"); the count in the status is both groups, the
 * same number every filter count refers to.
 */
export function InitiativeResults({
  selection,
  total,
  areaName,
  onOpen,
  keepVisible,
  labels,
  t,
}: {
  selection: InitiativeSelection;
  total: number;
  /** The selected area's name, or null for the whole register. */
  areaName: string | null;
  onOpen: (id: string) => void;
  keepVisible: string | null;
  labels: Labeller;
  t: Messages;
}) {
  const { results, inArea, cityWide } = selection;
  return (
    <>
      <RegisterFreshnessLine freshness={labels.freshness} t={t} />
      <p role="status" className="result-count">
        {t.showingCount(results.length, total)}
      </p>
      {areaName === null || results.length === 0 ? (
        <InitiativeList items={results} onOpen={onOpen} labels={labels} t={t} keepVisible={keepVisible} />
      ) : (
        <>
          <section className="result-group" aria-labelledby="results-in-area">
            <h3 id="results-in-area">{t.inAreaGroup(areaName, inArea.length)}</h3>
            {inArea.length ? <InitiativeList items={inArea} onOpen={onOpen} labels={labels} t={t} keepVisible={keepVisible} /> : <p className="small">{t.noAreaInitiatives}</p>}
          </section>
          <section className="result-group" aria-labelledby="results-city-wide">
            <h3 id="results-city-wide">{t.cityWideGroup(cityWide.length)}</h3>
            {cityWide.length ? <InitiativeList items={cityWide} onOpen={onOpen} labels={labels} t={t} keepVisible={keepVisible} /> : <p className="small">{t.noCityWideInitiatives}</p>}
          </section>
        </>
      )}
    </>
  );
}
