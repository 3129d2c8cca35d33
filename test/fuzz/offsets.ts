// Offsets that never split a surrogate pair, and line breaks rewritten in one style: what the
// mutations and the invariants of the property tests need of a text.

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Does offset `i` fall between the two halves of a surrogate pair? */
export function splitsPair(text: string, i: number): boolean {
  return i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));
}

/** A lone surrogate anywhere in `s`? */
export function hasLoneSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isHigh(c)) {
      if (!isLow(s.charCodeAt(i + 1))) return true;
      i++;
    } else if (isLow(c)) return true;
  }
  return false;
}

/** `i` clamped into [0, len] and moved off the middle of a surrogate pair. */
export function safeOffset(text: string, i: number): number {
  i = Math.max(0, Math.min(text.length, i));
  return splitsPair(text, i) ? i - 1 : i;
}

export type Eol = 'keep' | 'lf' | 'crlf' | 'cr' | 'mixed';
/** Rewrites every line break (\r\n, \r, \n) in one style; 'mixed' cycles through the three. */
export function withEol(text: string, eol: Eol, salt = 0): string {
  if (eol === 'keep') return text;
  let k = salt;
  return text.replace(/\r\n|\r|\n/g, () =>
    eol === 'lf' ? '\n' : eol === 'crlf' ? '\r\n' : eol === 'cr' ? '\r' : ['\n', '\r\n', '\r'][k++ % 3],
  );
}
