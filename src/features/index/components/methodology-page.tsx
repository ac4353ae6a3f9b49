import type { methodologySv } from '../../../lib/copy/methodology-sv';
import type { Messages } from '../../../lib/copy/sv';
import { TableScroll } from '../../../lib/components/table-scroll';
import { formatDate } from '../../../lib/format';
import type { IndexDefinition } from '../api/index-definition';
import { ExampleBadge } from '../../../lib/components/example-badge';

export interface DatasetInfo {
  file: string;
  meta: { title: string; source: string; licence: string; updated: string };
}

export function MethodologyPage({ definition, t, m, datasets }: { definition: IndexDefinition | undefined; t: Messages; m: typeof methodologySv; datasets: DatasetInfo[] }) {
  return (
    <article className="methodology" aria-labelledby="method-title">
      <h2 id="method-title">{m.title}</h2>
      <p>{m.intro}</p>
      {m.sections.map((s) => (
        <section key={s.heading}>
          <h3>{s.heading}</h3>
          {s.paragraphs.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </section>
      ))}
      {definition && (
        <section>
          <h3>{m.indicatorTableHeading}</h3>
          <TableScroll label={m.indicatorTableHeading}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t.colDimension}</th>
                  <th scope="col">{t.colIndicator}</th>
                  <th scope="col">{m.colDirection}</th>
                  <th scope="col">{m.colReason}</th>
                  <th scope="col">{m.colStatus}</th>
                  <th scope="col">{m.colSource}</th>
                </tr>
              </thead>
              <tbody>
                {definition.dimensions.flatMap((d) =>
                  d.indicators.map((i) => (
                    <tr key={i.id}>
                      <td>{d.name}</td>
                      <th scope="row">{i.name}</th>
                      <td>{i.direction === 'higher-is-better' ? m.higherBetter : m.higherWorse}</td>
                      <td>{i.directionReason}</td>
                      <td>{i.status === 'exempel' ? <ExampleBadge label={t.exampleData} title={t.exampleDataTitle} /> : t.realData}</td>
                      <td>{i.source}</td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </TableScroll>
        </section>
      )}
      <section>
        <h3>{t.datasetsHeading}</h3>
        <TableScroll label={t.datasetsHeading}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t.colDataset}</th>
                <th scope="col">{t.colSource}</th>
                <th scope="col">{t.colLicence}</th>
                <th scope="col">{t.colUpdated}</th>
                <th scope="col">{t.colFile}</th>
              </tr>
            </thead>
            <tbody>
              {datasets.map((d) => (
                <tr key={d.file}>
                  <th scope="row">{d.meta.title}</th>
                  <td>{d.meta.source}</td>
                  <td>{d.meta.licence}</td>
                  <td>{formatDate(d.meta.updated)}</td>
                  <td>
                    <code>{d.file}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
      <section>
        <h3>{m.sourcesHeading}</h3>
        <ul>
          {m.sources.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </section>
    </article>
  );
}
