import type { RegisterDocument, SourceRef } from './api/initiatives';

/** A source as a reader cites it: who wrote the document, its date and diarienummer, and the section. */
export interface SourceDescription {
  /** The board that wrote the document, else the document's title; null when the document is unknown. */
  heading: string | null;
  /** The document's title under a board heading; null when the heading is the title (or unknown). */
  title: string | null;
  /** YYYY-MM-DD, the document's own (the reference's when the document is unknown). */
  date: string;
  diarienummer: string | null;
  section: string;
  /** The board or company whose answer the section is, unless the section already names it. */
  organisation: string | null;
}

/**
 * What a source line shows, taken from the register's document list (one place for a document's
 * title, date and diarienummer). The file name is only the reference's key and is never part of it.
 */
export function describeSource(ref: SourceRef, doc: RegisterDocument | undefined, organisationName: (id: string) => string): SourceDescription {
  const org = ref.organisation ? organisationName(ref.organisation) : null;
  const organisation = org && !ref.section.includes(org) && org !== doc?.board ? org : null;
  if (!doc) return { heading: null, title: null, date: ref.documentDate, diarienummer: ref.diarienummer || null, section: ref.section, organisation };
  const board = doc.board ?? null;
  return { heading: board ?? doc.title, title: board ? doc.title : null, date: doc.documentDate, diarienummer: doc.diarienummer || null, section: ref.section, organisation };
}

/** One line for a spreadsheet cell: "Servicenämnden SN-2023-1541 2023-12-12: section". */
export function sourceLine(d: SourceDescription, unknownDocument: string): string {
  return `${[d.heading ?? unknownDocument, d.diarienummer, d.date].filter(Boolean).join(' ')}: ${d.section}${d.organisation ? ` (${d.organisation})` : ''}`;
}
