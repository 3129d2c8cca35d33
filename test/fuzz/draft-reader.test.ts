// Property tests of the draft reader: Markdown/text -> prose mask -> quotations -> mentions and
// attributions, over random and mutated drafts (every quotation mark, unbalanced marks, emoji and
// astral characters, RTL, CJK, long lines, CRLF/LF/CR mixes, bad front matter, code, comments).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { proseOf } from '../../server/src/engine/text/prose';
import { findQuotes } from '../../server/src/engine/draft/quotes';
import { readProse } from '../../server/src/engine/draft/analyze';
import { describeRef } from '../../server/src/engine/draft/describe';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import { anyDraft } from './draft-arbitraries';
import { MARKS } from './draft-pieces';
import { CORPUS_FILES } from './material';
import { withEol } from './offsets';
import { assertSpan } from './invariants';
import { runProperty, TIMEOUT } from './settings';
import { withKnownBugs } from '../robustness/known-bugs';
import { eolExcuses, excuses, sameQuotes } from './excuses';

const people = Corpus.fromFiles(CORPUS_FILES).people;
const path = fc.constantFrom('/drafts/d.md', '/drafts/d.txt', '/drafts/d.markdown');

describe('fuzz: draft reader (prose, findQuotes, readProse)', function () {
  this.timeout(TIMEOUT);

  it('the prose mask keeps length and line breaks; blocks are ordered and inside the text', () => {
    runProperty(
      'prose mask',
      fc.property(anyDraft, path, (text, p) =>
        withKnownBugs(
          () => {
            const prose = proseOf(p, text);
            assert.equal(prose.text.length, text.length, 'mask length');
            for (let i = 0; i < text.length; i++) {
              const c = text[i],
                m = prose.text[i];
              if (c === '\n' || c === '\r') assert.equal(m, c, `line break at ${i} not kept`);
              else
                assert.ok(
                  m === c || m === ' ',
                  `mask at ${i} is ${JSON.stringify(m)}, neither the text's ${JSON.stringify(c)} nor a blank`,
                );
            }
            let last = 0;
            prose.blocks.forEach((b, i) => {
              assertSpan(text, b, `block ${i}`);
              assert.ok(b.start >= last, `block ${i} (${b.start}-${b.end}) overlaps the one before (ending ${last})`);
              last = b.end;
            });
            if (prose.frontMatterSpan) assertSpan(text, prose.frontMatterSpan, 'front matter');
          },
          excuses(text, p),
        ),
      ),
      75,
    );
  });

  it('findQuotes: every quotation lies in its block, between its marks, on code-point boundaries', () => {
    runProperty(
      'findQuotes',
      fc.property(anyDraft, path, (text, p) =>
        withKnownBugs(
          () => {
            const prose = proseOf(p, text);
            const qs = findQuotes(prose.text, prose.blocks);
            qs.forEach((q, i) => {
              assertSpan(text, q.span, `quotation ${i}`);
              assert.ok(q.span.end > q.span.start, `quotation ${i} is empty`);
              assert.ok(
                q.open < q.span.start && q.span.end <= q.close && q.close <= text.length,
                `quotation ${i}: marks ${q.open}-${q.close} around ${q.span.start}-${q.span.end}`,
              );
              assert.ok(MARKS.includes(text[q.open]), `quotation ${i} opens with ${JSON.stringify(text[q.open])}`);
              const b = prose.blocks[q.block];
              assert.ok(
                b && q.open >= b.start && q.close <= b.end,
                `quotation ${i} (${q.open}-${q.close}) outside its block ${JSON.stringify(b)}`,
              );
            });
            for (let i = 1; i < qs.length; i++) assert.ok(qs[i].open >= qs[i - 1].open, 'quotations in document order');
          },
          excuses(text, p),
        ),
      ),
      75,
    );
  });

  it('readProse: mentions and attributions lie inside the text; the blanked prose keeps its length', () => {
    runProperty(
      'readProse',
      fc.property(anyDraft, path, (text, p) =>
        withKnownBugs(
          () => {
            const prose = proseOf(p, text);
            const r = readProse(prose.text, prose.blocks, people);
            assert.equal(r.outside.length, text.length);
            r.mentions.forEach((m, i) => assertSpan(text, m.span, `mention ${i}`));
            r.quotes.forEach((q, i) => {
              if (q.attribution) assertSpan(text, q.attribution.span, `attribution of quotation ${i}`);
            });
          },
          excuses(text, p),
        ),
      ),
      75,
    );
  });

  it('the quotations found and their speakers do not depend on the line-break style (LF, CRLF, CR)', () => {
    runProperty(
      'findQuotes eol',
      fc.property(anyDraft, path, (draft, p) => {
        const read = (t: string) => {
          const prose = proseOf(p, t);
          const r = readProse(prose.text, prose.blocks, people);
          return r.quotes.map(
            (q) =>
              `${t.slice(q.span.start, q.span.end).replace(/\r\n?/g, '\n')} by ` +
              (q.attribution
                ? `${q.attribution.how} ${describeRef(q.attribution.ref)} ` +
                  `«${t.slice(q.attribution.span.start, q.attribution.span.end).replace(/\r\n?/g, '\n')}»`
                : '-'),
          );
        };
        const lf = withEol(draft, 'lf'),
          crlf = withEol(lf, 'crlf'),
          cr = withEol(lf, 'cr');
        const [a, b, c] = [lf, crlf, cr].map((t) => withKnownBugs(() => read(t), excuses(t, p)));
        if (!a) return;
        if (b)
          withKnownBugs(
            () =>
              assert.deepEqual(
                b,
                a,
                `CRLF differs from LF${sameQuotes(a, b) ? ' (the same quotations, other speakers)' : ''}`,
              ),
            { ...excuses(crlf, p), ...eolExcuses(() => sameQuotes(a, b)) },
          );
        if (c)
          withKnownBugs(
            () =>
              assert.deepEqual(
                c,
                a,
                `CR differs from LF${sameQuotes(a, c) ? ' (the same quotations, other speakers)' : ''}`,
              ),
            { ...excuses(cr, p), ...eolExcuses(() => sameQuotes(a, c)) },
          );
      }),
      50,
    );
  });
});
