import { useQuery } from '@tanstack/react-query';
import { fileQueryOptions } from '../../../lib/file-query';
import { z } from 'zod';
import { parseCollection, recordLabel } from '../../../lib/parse-collection';
import { MAX_LENGTH, fileMeta, optionalText, slug, text, tooLong } from '../../../lib/schemas';

export const INITIATIVES_FILE = 'data/insatser.json';

/** YYYY, YYYY-MM or YYYY-MM-DD: the documents often give only a year or a month. */
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'Datum ska skrivas ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Datum ska skrivas ÅÅÅÅ-MM-DD');

export const KINDS = ['samverkansforum', 'verksamhet', 'projekt', 'uppdrag', 'forslag'] as const;
export const STATUSES = ['pagaende', 'planerad', 'forslag', 'avslutad', 'okand'] as const;
export const SCOPES = ['omraden', 'hela-staden', 'ej-angivet'] as const;

/** Where a claim comes from: one click from every record to the document and section. */
export const sourceRef = z.object({
  file: text(MAX_LENGTH.name),
  /** null where the document states none (the compilation 001_ has no diarienummer). */
  diarienummer: text(MAX_LENGTH.reference).nullable(),
  documentDate: isoDate,
  section: text(MAX_LENGTH.note),
  /** The board or company whose answer names it; null for the compilation's own sections. */
  organisation: slug.nullable().optional(),
  /** The organisations the cited passage names (ids): what backs the record's lead and partners (claims.ts). */
  names: z.array(slug).optional(),
});
export type SourceRef = z.infer<typeof sourceRef>;

/** Fields a record may mark as the register's own reading of its sources (`interpretations`). */
export const INTERPRETABLE = ['lead', 'partners', 'commissionedBy', 'status', 'geography', 'themes', 'targetGroups'] as const;

export const initiative = z.object({
  id: slug,
  name: text(MAX_LENGTH.title),
  aliases: z.array(text(MAX_LENGTH.title)),
  description: z.string().min(20, 'Beskrivningen är för kort').max(MAX_LENGTH.description, tooLong(MAX_LENGTH.description)),
  kind: z.enum(KINDS),
  lead: z.array(slug),
  partners: z.array(slug),
  dimensions: z.array(slug),
  themes: z.array(slug),
  targetGroups: z.array(slug),
  status: z.enum(STATUSES),
  start: partialDate.nullable().optional(),
  end: partialDate.nullable().optional(),
  periodNote: optionalText(MAX_LENGTH.note).optional(),
  funding: optionalText(MAX_LENGTH.note).optional(),
  caseNumbers: z.array(optionalText(MAX_LENGTH.reference)).optional(),
  commissionedBy: z.array(slug).optional(),
  geography: z.object({
    scope: z.enum(SCOPES),
    areas: z.array(slug),
    subareas: z.array(slug),
    places: z.array(z.object({ name: text(MAX_LENGTH.name), subarea: slug.nullable().optional(), area: slug.nullable().optional() })),
  }),
  /**
   * Set where the documents tie the insats to named areas or delområden where the city concentrates
   * its work (the map's "Insatsområden"): what they say, in the register's words, and where.
   * Drawn on the map where `geography` names areas or delområden; listed as "not drawn" where it
   * names none (CTC, SSPF), so the map never shows more than the documents state.
   */
  focus: z.object({ note: text(MAX_LENGTH.note), sources: z.array(sourceRef).min(1, 'Ett insatsområde behöver minst en källa') }).optional(),
  /**
   * When the record was last confirmed to be current: by an editor, or (as shipped) the date of
   * the newest document that names it. Flagged when older than the register's newest record by
   * more than meta.staleAfterDays.
   */
  lastVerified: isoDate.optional(),
  sources: z.array(sourceRef).min(1, 'Varje insats behöver minst en källa'),
  conflicts: z.array(
    z.object({
      field: text(MAX_LENGTH.name),
      note: text(MAX_LENGTH.description),
      sources: z.array(sourceRef).min(2),
      /**
       * Where two documents state different things: each statement in the register's words with its
       * source. Shown in one line wherever the record is listed (features/initiatives/conflicts.ts).
       */
      claims: z.array(z.object({ says: text(MAX_LENGTH.name), source: sourceRef })).min(2, 'En motsägelse behöver minst två uppgifter').optional(),
      /** Which claim the record (and the map) follows: needed only when the newest claims share a date. */
      follows: z.number().int().nonnegative().optional(),
    }),
  ),
  /**
   * The fields that are the register's own reading rather than what a cited source states, each
   * with its reason in a sentence: marked "tolkning" in the detail, listed by data:validate.
   */
  interpretations: z.partialRecord(z.enum(INTERPRETABLE), text(MAX_LENGTH.description)).optional(),
});
export type Initiative = z.infer<typeof initiative>;

/** A controlled list: id, Swedish label (the source of truth) and optionally its English form. */
const labelled = z.array(z.object({ id: slug, label: text(MAX_LENGTH.label), label_en: text(MAX_LENGTH.label).optional() }));

/** A document the register cites; `file` is its internal id (the source text's file name, never shown). */
export const registerDocument = z.object({
  file: text(MAX_LENGTH.name),
  diarienummer: optionalText(MAX_LENGTH.reference).nullable(),
  documentDate: isoDate,
  title: text(MAX_LENGTH.title),
  author: text(MAX_LENGTH.title),
  /** The board or office that wrote it, as a reader would cite it; null for the compilation that has none. */
  board: text(MAX_LENGTH.name).nullable().optional(),
});
export type RegisterDocument = z.infer<typeof registerDocument>;
export const registerMeta = fileMeta.extend({
  /**
   * Days after which information counts as old: the register (its newest record) against today,
   * and a record against the register's newest (features/initiatives/model.ts, freshness).
   */
  staleAfterDays: z.number().int().positive().default(365),
  themes: labelled,
  targetGroups: labelled,
  kinds: labelled,
  statuses: labelled,
  dimensions: labelled,
  documents: z.array(registerDocument),
});
export type RegisterMeta = z.infer<typeof registerMeta>;

export function parseInitiatives(json: unknown) {
  return parseCollection({
    file: INITIATIVES_FILE,
    json,
    envelope: z.object({ meta: registerMeta, initiatives: z.array(z.unknown()) }),
    listKey: 'initiatives',
    item: initiative,
    meta: (e) => e.meta,
    describe: (raw, i) => recordLabel(raw, i, ['id', 'name']),
    // crossCheckRegister reports a repeated id as well; leaving the repeat out here keeps the list
    // (keyed by id) free of duplicates.
    unique: [{ field: 'id', key: (item) => item.id }],
  });
}
export type InitiativesData = ReturnType<typeof parseInitiatives>;

export const initiativesQueryOptions = () => fileQueryOptions(INITIATIVES_FILE, ['data', 'initiatives'], parseInitiatives);

export const useInitiatives = () => useQuery(initiativesQueryOptions());
