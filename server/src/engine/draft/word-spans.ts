// Where the words of a text are, by the pattern of text/tokens.ts (WORD_PATTERN), without their normal forms (a scan
// of mentions never reads them). ASCII words are read from character codes; the pattern reads from wherever a
// character outside ASCII could change the match.
import type { Span } from '../types';
import { WORD_PATTERN } from '../text/tokens';

const WORD = new RegExp(WORD_PATTERN, 'gu');

const isDigit = (c: number) => c >= 48 && c <= 57;
const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/**
 * The end of the word at `p` (an ASCII letter or digit), or -1 where a character outside ASCII decides it. A word
 * that starts with a digit is a number ("1,000.5": digits, and digits after each comma or period); any other is
 * letters and digits, with an apostrophe between two of them.
 */
function asciiWordEnd(text: string, p: number): number {
  let q = p + 1;
  if (isDigit(text.charCodeAt(p))) {
    for (;;) {
      let c = text.charCodeAt(q);
      while (isDigit(c)) c = text.charCodeAt(++q);
      if (c >= 128) return -1;
      if (c !== 46 && c !== 44) return q;
      const d = text.charCodeAt(q + 1);
      if (d >= 128) return -1;
      if (!isDigit(d)) return q;
      q += 2;
    }
  }
  for (;;) {
    let c = text.charCodeAt(q);
    while (isAlnum(c)) c = text.charCodeAt(++q);
    if (c >= 128) return -1;
    if (c !== 39) return q;
    const d = text.charCodeAt(q + 1);
    if (d >= 128) return -1;
    if (!isAlnum(d)) return q;
    q += 2;
  }
}

/** The spans of the words of text, in order: what tokenize() finds, without normal forms. */
export function wordSpans(text: string): Span[] {
  const out: Span[] = [];
  const n = text.length;
  let p = 0;
  while (p < n) {
    const c = text.charCodeAt(p);
    if (c < 128 && !isAlnum(c)) {
      p++;
      continue;
    }
    const e = c < 128 ? asciiWordEnd(text, p) : -1;
    if (e >= 0) {
      out.push({ start: p, end: e });
      p = e;
      continue;
    }
    // A character outside ASCII: the pattern finds the next word from here.
    WORD.lastIndex = p;
    const m = WORD.exec(text);
    if (!m) break;
    out.push({ start: m.index, end: m.index + m[0].length });
    p = m.index + m[0].length;
  }
  return out;
}
