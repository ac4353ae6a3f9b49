import { useEffect, useRef, useState } from 'react';
import type { Messages } from '../../lib/copy/sv';
import { currentUrl } from '../url/store';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard permission (http, iframe without allow): the caller shows the text to copy.
    return false;
  }
}

/** How long "Länken kopierad" stays up: long enough to read, then it clears the map's top edge. */
const COPIED_SHOWN_MS = 6000;

/**
 * "Dela": copies the link to exactly this view. The confirmation (and the field to copy by hand)
 * float under the button, so the header never wraps and the map never moves.
 */
export function ShareButton({ t, disabled = false }: { t: Messages; disabled?: boolean }) {
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  useEffect(() => {
    if (state !== 'copied') return;
    const timer = setTimeout(() => setState('idle'), COPIED_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [state]);
  return (
    <span className="share">
      <button type="button" disabled={disabled} onClick={async () => setState((await copyText(currentUrl())) ? 'copied' : 'manual')}>
        {t.share}
      </button>
      <span role="status" className="share-status">
        {state === 'copied' && t.shareCopied}
      </span>
      {state === 'manual' && (
        <label className="share-manual">
          {t.shareManual} <input readOnly value={currentUrl()} onFocus={(e) => e.target.select()} autoFocus />
        </label>
      )}
    </span>
  );
}

/** The iframe code for the current view, in embed mode, with a title (WCAG 4.1.2). */
export function embedCode(title: string): string {
  const src = currentUrl({ inbaddning: '1', visning: null, tur: null });
  const origin = window.location.origin + window.location.pathname.replace(/[^/]*$/, '');
  return `<iframe data-omradeskartan src="${src}" title="${title}" style="width:100%;height:640px;border:0" loading="lazy"></iframe>\n<script src="${origin}embed/omradeskartan-embed.js" defer></script>`;
}

/** "Bädda in": a native modal dialog (Escape closes it and the browser returns focus). */
export function EmbedDialogButton({ t, disabled = false }: { t: Messages; disabled?: boolean }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [code, setCode] = useState('');
  const [copied, setCopied] = useState(false);
  return (
    <>
      <button
        type="button"
        disabled={disabled}
        onClick={() => {
          setCode(embedCode(t.iframeTitle));
          setCopied(false);
          dialog.current?.showModal();
        }}
      >
        {t.embed}
      </button>
      <dialog ref={dialog} className="embed-dialog" aria-labelledby="embed-title">
        <h2 id="embed-title">{t.embedTitle}</h2>
        <p>{t.embedIntro}</p>
        <label htmlFor="embed-code">{t.embedCode}</label>
        <textarea id="embed-code" readOnly rows={6} value={code} onFocus={(e) => e.target.select()} />
        <div className="dialog-actions">
          <button type="button" onClick={async () => setCopied(await copyText(code))}>
            {t.copy}
          </button>
          <span role="status">{copied ? t.copied : ''}</span>
          <button type="button" onClick={() => dialog.current?.close()}>
            {t.close}
          </button>
        </div>
      </dialog>
    </>
  );
}
