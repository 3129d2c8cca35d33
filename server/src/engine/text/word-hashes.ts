// The words of a text as spans and hashes of their normal forms, computed
// straight from the characters: indexing a large corpus this way makes no
// Token object and no string per word. Gives exactly what
// tokenize(text).map((t) => hashString(t.norm)) gives (a property test holds
// it to that): ASCII words are lower-cased as they are hashed; a word with any
// other character (or a figure, whose thousands separators go) takes the
// tokenizer's own path.
import { FNV_OFFSET, FNV_PRIME, hashString } from './hash';
import { normalizeWord, WORD_PATTERN } from './tokens';

/** Reusable output: the first `count` entries of each array. */
export class WordScan {
  count = 0;
  starts = new Uint32Array(256);
  ends = new Uint32Array(256);
  hashes = new Uint32Array(256);
  private push(start: number, end: number, hash: number) {
    if (this.count === this.starts.length) {
      const grow = (a: Uint32Array) => {
        const b = new Uint32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
      this.hashes = grow(this.hashes);
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.hashes[this.count++] = hash;
  }

  /** The tokenizer's pattern, for the words the scan leaves to it (set at lastIndex before each use). */
  private word = new RegExp(WORD_PATTERN, 'gu');

  /** Scans `text` (from `from` to `to`), replacing what the scan held. */
  scan(text: string, from = 0, to = text.length): this {
    this.count = 0;
    const word = this.word;
    let i = from;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (c < 128 && !isAsciiWordChar(c)) {
        i++;
        continue;
      }
      if (c >= 65 /* a letter */ && c < 128) {
        let h = FNV_OFFSET,
          j = i;
        for (;;) {
          while (j < to) {
            const d = text.charCodeAt(j);
            if (!isAsciiWordChar(d)) break;
            h = Math.imul(h ^ (d >= 65 && d <= 90 ? d + 32 : d), FNV_PRIME);
            j++;
          }
          const a = j + 1 < to ? text.charCodeAt(j) : 0;
          if ((a === 39 || a === 0x2019 || a === 0x2bc) && isAsciiWordChar(text.charCodeAt(j + 1))) {
            h = Math.imul(h ^ 39, FNV_PRIME);
            j++;
            continue;
          }
          break;
        }
        // A non-ASCII letter, mark or digit may continue the word (or follow its apostrophe): the tokenizer decides.
        const next = j < to ? text.charCodeAt(j) : 0;
        const slow =
          (next >= 128 && continues(text, j)) ||
          ((next === 39 || next === 0x2019 || next === 0x2bc) &&
            j + 1 < to &&
            text.charCodeAt(j + 1) >= 128 &&
            continues(text, j + 1));
        if (!slow) {
          this.push(i, j, h >>> 0);
          i = j;
          continue;
        }
      }
      // A figure, or a word with other characters: the tokenizer's pattern and normal form.
      word.lastIndex = i;
      const m = word.exec(text);
      if (!m || m.index >= to) break;
      const end = Math.min(m.index + m[0].length, to);
      this.push(m.index, end, hashString(normalizeWord(text.slice(m.index, end))));
      i = end;
    }
    return this;
  }
}

const LETTER_MARK_DIGIT = /^[\p{L}\p{M}\p{N}]/u;
/** Whether the character at `at` (not ASCII) is one a word goes on with. */
function continues(text: string, at: number): boolean {
  return LETTER_MARK_DIGIT.test(String.fromCodePoint(text.codePointAt(at)!));
}

function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}
