import type { Language } from '../../lib/copy/messages';
import { pickLabel } from '../../lib/data-label';
import type { Initiative, RegisterMeta, SourceRef } from './api/initiatives';
import type { Organisation } from './api/organisations';
import type { Facet } from './filters';
import { registerFreshness, type RegisterFreshness } from './model';
import { describeSource, type SourceDescription } from './sources';

export interface Labeller {
  kind: (id: string) => string;
  status: (id: string) => string;
  theme: (id: string) => string;
  targetGroup: (id: string) => string;
  dimension: (id: string) => string;
  organisation: (id: string) => string;
  organisationShort: (id: string) => string;
  facet: (facet: Facet, id: string) => string;
  /** A source as a reader cites it (document, date, diarienummer, section), never its file name. */
  source: (ref: SourceRef) => SourceDescription;
  /** How current the register is, and the rule for flagging a record older than the rest. */
  freshness: RegisterFreshness;
}

export interface LabellerOptions {
  lang: Language;
  /** The register's records, for its freshness; today's date decides whether it is stale. */
  items: Initiative[];
  today: Date;
}

/**
 * Display labels from the register's own lists in the wanted language (English where the file
 * has it, else the Swedish); an unknown id shows as itself, never as blank.
 */
export function makeLabeller(meta: RegisterMeta, organisations: Organisation[], { lang, items, today }: LabellerOptions): Labeller {
  const map = (list: { id: string; label: string; label_en?: string | undefined }[]) => {
    const m = new Map(list.map((x) => [x.id, pickLabel(lang, x.label, x.label_en)]));
    return (id: string) => m.get(id) ?? id;
  };
  const orgs = new Map(organisations.map((o) => [o.id, o]));
  const documents = new Map(meta.documents.map((d) => [d.file, d]));
  const l = {
    kind: map(meta.kinds),
    status: map(meta.statuses),
    theme: map(meta.themes),
    targetGroup: map(meta.targetGroups),
    dimension: map(meta.dimensions),
    organisation: (id: string) => orgs.get(id)?.name ?? id,
    organisationShort: (id: string) => orgs.get(id)?.short ?? orgs.get(id)?.name ?? id,
  };
  return {
    ...l,
    facet: (facet, id) => (facet === 'organisation' ? l.organisation(id) : l[facet](id)),
    source: (ref) => describeSource(ref, documents.get(ref.file), l.organisation),
    freshness: registerFreshness(items, meta.staleAfterDays, today),
  };
}
