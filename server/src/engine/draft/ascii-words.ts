// The words of words.ts (its WORD pattern) found from character codes while they are ASCII: dotted abbreviations
// ("U.S."), words with inner apostrophes and hyphens, numbers and "&". Where a character outside ASCII could change
// the match, the pattern itself reads from there.

const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isAlnum = (c: number) => isLetter(c) || (c >= 48 && c <= 57);

/** The word nextWord() found last (one object, filled in place: no allocation per word). */
export const found = { start: 0, end: 0 };

/** Finds the first word at or after p, as `word` (the global WORD pattern of words.ts) would; false when none. */
export function nextWord(text: string, p: number, word: RegExp): boolean {
  const n = text.length;
  while (p < n) {
    const c = text.charCodeAt(p);
    if (c < 128) {
      if (c === 38) return at(p, p + 1);
      if (!isAlnum(c)) {
        p++;
        continue;
      }
      const e = asciiEnd(text, p);
      if (e >= 0) return at(p, e);
    }
    word.lastIndex = p;
    const m = word.exec(text);
    return m ? at(m.index, m.index + m[0].length) : false;
  }
  return false;
}

function at(start: number, end: number): true {
  found.start = start;
  found.end = end;
  return true;
}

/** The end of the word at p (an ASCII letter or digit), or -1 where a character outside ASCII could decide it. */
function asciiEnd(text: string, p: number): number {
  // Two letters or more, each with its period ("U.S.", "a.m.").
  let q = p,
    pairs = 0;
  for (;;) {
    const a = text.charCodeAt(q);
    if (a >= 128) return -1;
    if (!isLetter(a) || text.charCodeAt(q + 1) !== 46) break;
    pairs++;
    q += 2;
  }
  if (pairs >= 2) return q;
  // Letters and digits, an apostrophe or hyphen only between two of them; then perhaps a closing apostrophe.
  q = p + 1;
  for (;;) {
    const a = text.charCodeAt(q);
    if (a >= 128) return -1;
    if (isAlnum(a)) {
      q++;
      continue;
    }
    if (a !== 39 && a !== 45) break;
    const b = text.charCodeAt(q + 1);
    if (b >= 128) return -1;
    if (!isAlnum(b)) break;
    q++;
  }
  if (text.charCodeAt(q) === 39) {
    const b = text.charCodeAt(q + 1);
    if (b >= 128) return -1;
    if (!isAlnum(b)) q++;
  }
  return q;
}
