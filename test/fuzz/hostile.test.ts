// Property tests with the hostile generators of issue #12: runs of one character (of any class:
// spaces, tabs, markup, quotation marks, digits, capitals, line breaks), deep nesting (block
// quotes, lists, HTML, brackets), and many short quotations. Whatever the mix: a check completes
// within a bound that catches hangs, raises no exception, and keeps every span inside the draft.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkDraft } from '../../server/src/engine/engine';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import { quotation } from './draft-arbitraries';
import { CORPUS_FILES } from './material';
import { assertResultSane } from './invariants';
import { FUZZING, runProperty, TIMEOUT } from './settings';
import { withKnownBugs } from '../robustness/known-bugs';

const CORPUS = Corpus.fromFiles(CORPUS_FILES);
const FILES = new Map(CORPUS_FILES.map((f) => [f.path, f.text]));
const BOUND_MS = 20_000;
const MAX_RUN = FUZZING ? 60_000 : 8_000;

const RUN_CHARS = [
  ' ',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '*',
  '_',
  '[',
  ']',
  '`',
  '<',
  '>',
  '#',
  '-',
  '!',
  '|',
  '\\',
  '"',
  '“',
  '”',
  "'",
  '’',
  '«',
  '1',
  '1,',
  '$1 ',
  '9',
  'A',
  'Aaa ',
  'the ministry ',
  '\u200b',
  '🚒',
  'é',
  '&amp;',
  '<!--',
  '-->',
  '```\n',
  '---\n',
  '- ',
  '> ',
  '1. ',
];
/** A run of one character (or short unit), repeated up to MAX_RUN characters. */
const run = fc
  .tuple(fc.constantFrom(...RUN_CHARS), fc.integer({ min: 1, max: MAX_RUN }))
  .map(([unit, n]) => unit.repeat(Math.max(1, Math.floor(n / unit.length))));
const NEST = ['>', '> ', '- ', '* ', '1. ', '  - ', '<div>', '<p>', '[', '(', '“', '"', '**', '_'];
/** Deep nesting: one opener repeated, then words (and, sometimes, the closers). */
const nested = fc
  .tuple(fc.constantFrom(...NEST), fc.integer({ min: 1, max: FUZZING ? 8_000 : 2_000 }), fc.boolean(), fc.boolean())
  .map(([open, depth, perLine, close]) => {
    const words = '"We sail at dawn," Berg said.';
    const body = perLine
      ? Array.from({ length: Math.min(depth, 400) }, (_, i) => `${open.repeat(i + 1)} ${words}`).join('\n')
      : `${open.repeat(depth)} ${words}`;
    const closer = open.startsWith('<') ? open.replace('<', '</').repeat(depth) : '';
    return close ? body + closer : body;
  });
/** Many short quotations, in one paragraph or one a line. */
const manyQuotes = fc
  .tuple(
    fc.constantFrom('"ok" ', '“no,” ', "'a' ", '"x," she said. ', '"', '“”'),
    fc.integer({ min: 1, max: 3_000 }),
    fc.constantFrom('', '\n', '\r', '\n\n'),
  )
  .map(([q, n, sep]) => Array.from({ length: n }, () => q).join(sep));
const hostile = fc
  .array(fc.oneof(run, nested, manyQuotes, quotation), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join('\n\n'));

describe('fuzz: hostile drafts (runs, deep nesting, many quotations)', function () {
  this.timeout(TIMEOUT ? TIMEOUT * 4 : 0);

  it('complete within a bound, with no exception and every span inside the draft', () => {
    runProperty(
      'hostile drafts',
      fc.property(hostile, fc.constantFrom('/d/h.md', '/d/h.txt'), (text, path) =>
        withKnownBugs(() => {
          const started = Date.now();
          const r = checkDraft(CORPUS, path, text, { draftDate: '2026-03-12' });
          const ms = Date.now() - started;
          assert.ok(ms < BOUND_MS, `${text.length} characters took ${ms} ms: ${JSON.stringify(text.slice(0, 80))}`);
          assertResultSane(text, r, FILES);
        }),
      ),
      12,
      0.02,
    );
  });

  it('the same shapes as a corpus source load within the bound, the other files intact', () => {
    runProperty(
      'hostile sources',
      fc.property(hostile, (text) => {
        const started = Date.now();
        const c = Corpus.fromFiles([
          ...CORPUS_FILES,
          { path: '/c/hostile.md', text: `---\nkind: statement\nspeaker: Jonas Berg\n---\n${text}` },
        ]);
        assert.ok(Date.now() - started < BOUND_MS, `loading took ${Date.now() - started} ms`);
        assert.ok(c.statements.length > 0);
      }),
      8,
      0.02,
    );
  });
});
