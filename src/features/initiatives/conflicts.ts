/**
 * Where the documents disagree about a record (CTC's scope): the statements side by side, and
 * which one the record follows. The rule: the most recent source; where the newest statements
 * share a date, the record says which it follows (`follows`), and data:validate holds it to that.
 */
import type { Initiative, SourceRef } from './api/initiatives';

export interface Claim {
  says: string;
  source: SourceRef;
}

export interface ConflictSummary {
  /** The record's field the statements are about ("geography", "lead", …). */
  field: string;
  /** Newest first. */
  claims: Claim[];
  /** The statement the record, and the map, follow. */
  followed: Claim;
}

type Conflict = Initiative['conflicts'][number];

const newestFirst = (a: Claim, b: Claim) => b.source.documentDate.localeCompare(a.source.documentDate);

function followedClaim(c: Conflict): Claim | undefined {
  const claims = c.claims ?? [];
  if (c.follows !== undefined) return claims[c.follows];
  return [...claims].sort(newestFirst)[0];
}

/** The record's disagreements that state their claims (a note alone is shown in the detail only). */
export function conflictSummaries(item: Pick<Initiative, 'conflicts'>): ConflictSummary[] {
  const out: ConflictSummary[] = [];
  for (const c of item.conflicts) {
    const followed = followedClaim(c);
    if (!c.claims || !followed) continue;
    out.push({ field: c.field, claims: [...c.claims].sort(newestFirst), followed });
  }
  return out;
}

/** What is wrong with a record's claims, as (field, message) pairs in Swedish for the data checks. */
export function conflictProblems(item: Pick<Initiative, 'conflicts'>): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  item.conflicts.forEach((c, i) => {
    const claims = c.claims ?? [];
    const field = `conflicts[${i}].follows`;
    if (c.follows !== undefined && c.follows >= claims.length) {
      problems.push({ field, message: `Det finns ingen uppgift nummer ${c.follows} att följa (uppgifterna är ${claims.length}).` });
      return;
    }
    if (claims.length === 0) return;
    const newest = [...claims].sort(newestFirst)[0]!.source.documentDate;
    const tied = claims.filter((x) => x.source.documentDate === newest).length > 1;
    const followed = followedClaim(c)!;
    if (followed.source.documentDate < newest) {
      problems.push({ field, message: `Posten följer en uppgift från ${followed.source.documentDate}, men det finns en nyare från ${newest}.` });
    } else if (tied && c.follows === undefined) {
      problems.push({ field, message: `De nyaste uppgifterna är båda från ${newest}: ange med follows vilken posten följer.` });
    }
  });
  return problems;
}
