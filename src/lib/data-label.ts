import type { Language } from './copy/messages';

/**
 * The data files carry Swedish texts with an optional English form beside them (`label` and
 * `label_en`, `name` and `name_en`). The Swedish is the source of truth: a missing English form
 * falls back to it, so a gap shows as Swedish, never as blank (data:validate reports the gap).
 */
export function pickLabel(lang: Language, sv: string, en: string | undefined): string {
  return lang === 'en' && en ? en : sv;
}
