/** One thing wrong in a data file, precise enough for an editor to find and fix it. */
export interface DataProblem {
  /** Path of the file relative to the site root, e.g. "geo/omraden.geojson". */
  file: string;
  /** Which record, in words an editor recognises, e.g. 'objekt 4 (slug "oxie-kyrkby")'. */
  record?: string;
  /** Path of the field inside the record, e.g. "properties.areaKm2". */
  field?: string;
  message: string;
}

/**
 * network: no answer (offline, timeout); http: an error status; encoding: the bytes are not UTF-8;
 * json: empty or not valid JSON; schema: the envelope of the file is wrong. Only the first two can
 * heal by themselves, so only they are retried automatically.
 */
export type DataErrorKind = 'network' | 'http' | 'encoding' | 'json' | 'schema';

/** Thrown when a whole file is unusable; problems in single records are returned, not thrown. */
export class DataError extends Error {
  readonly kind: DataErrorKind;
  readonly problems: DataProblem[];
  constructor(kind: DataErrorKind, problems: DataProblem[]) {
    super(problems.map(describeProblem).join('\n'));
    this.name = 'DataError';
    this.kind = kind;
    this.problems = problems;
  }
}

export function describeProblem(p: DataProblem): string {
  const where = [p.file, p.record, p.field ? `fält ${p.field}` : undefined].filter(Boolean).join(', ');
  return `${where}: ${p.message}`;
}
