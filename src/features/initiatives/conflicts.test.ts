import type { Initiative, SourceRef } from './api/initiatives';
import { conflictProblems, conflictSummaries } from './conflicts';

const src = (documentDate: string, organisation: string): SourceRef => ({ file: `${organisation}.txt`, diarienummer: null, documentDate, section: 'Svar', organisation });
const conflict = (claims: [string, string][], follows?: number): Initiative['conflicts'][number] => ({
  field: 'geography',
  note: 'Dokumenten skiljer sig.',
  sources: claims.map(([d]) => src(d, 'x')),
  claims: claims.map(([d, says]) => ({ says, source: src(d, says) })),
  ...(follows === undefined ? {} : { follows }),
});

describe('conflicts between the documents', () => {
  it('follows the most recent statement and lists the statements newest first', () => {
    const item = { conflicts: [conflict([['2020-11-19', 'hela staden'], ['2024-05-08', 'fem områden']])] };
    const [s] = conflictSummaries(item);
    expect(s!.followed.says).toBe('fem områden');
    expect(s!.claims.map((c) => c.says)).toEqual(['fem områden', 'hela staden']);
    expect(conflictProblems(item)).toEqual([]);
  });
  it('asks which to follow when the newest share a date, and takes the one given', () => {
    const tied = [['2024-05-08', 'fem områden'], ['2024-05-08', 'kommunövergripande'], ['2020-11-19', '14 områden']] as [string, string][];
    expect(conflictProblems({ conflicts: [conflict(tied)] })).toEqual([
      { field: 'conflicts[0].follows', message: 'De nyaste uppgifterna är båda från 2024-05-08: ange med follows vilken posten följer.' },
    ]);
    const given = { conflicts: [conflict(tied, 1)] };
    expect(conflictProblems(given)).toEqual([]);
    expect(conflictSummaries(given)[0]!.followed.says).toBe('kommunövergripande');
  });
  it('reports a record that follows an older statement, or one that is not there', () => {
    const claims = [['2020-11-19', 'hela staden'], ['2024-05-08', 'fem områden']] as [string, string][];
    expect(conflictProblems({ conflicts: [conflict(claims, 0)] })[0]!.message).toBe('Posten följer en uppgift från 2020-11-19, men det finns en nyare från 2024-05-08.');
    expect(conflictProblems({ conflicts: [conflict(claims, 5)] })[0]!.message).toBe('Det finns ingen uppgift nummer 5 att följa (uppgifterna är 2).');
  });
  it('leaves a conflict that only has a note to the detail', () => {
    const noteOnly = { field: 'lead', note: 'Inget dokument säger vem som leder.', sources: [src('2023-09-27', 'a'), src('2024-05-08', 'b')] };
    expect(conflictSummaries({ conflicts: [noteOnly] })).toEqual([]);
    expect(conflictProblems({ conflicts: [noteOnly] })).toEqual([]);
  });
});
