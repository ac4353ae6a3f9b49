import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { workbenchFor } from '../../lib/copy/messages';
import type { Lang } from '../url/codecs';
import { endPreview, usePreview } from '../data/preview';

/** While the workbench's preview runs: says so on every view, with the way out. */
export function PreviewBanner({ lang }: { lang: Lang }) {
  const file = usePreview();
  const client = useQueryClient();
  // The preview starts from the bottom of the workbench: on a phone (where the page scrolls, not
  // a pane) it would open scrolled down, past this notice under the header.
  useEffect(() => {
    if (file !== null) document.scrollingElement?.scrollTo(0, 0);
  }, [file]);
  if (file === null) return null;
  const w = workbenchFor(lang);
  return (
    <div className="notice notice-info preview-banner" role="status">
      <p>
        <strong>{w.previewBanner}</strong> {w.previewFile(file)}
      </p>
      <button type="button" onClick={() => endPreview(client)}>
        {w.endPreview}
      </button>
    </div>
  );
}
