// Property test of the indexing scanner: the word spans and hashes it computes
// straight from the characters are exactly the tokenizer's (tokens and their
// normal forms, hashed), for texts mixing ASCII words with every kind of
// character that changes where a word ends or how it is normalized.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { WordScan } from '../../server/src/engine/text/word-hashes';
import { tokenize } from '../../server/src/engine/text/tokens';
import { hashString } from '../../server/src/engine/text/hash';
import { anyDraft } from './draft-arbitraries';
import { runProperty, TIMEOUT } from './settings';

const PIECES = [
  'Budget',
  'city',
  'SAFE',
  "don't",
  'don’t',
  'donʼt',
  "l'été",
  'l’été',
  'rock’n’roll',
  'O’Neill',
  "'tis",
  'end’',
  'covid19',
  '3rd',
  '9,000',
  '1,00',
  '1.5',
  '$6',
  '12,345,678',
  'García',
  'naïve',
  'Straße',
  'ﬁre',
  'x\u0301',
  'İstanbul',
  '北京',
  'テスト',
  'مرحبا',
  '١٢',
  'Ⅻ',
  '²',
  'µs',
  '🚒',
  '𝐀bc',
  'ab𝐀',
  'a\u00a0b',
  'café',
  'cafe\u0301',
];
const SEPS = [
  '',
  ' ',
  ', ',
  '. ',
  '—',
  ' “',
  '”',
  '’',
  "'",
  'ʼ',
  '(',
  ')',
  '\n',
  '\r\n',
  '…',
  '\u00a0',
  '-',
  '«',
  '_',
  '¹',
  '\t',
];
const mixed = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SEPS)), { maxLength: 30 })
  .map((ws) => ws.map(([w, s]) => w + s).join(''));

function expected(text: string, from: number, to: number) {
  return tokenize(text, from, to).map((t) => [t.start, t.end, hashString(t.norm)]);
}
function scanned(text: string, from: number, to: number) {
  const s = new WordScan().scan(text, from, to);
  return Array.from({ length: s.count }, (_, i) => [s.starts[i], s.ends[i], s.hashes[i]]);
}

describe('fuzz: the indexing scanner agrees with the tokenizer', function () {
  this.timeout(TIMEOUT);
  it('on words, apostrophes, figures, marks and scripts run together', () => {
    runProperty(
      'word-hashes: mixed pieces',
      fc.property(mixed, (text) => {
        assert.deepEqual(scanned(text, 0, text.length), expected(text, 0, text.length));
      }),
      400,
    );
  });
  it('on random drafts and random strings', () => {
    runProperty(
      'word-hashes: drafts and strings',
      fc.property(
        fc.oneof(
          anyDraft,
          fc.string({ unit: 'grapheme', maxLength: 200 }),
          fc.string({ unit: 'binary', maxLength: 200 }),
        ),
        (text) => {
          assert.deepEqual(scanned(text, 0, text.length), expected(text, 0, text.length));
        },
      ),
      200,
    );
  });
  it('on a range of a text', () => {
    runProperty(
      'word-hashes: ranges',
      fc.property(mixed, fc.nat(), fc.nat(), (text, a, b) => {
        let from = text.length ? a % text.length : 0;
        if (/[\udc00-\udfff]/.test(text[from] ?? '')) from--; // not inside a surrogate pair
        const to = from + (text.length - from ? b % (text.length - from + 1) : 0);
        // Words are found from `from`; the tokenizer clips the last one at `to`.
        const want = expected(text, from, to).filter(([s, e]) => e > s);
        const got = scanned(text, from, to);
        assert.deepEqual(
          got.map(([s]) => s),
          want.map(([s]) => s),
        );
      }),
      200,
    );
  });
});
