// The draft reader's word scans that read ASCII from character codes (draft/word-spans.ts, draft/ascii-words.ts)
// find exactly the words of the patterns they stand in for, whatever the text holds.
import assert from 'node:assert/strict';
import { tokenize } from '../../server/src/engine/text/tokens';
import { wordSpans } from '../../server/src/engine/draft/word-spans';
import { nextWord, found } from '../../server/src/engine/draft/ascii-words';

/** The pattern of draft/words.ts, read by itself. */
const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|['’-](?=[\p{L}\p{N}]))*(?:['’](?![\p{L}\p{N}]))?|&/gu;

function byPattern(text: string): string {
  return [...text.matchAll(WORD)].map((m) => `${m.index}:${m.index + m[0].length}`).join(',');
}
function byCodes(text: string): string {
  const out: string[] = [];
  for (let p = 0; nextWord(text, p, new RegExp(WORD)); p = found.end) out.push(`${found.start}:${found.end}`);
  return out.join(',');
}

const PIECES = ['a', 'Z', '1', '9', '.', ',', "'", '’', 'ʼ', '-', ' ', '\n', 'é', 'e\u0301', '中', 'ひ', '٣', '²'];
const MORE = ['\u{1D400}', '\u{1F600}', '&', '"', '\u0301', 's', 'S', 'İ', 'ß', 'U', 'Ⅻ'];

function* texts(): Generator<string> {
  yield* ["U.S. officials' a.m. call", "Daniel Osei's", '1,000.5 km', "rock 'n' roll", 'Smith-Jones 3rd AT&T', ''];
  const alpha = [...PIECES, ...MORE];
  let seed = 5;
  const r = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  for (let k = 0; k < 40_000; k++) {
    let s = '';
    for (let n = 1 + (r() % 12); n > 0; n--) s += alpha[r() % alpha.length];
    yield s;
  }
}

describe('draft word scans by character codes', () => {
  it('wordSpans finds the spans tokenize() finds', () => {
    for (const t of texts())
      assert.equal(
        wordSpans(t)
          .map((s) => `${s.start}:${s.end}`)
          .join(','),
        tokenize(t)
          .map((s) => `${s.start}:${s.end}`)
          .join(','),
        JSON.stringify(t),
      );
  });
  it("nextWord finds the words.ts pattern's matches", () => {
    for (const t of texts()) assert.equal(byCodes(t), byPattern(t), JSON.stringify(t));
  });
});
