import type { Messages } from '../../../lib/copy/sv';
import type { Initiative } from '../api/initiatives';
import type { Labeller } from '../labels';
import { InitiativeSummary } from './initiative-summary';

export function InitiativeList({ items, onOpen, labels, t }: { items: Initiative[]; onOpen: (id: string) => void; labels: Labeller; t: Messages }) {
  if (items.length === 0) return <p>{t.noInitiatives}</p>;
  return (
    <ul className="initiative-list">
      {items.map((item) => (
        <li key={item.id}>
          <button type="button" className="initiative-open" data-initiative={item.id} onClick={() => onOpen(item.id)}>
            <span className="initiative-name">{item.name}</span>
          </button>
          <InitiativeSummary item={item} labels={labels} t={t} />
        </li>
      ))}
    </ul>
  );
}
