import { LOCALES, messagesFor } from '../../lib/copy/messages';
import type { Messages } from '../../lib/copy/sv';
import type { Lang } from '../url/codecs';
import { useUrlState } from '../url/url-state';

/** The UI strings of the URL's language (src/lib/copy). */
export function useCopy(): { t: Messages; lang: Lang; locale: (typeof LOCALES)[Lang] } {
  const { lang } = useUrlState();
  return { t: messagesFor(lang), lang, locale: LOCALES[lang] };
}
