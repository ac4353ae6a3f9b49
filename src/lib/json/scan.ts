/**
 * The one JSON text scanner: walks JSON text character by character, as strictly as JSON.parse,
 * and says in Swedish where and why it stops. Both the error locator (why a file is not JSON,
 * ./parse-json-text.ts) and the record locator (on which line a record starts, ./locate.ts) use
 * it, so they cannot disagree about where a string, number or container begins or ends.
 */

/** Where the text stops being JSON and why, in words for an editor. */
export class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'JsonSyntaxError';
  }
}

/** Told the key (object) or index (array) of each child and the offset where its value starts. */
export type MemberVisitor = (key: string | number, valueStart: number) => void;

// Sticky, so a number is matched where it stands without copying the rest of the text.
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;

export class JsonScanner {
  /** The offset the scanner is at; set it to scan from elsewhere. */
  i = 0;

  constructor(readonly text: string) {}

  fail(reason: string, at = this.i): never {
    throw new JsonSyntaxError(at, reason);
  }

  /** Skips JSON whitespace (a BOM is not whitespace in JSON; callers that allow one skip it). */
  ws(): void {
    const t = this.text;
    let i = this.i;
    while (i < t.length) {
      const c = t.charCodeAt(i);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
      i++;
    }
    this.i = i;
  }

  /** Fails at the current offset with the likeliest reason an editor wrote what stands there. */
  unexpected(): never {
    const t = this.text;
    const i = this.i;
    if (i >= t.length) this.fail('filen tar slut för tidigt (saknas ett avslutande } eller ] eller ")');
    const rest = t.slice(i, i + 9);
    if (/^(NaN|-?Infinity)/.test(rest)) this.fail('NaN och Infinity är inte tillåtna i JSON; skriv ett tal eller null');
    if (t[i] === "'") this.fail('text ska stå inom dubbla citattecken (")');
    if (/^(undefined|True|False|None|TRUE|FALSE|NULL)/.test(rest)) this.fail(`"${/^\w+/.exec(rest)![0]}" är inte tillåtet i JSON; använd true, false eller null`);
    return this.fail(`oväntat tecken ${JSON.stringify(t[i])}`);
  }

  literal(word: string): void {
    if (this.text.startsWith(word, this.i)) this.i += word.length;
    else this.unexpected();
  }

  /** Scans the string whose opening quote is at the current offset. */
  string(): void {
    const t = this.text;
    const start = this.i;
    let i = start + 1; // opening quote
    while (true) {
      if (i >= t.length) this.fail('texten tar aldrig slut (saknas ett avslutande ")', start);
      const c = t.charCodeAt(i);
      if (c === 0x22) {
        this.i = i + 1;
        return;
      }
      if (c < 0x20) this.fail(c === 0x0a ? 'radbrytning inuti en text (skriv \\n)' : 'otillåtet kontrolltecken inuti en text', i);
      if (c === 0x5c) {
        const e = t[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(t.slice(i + 2, i + 6))) this.fail('ogiltig \\u-kod i en text', i);
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else this.fail(`ogiltig escape-sekvens \\${e ?? ''}`, i);
      } else i++;
    }
  }

  number(): void {
    NUMBER.lastIndex = this.i;
    const m = NUMBER.exec(this.text);
    if (!m) this.unexpected();
    this.i += m![0].length;
    if (this.i < this.text.length && /[0-9.eE]/.test(this.text[this.i]!)) this.fail('ogiltigt tal (JSON tillåter inte inledande nollor, avslutande punkt eller decimalkomma)');
  }

  /** Skips whitespace, then scans one value of any kind. */
  value(): void {
    this.ws();
    const c = this.text[this.i];
    if (c === '{' || c === '[') return this.members();
    if (c === '"') return this.string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      if (this.text.startsWith('-Infinity', this.i)) this.unexpected();
      return this.number();
    }
    if (c === 't') return this.literal('true');
    if (c === 'f') return this.literal('false');
    if (c === 'n') return this.literal('null');
    this.unexpected();
  }

  /**
   * Scans the object or array whose { or [ is at the current offset. `visit`, if given, is told
   * where each child's value starts before that value is scanned, so a caller can index a
   * container in the same pass that checks it.
   */
  members(visit?: MemberVisitor): void {
    const t = this.text;
    const isObject = t[this.i] === '{';
    const close = isObject ? '}' : ']';
    this.i++;
    this.ws();
    if (t[this.i] === close) {
      this.i++;
      return;
    }
    for (let index = 0; ; index++) {
      this.ws();
      if (t[this.i] === close) this.fail(`kommatecken före ${close}`);
      if (isObject) {
        if (t[this.i] === undefined) this.unexpected();
        if (t[this.i] !== '"') this.fail(`nyckeln ska stå inom dubbla citattecken, fick ${JSON.stringify(t[this.i])}`);
        const keyStart = this.i;
        this.string();
        // Keys are decoded only for a visitor (checking a file needs none), and by JSON.parse only
        // when they hold an escape: most keys are plain, and a record locator decodes thousands.
        const raw = visit ? t.slice(keyStart + 1, this.i - 1) : '';
        const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
        this.ws();
        if (t[this.i] === undefined) this.unexpected();
        if (t[this.i] !== ':') this.fail(`kolon (:) saknas efter nyckeln, fick ${JSON.stringify(t[this.i])}`);
        this.i++;
        this.ws();
        visit?.(key, this.i);
      } else visit?.(index, this.i);
      this.value();
      this.ws();
      if (t[this.i] === ',') this.i++;
      else if (t[this.i] === close) {
        this.i++;
        return;
      } else if (t[this.i] === undefined) this.unexpected();
      else this.fail(`kommatecken eller ${close} saknas, fick ${JSON.stringify(t[this.i])}`);
    }
  }
}
