import { useEffect } from 'react';
import type { Messages } from '../../lib/copy/sv';
import { formatDate } from '../../lib/format';
import { useAppData } from '../data/app-data';
import { newestDataDate } from '../data/data-date';
import { useCopy } from '../shell/use-copy';
import type { View } from '../url/codecs';
import { useUrlState } from '../url/url-state';

const VIEW_TITLE: Record<View, keyof Messages> = {
  redigera: 'viewWorkbench',
  karta: 'viewMap',
  insatser: 'viewInitiatives',
  matris: 'viewMatrix',
  samordning: 'viewCoordination',
  rankning: 'viewRanking',
  jamfor: 'viewCompare',
  metod: 'viewMethod',
  tillganglighet: 'accessibilityTitle',
};

/** A CSS string literal (for `content:`), from plain text. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r]+/g, ' ')}"`;
}

/** The printed page's title: the open initiative, else the selected area on the map, else the view. */
function printTitle(t: Messages, view: View, area: string | null, initiative: string | null): string {
  const viewTitle = String(t[VIEW_TITLE[view]]);
  const subject = initiative ?? (area && (view === 'karta' || view === 'insatser') ? `${viewTitle}: ${area}` : viewTitle);
  return `${t.appTitle} – ${subject}`;
}

/**
 * What every printed page says in its margins (print.css's @page boxes): title, the print date and
 * the data's date, the source line and "Sida n av m". Set as custom properties on <html>, the only
 * way for text from the app to reach a margin box (the page inherits from the root element).
 */
export function PrintFrame() {
  const { t } = useCopy();
  const { view } = useUrlState();
  const data = useAppData();
  const { selected, open } = data;
  const dataDate = newestDataDate(data);
  const title = printTitle(t, view, selected?.properties.name ?? null, open?.name ?? null);
  const today = new Date().toISOString().slice(0, 10);
  const printed = formatDate(today);
  const datesLine = dataDate ? t.printDates(printed, formatDate(dataDate)) : printed;

  useEffect(() => {
    const root = document.documentElement.style;
    const vars = { '--print-title': title, '--print-dates': datesLine, '--print-source': t.printSources, '--print-page': t.printPage, '--print-page-of': t.printPageOf };
    for (const [k, v] of Object.entries(vars)) root.setProperty(k, cssString(v));
    return () => Object.keys(vars).forEach((k) => root.removeProperty(k));
  }, [title, datesLine, t]);
  return null;
}
