import type { Language } from '../../lib/copy/messages';
import { pickLabel } from '../../lib/data-label';
import type { IndexDefinition } from './api/index-definition';

const cache = new WeakMap<IndexDefinition, IndexDefinition>();

/**
 * The definition with its display texts (names, composite label, reasons, sources) in `lang`,
 * each falling back to the Swedish. Ids, weights and directions are untouched, so computed results
 * stay valid. The English definition is built once per file and keeps its identity.
 */
export function localizeDefinition(def: IndexDefinition, lang: Language): IndexDefinition {
  if (lang === 'sv') return def;
  const hit = cache.get(def);
  if (hit) return hit;
  const localized: IndexDefinition = {
    ...def,
    compositeLabel: pickLabel(lang, def.compositeLabel, def.compositeLabel_en),
    dimensions: def.dimensions.map((d) => ({
      ...d,
      name: pickLabel(lang, d.name, d.name_en),
      ...(d.proposedBy ? { proposedBy: pickLabel(lang, d.proposedBy, d.proposedBy_en) } : {}),
      indicators: d.indicators.map((i) => ({
        ...i,
        name: pickLabel(lang, i.name, i.name_en),
        directionReason: pickLabel(lang, i.directionReason, i.directionReason_en),
        source: pickLabel(lang, i.source, i.source_en),
      })),
    })),
  };
  cache.set(def, localized);
  return localized;
}
