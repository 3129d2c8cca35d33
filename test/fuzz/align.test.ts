// Property tests of the quotation matcher: quoteItems (words, ellipses, [insertions]) and the
// word alignment, over random texts and over faithful and unfaithful copies of source sentences.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { align, quoteItems } from '../../server/src/engine/checks/align';
import { tokenize } from '../../server/src/engine/text/tokens';
import { anyDraft } from './draft-arbitraries';
import { SOURCE_SENTENCES } from './material';
import { safeOffset } from './offsets';
import { assertSpan } from './invariants';
import { runProperty, TIMEOUT } from './settings';

/** Source texts: corpus sentences, or runs of words in many scripts with odd punctuation between. */
const WORDS = [
  'budget',
  'city',
  'Safe',
  'taxes',
  '412',
  '$6',
  '9,000',
  '1.1',
  'don’t',
  "it's",
  'García',
  'Márquez',
  'naïve',
  'Straße',
  'ﬁre',
  '北京',
  '我们走',
  'テスト',
  'مرحبا',
  'שלום',
  '١٢',
  'Ⅻ',
  '🚒',
  'x\u0301',
  'İstanbul',
  'ΣΊΣΥΦΟΣ',
];
const SEPS = [' ', ', ', '. ', ' — ', ' “', '” ', ' (', ') ', '\n', '\r\n', ' … ', '\u00a0', '-', "'", ' « ', ' » '];
const randomSource = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPS)), { minLength: 1, maxLength: 40 })
  .map((ws) => ws.map(([w, s]) => w + s).join(''));
const source = fc.oneof(
  fc.constantFrom(...SOURCE_SENTENCES),
  randomSource,
  fc.constantFrom(...SOURCE_SENTENCES).map((s) => `${s} ${s.toUpperCase()}`),
);

/**
 * A faithful copy of tokens [i, j) of `src`: ellipses for left-out stretches, a capital at the start, other quote
 * marks.
 */
const faithful = fc
  .tuple(
    source,
    fc.nat(),
    fc.nat(),
    fc.array(fc.nat(), { maxLength: 3 }),
    fc.boolean(),
    fc.constantFrom('…', '...', '. . .', ' ... '),
    fc.boolean(),
  )
  .filter(([src]) => tokenize(src).length > 0)
  .map(([src, a, b, cuts, cap, ell, bracket]) => {
    const toks = tokenize(src);
    const i = a % toks.length,
      j = i + 1 + (b % (toks.length - i));
    // Keep tokens [i, j), leaving out stretches between cut points (each replaced by an ellipsis or a [bracketed
    // insertion]).
    const cutAt = [...new Set(cuts.map((c) => i + 1 + (c % Math.max(1, j - i - 1))))]
      .filter((c) => c > i && c < j - 1)
      .sort((x, y) => x - y);
    const parts: string[] = [];
    let from = i;
    for (let k = 0; k < cutAt.length; k += 2) {
      const stop = cutAt[k],
        resume = Math.min(j - 1, cutAt[k + 1] ?? stop + 1);
      if (resume <= stop) continue;
      parts.push(src.slice(toks[from].start, toks[stop - 1].end), bracket ? '[words]' : ell);
      from = resume;
    }
    parts.push(src.slice(toks[from].start, toks[j - 1].end));
    let q = parts.join(' ');
    if (cap) q = q.charAt(0).toUpperCase() + q.slice(1);
    return { src, q };
  });

describe('fuzz: quotation matcher (quoteItems, align)', function () {
  this.timeout(TIMEOUT);

  it('quoteItems: items lie inside the quotation span, in order, not overlapping, on code-point boundaries', () => {
    runProperty(
      'quoteItems',
      fc.property(anyDraft, fc.nat(), fc.nat(), (text, a, b) => {
        const s = safeOffset(text, text.length ? a % (text.length + 1) : 0),
          e = safeOffset(text, s + (text.length ? b % (text.length - s + 1) : 0));
        const items = quoteItems(text, { start: s, end: e });
        let last = s;
        items.forEach((it, i) => {
          assertSpan(text, it, `item ${i}`);
          assert.ok(
            it.start >= last && it.end <= e && it.start <= it.end,
            `item ${i} (${it.kind} ${it.start}-${it.end}) out of order or outside ${s}-${e}`,
          );
          if (it.kind === 'gap') assert.ok(i === 0 || items[i - 1].kind !== 'gap', 'two gaps in a row are one');
          last = it.end;
        });
      }),
      75,
    );
  });

  it('align: never throws; cost, range and diff stay within bounds on any quotation and source', () => {
    runProperty(
      'align bounds',
      fc.property(anyDraft, source, fc.boolean(), (q, src, withText) => {
        const items = quoteItems(q, { start: 0, end: q.length });
        const toks = tokenize(src);
        const al = align(items, toks, 0, toks.length, withText ? src : undefined);
        const words = items.filter((x) => x.kind === 'word').length;
        if (!al) return;
        assert.ok(al.cost >= 0 && al.cost <= words, `cost ${al.cost} for ${words} words`);
        assert.ok(
          0 <= al.from && al.from <= al.to && al.to <= toks.length,
          `range ${al.from}-${al.to} of ${toks.length} tokens`,
        );
        assert.ok(al.matched >= 0 && al.matched <= words, `matched ${al.matched} of ${words}`);
        const eq = al.diff.filter((d) => d.op === 'equal').length;
        assert.equal(eq, al.matched, 'equal diff entries = matched words');
      }),
      75,
    );
  });

  it('align: a faithful copy (fragment, ellipses, [insertions], capital at the start) costs nothing', () => {
    runProperty(
      'align faithful',
      fc.property(faithful, ({ src, q }) => {
        const toks = tokenize(src);
        const al = align(quoteItems(q, { start: 0, end: q.length }), toks, 0, toks.length, src);
        assert.ok(al, 'no alignment');
        assert.equal(al.cost, 0, `"${q}" against "${src}": ${JSON.stringify(al.diff.filter((d) => d.op !== 'equal'))}`);
      }),
      75,
    );
  });

  it('align: changing one word of a faithful copy costs at least one', () => {
    runProperty(
      'align changed',
      fc.property(faithful, fc.nat(), (f, k) => {
        const toks = tokenize(f.q).filter((t) => !/^words$/.test(t.norm));
        if (!toks.length) return;
        const t = toks[k % toks.length];
        const q = f.q.slice(0, t.start) + 'zyzzyva' + f.q.slice(t.end);
        const st = tokenize(f.src);
        const al = align(quoteItems(q, { start: 0, end: q.length }), st, 0, st.length, f.src);
        assert.ok(al && al.cost >= 1, `"${q}" against "${f.src}" costs ${al?.cost}`);
      }),
      75,
    );
  });
});
