// Property tests of the whole check, checkDraft(corpus, path, text): random and mutated drafts
// against the example corpus, and random corpora of every file kind. Whatever the input: no
// exception; every finding, confirmation and fix edit inside the document, on code-point
// boundaries; fix edits that do not overlap and change the draft; citations inside the files they
// cite; the same findings whether the draft's line breaks are LF or CRLF.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkDraft, type CheckOptions } from '../../server/src/engine/engine';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import { randomCorpus, type GenFile } from './corpus-arbitraries';
import { anyDraft, quotation } from './draft-arbitraries';
import { CORPUS_FILES } from './material';
import { withEol } from './offsets';
import { applyEdits, assertResultSane, assertSpan, signature } from './invariants';
import { runProperty, TIMEOUT } from './settings';
import { withKnownBugs } from '../robustness/known-bugs';
import { eolExcuses, excuses } from './excuses';
import { proseOf } from '../../server/src/engine/text/prose';
import { readProse } from '../../server/src/engine/draft/analyze';
import { describeRef } from '../../server/src/engine/draft/describe';

const CORPUS = Corpus.fromFiles(CORPUS_FILES);
const FILES = new Map(CORPUS_FILES.map((f) => [f.path, f.text]));
const path = fc.constantFrom('/drafts/d.md', '/drafts/d.md', '/drafts/d.txt');
const options: fc.Arbitrary<CheckOptions> = fc.record({
  draftDate: fc.constantFrom('2026-03-12', '2024-05-16', '2000-02-29'),
  reportUnverified: fc.boolean(),
  severity: fc.constantFrom(
    {},
    { 'quote.unverified': 'off' as const },
    { 'fact.name': 'hint' as const, 'quote.altered': 'error' as const },
  ),
});

/** Who the reader credits with each quotation (to tell an attribution difference, KB-16, from others). */
function speakers(path: string, text: string): string {
  const prose = proseOf(path, text);
  return JSON.stringify(
    readProse(prose.text, prose.blocks, CORPUS.people).quotes.map((q) =>
      q.attribution ? describeRef(q.attribution.ref) : '-',
    ),
  );
}

describe('fuzz: checkDraft', function () {
  this.timeout(TIMEOUT);

  it(
    'on any draft: no exception, spans and fix edits inside the draft, fixes apply, citations inside their ' + 'files',
    () => {
      runProperty(
        'checkDraft sane',
        fc.property(anyDraft, path, options, (text, p, opts) =>
          withKnownBugs(
            () => {
              const r = checkDraft(CORPUS, p, text, opts);
              assertResultSane(text, r, FILES);
            },
            excuses(text, p),
          ),
        ),
        75,
      );
    },
  );

  it('the same findings, covered words, fixes and confirmations with LF and with CRLF line breaks', () => {
    runProperty(
      'checkDraft eol',
      fc.property(anyDraft, path, (draft, p) => {
        const lf = withEol(draft, 'lf'),
          crlf = withEol(lf, 'crlf');
        let sa: string[] = [],
          sb: string[] = [];
        withKnownBugs(
          () => {
            sa = signature(lf, checkDraft(CORPUS, p, lf, { draftDate: '2026-03-12' }));
            sb = signature(crlf, checkDraft(CORPUS, p, crlf, { draftDate: '2026-03-12' }));
            assert.deepEqual(sb, sa, 'CRLF differs from LF');
          },
          {
            ...excuses(crlf, p),
            ...eolExcuses(() => speakers(p, lf) !== speakers(p, crlf)),
            // Only dates differ: the tense window before a weekday, counted in characters.
            'KB-19': () =>
              [...sa.filter((x) => !sb.includes(x)), ...sb.filter((x) => !sa.includes(x))].every((x) =>
                /^(?:fact\.date |confirmed fact )/.test(x),
              ),
          },
        );
      }),
      50,
    );
  });

  it('applying a fix gives a draft that checks without error', () => {
    runProperty(
      'checkDraft fixed',
      fc.property(
        fc.array(quotation, { minLength: 1, maxLength: 6 }),
        fc.constantFrom('\n\n', ' ', '\r\n\r\n'),
        fc.nat(),
        (qs, sep, k) =>
          withKnownBugs(() => {
            const text = `---\ndate: 2026-03-12\n---\n${qs.join(sep)}\n`;
            const r = checkDraft(CORPUS, '/drafts/d.md', text);
            const fixable = r.findings.filter((f) => f.fixes.length);
            if (!fixable.length) return;
            const f = fixable[k % fixable.length];
            const fixed = applyEdits(text, f.fixes[0].edits);
            const again = checkDraft(CORPUS, '/drafts/d.md', fixed);
            assertResultSane(fixed, again, FILES);
          }),
      ),
      50,
    );
  });

  it(
    'random corpora of every file kind load without exception; statements and citations lie inside their ' + 'files',
    () => {
      runProperty(
        'random corpus',
        fc.property(randomCorpus, fc.array(quotation, { maxLength: 5 }), anyDraft, (files, qs, extra) =>
          withKnownBugs(
            () => {
              const corpus = Corpus.fromFiles(files);
              const byPath = new Map<string, string>(files.map((f: GenFile) => [f.path, f.text]));
              for (const pr of corpus.problems) {
                assert.match(pr.code, /^corpus\.[a-z-]+$/);
                assert.ok(byPath.has(pr.file), `problem on ${pr.file}, not a corpus file`);
              }
              for (const st of corpus.statements) {
                const src = byPath.get(st.doc.path);
                assert.ok(src !== undefined, `statement from ${st.doc.path}, not a corpus file`);
                assertSpan(src, st.span, `statement ${st.id} of ${st.doc.path}`);
                if (st.base !== undefined)
                  assert.equal(
                    src.slice(st.base, st.base + st.text.length),
                    st.text,
                    `statement ${st.id}: text is not the file's words at its base`,
                  );
              }
              const text = `${qs.join('\n\n')}\n\n${extra}`;
              const r = checkDraft(corpus, '/drafts/d.md', text, { draftDate: '2026-03-12' });
              assertResultSane(text, r, byPath);
            },
            { ...excuses(extra, '/drafts/d.md') },
          ),
        ),
        40,
        0.3,
      );
    },
  );
});
