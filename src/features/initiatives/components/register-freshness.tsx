import type { Messages } from '../../../lib/copy/sv';
import { formatDate } from '../../../lib/format';
import type { RegisterFreshness } from '../model';

/** The register's date, said once at the top of a list, with the note when it is old. */
export function RegisterFreshnessLine({ freshness, t }: { freshness: RegisterFreshness; t: Messages }) {
  if (freshness.date === null) return null;
  return (
    <p className="register-freshness small">
      {t.registerDated(formatDate(freshness.date))}
      {freshness.stale && <> {t.registerStale(freshness.staleAfterDays)}</>}
    </p>
  );
}
