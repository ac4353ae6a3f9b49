/**
 * All of the app's zod configuration, applied once on import. Every module that runs our schemas
 * imports it for its side effect (`import './zod-setup'`), so the app, the CLI scripts (tsx) and
 * the tests all validate with the same settings and messages, whichever module loads first.
 */
import { z } from 'zod';
import svLocale from 'zod/v4/locales/sv.js';

const TYPE_NAMES: Record<string, string> = {
  number: 'ett tal',
  int: 'ett heltal',
  string: 'text',
  boolean: 'sant eller falskt (true/false)',
  array: 'en lista',
  object: 'ett objekt',
  null: 'null',
  undefined: 'inget värde',
};

function typeName(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'en lista';
  return TYPE_NAMES[typeof input] ?? typeof input;
}

// Validation messages in Swedish: editors read them, and the file/record/field context is ours.
// The locale covers most issues; a missing field, a wrong type, an infinite number (JSON such as
// 1e999 parses to Infinity) and a number out of range get plainer words than its own
// ("förväntat antal, fick antal", "För lite(t): förväntade number att ha >0"). A message given in
// a schema still wins over these.
// Only the Swedish locale: z.locales would bundle all of zod's ~40 languages into first paint.
z.config(svLocale());
z.config({
  // zod 4 compiles fast parsers with `new Function`, which a strict CSP (no 'unsafe-eval') blocks
  // and reports as a violation even though zod falls back. jitless parsing never tries.
  jitless: true,
  customError: (issue) => {
    if (issue.code === 'invalid_type') {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return `Fältet saknas (ska vara ${expected})`;
      if (typeof issue.input === 'number' && !Number.isFinite(issue.input)) return 'Talet är oändligt eller för stort (t.ex. 1e999); skriv ett vanligt tal';
      return `Ogiltig inmatning: förväntade ${expected}, fick ${typeName(issue.input)}`;
    }
    if (issue.code === 'invalid_value' && issue.input === undefined) {
      return `Fältet saknas (ska vara ${issue.values.length === 1 ? '' : 'ett av '}${issue.values.map((v) => JSON.stringify(v)).join(', ')})`;
    }
    if (issue.code === 'too_small' && issue.origin === 'number') return `Talet måste vara ${issue.inclusive ? 'minst' : 'större än'} ${String(issue.minimum)}`;
    if (issue.code === 'too_big' && issue.origin === 'number') return `Talet får vara ${issue.inclusive ? 'högst' : 'mindre än'} ${String(issue.maximum)}`;
    return undefined;
  },
});
