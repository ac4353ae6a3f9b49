import type { Messages } from '../../../lib/copy/sv';
import type { IndexModel } from '../model';
import { ExampleBadge } from '../../../lib/components/example-badge';

export function IndexControls({ model, onLayer, onYear, t }: { model: IndexModel; onLayer: (id: string) => void; onYear: (year: number) => void; t: Messages }) {
  const composite = model.layers.find((l) => l.kind === 'composite')!;
  return (
    <div className="index-controls">
      <label>
        <span>{t.layer}</span>
        <select value={model.layer.id} onChange={(e) => onLayer(e.target.value)}>
          <option value={composite.id}>{composite.label}</option>
          {model.definition.dimensions.map((d) => (
            <optgroup key={d.id} label={d.name}>
              <option value={d.id}>{t.wholeDimension(d.name)}</option>
              {d.indicators.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.name}
                  {i.status === 'exempel' ? ` (${t.exampleData})` : ''}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <label>
        <span>{t.year}</span>
        <select value={model.year} onChange={(e) => onYear(Number(e.target.value))}>
          {model.years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      {model.layerHasExample && <ExampleBadge label={t.exampleData} title={t.exampleDataTitle} />}
    </div>
  );
}
