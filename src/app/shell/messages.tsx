import { DataProblems } from '../../lib/components/data-problems';
import { LoadError } from '../../lib/components/load-error';
import type { Messages as Copy } from '../../lib/copy/sv';
import { useAppData } from '../data/app-data';
import type { Notice } from './notices';
import { OfflineNote } from './offline-note';

/**
 * Under the header: notices about the link, files that failed (with a retry) and data problems.
 * The notices come and go while the page is in use, so they float over its top edge instead of
 * pushing the map down; a failed file or broken data is the page's state and takes its place.
 */
export function Messages({ t, notices, onDismiss }: { t: Copy; notices: Notice[]; onDismiss: (id: number) => void }) {
  return (
    <>
      <div className="messages messages-overlay">
        <OfflineNote t={t} />
        {notices.map((n) => (
          <div key={n.id} className="notice notice-info" role="status">
            <span>{n.text}</span>
            <button type="button" className="link-button" onClick={() => onDismiss(n.id)}>
              {t.dismiss}
            </button>
          </div>
        ))}
      </div>
      <Problems t={t} />
    </>
  );
}

function Problems({ t }: { t: Copy }) {
  const { failed, problems } = useAppData();
  return (
    <div className="messages">
      {failed.map((q, i) => (
        <LoadError key={i} error={q.error} heading={t.loadFailed} retryLabel={t.retry} onRetry={() => void q.refetch()} />
      ))}
      <DataProblems problems={problems} heading={t.problemsHeading} more={t.moreProblems} />
    </div>
  );
}
