import type { RegisterMeta } from './api/initiatives';
import type { Organisation } from './api/organisations';
import type { Facet } from './filters';

export interface Labeller {
  kind: (id: string) => string;
  status: (id: string) => string;
  theme: (id: string) => string;
  targetGroup: (id: string) => string;
  dimension: (id: string) => string;
  organisation: (id: string) => string;
  organisationShort: (id: string) => string;
  facet: (facet: Facet, id: string) => string;
  staleAfterDays: number;
}

/** Display labels from the register's own lists; an unknown id shows as itself, never as blank. */
export function makeLabeller(meta: RegisterMeta, organisations: Organisation[]): Labeller {
  const map = (list: { id: string; label: string }[]) => {
    const m = new Map(list.map((x) => [x.id, x.label]));
    return (id: string) => m.get(id) ?? id;
  };
  const orgs = new Map(organisations.map((o) => [o.id, o]));
  const l = {
    kind: map(meta.kinds),
    status: map(meta.statuses),
    theme: map(meta.themes),
    targetGroup: map(meta.targetGroups),
    dimension: map(meta.dimensions),
    organisation: (id: string) => orgs.get(id)?.name ?? id,
    organisationShort: (id: string) => orgs.get(id)?.short ?? orgs.get(id)?.name ?? id,
  };
  return { ...l, facet: (facet, id) => (facet === 'organisation' ? l.organisation(id) : l[facet](id)), staleAfterDays: meta.staleAfterDays };
}
