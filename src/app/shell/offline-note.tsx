import { useSyncExternalStore } from 'react';
import type { Messages as Copy } from '../../lib/copy/sv';
import { formatDate } from '../../lib/format';
import { useAppData } from '../data/app-data';
import { newestDataDate } from '../data/data-date';

const subscribe = (onChange: () => void) => {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
};
const online = () => navigator.onLine;

/**
 * Without a network the page runs from the service worker's copy (docs/hosting.md, "Offline"):
 * say so, quietly, with the date of the data it shows (the newest of the files' own dates).
 */
export function OfflineNote({ t }: { t: Copy }) {
  const isOnline = useSyncExternalStore(subscribe, online, () => true);
  const date = newestDataDate(useAppData());
  if (isOnline) return null;
  return (
    <div className="notice notice-info offline-note" role="status">
      <span>{t.offlineNote(date ? formatDate(date) : null)}</span>
    </div>
  );
}
