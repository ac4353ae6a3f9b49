import type { Messages } from '../../lib/copy/sv';
import type { Lang } from '../url/codecs';
import { currentUrl, setParam } from '../url/store';
import { PARAMS, type Mode } from '../url/url-state';
import { EmbedDialogButton, ShareButton } from './share';

/**
 * The header's tools: share, embed, presentation and language; in an embed only the link to the
 * full app. The loading frame draws the same tools, disabled until the app is in.
 */
export function HeaderTools({ t, mode, lang, disabled = false }: { t: Messages; mode: Mode; lang: Lang; disabled?: boolean }) {
  if (mode === 'embed') {
    return (
      <a href={currentUrl({ inbaddning: null })} target="_blank" rel="noopener">
        {t.openFull}
      </a>
    );
  }
  const other: Lang = lang === 'sv' ? 'en' : 'sv';
  return (
    <>
      {mode === 'normal' && <ShareButton t={t} disabled={disabled} />}
      {mode === 'normal' && <EmbedDialogButton t={t} disabled={disabled} />}
      {mode === 'normal' && (
        <button type="button" disabled={disabled} onClick={() => setParam(PARAMS.present, true)}>
          {t.present}
        </button>
      )}
      <button type="button" lang={other} disabled={disabled} onClick={() => setParam(PARAMS.lang, other)}>
        {t.switchLanguage}
      </button>
    </>
  );
}
