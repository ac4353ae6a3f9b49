// Slugs are the stable ids used in URLs (?omrade=...) and cross-references between data files.
// They must not change when a display name is edited, so they are generated once by the data
// build script and stored in the data, never recomputed in the app.
const FOLD: Record<string, string> = { å: 'a', ä: 'a', ö: 'o', é: 'e', ü: 'u' };

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[åäöéü]/g, (c) => FOLD[c] ?? c)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
