// Glob patterns a workspace provides (accepted.yaml `draft:`): matched by text/glob.ts, which
// cannot backtrack. The same answers as minimatch (dot: true) on ordinary patterns; hostile
// patterns answer at once; over-long patterns never match and say why.
import assert from 'node:assert/strict';
import { minimatch } from 'minimatch';
import { compileGlob, MAX_GLOB_LENGTH } from '../../server/src/engine/text/glob';
import { acceptedForDraft, parseAccepted } from '../../server/src/engine/accepted';

const PATTERNS = [
  '**/*',
  'drafts/**',
  '*.md',
  'drafts/*.md',
  '**/node_modules/**',
  'stories/**/*.md',
  'a/**/b',
  '{a,b}/*.md',
  '[a-c]?.txt',
  '[!a]*',
  'x\\*y',
  '**',
  'a/*',
  '*',
  '.verbatim/*',
  'drafts/{2024,2025}/**/*.{md,txt}',
  'notes/[0-9][0-9]-*.md',
  '*/*/*',
];
const PATHS = [
  'a.md',
  'drafts/a.md',
  'drafts/x/y.md',
  'node_modules/x',
  'x/node_modules/y/z',
  'stories/a.md',
  'stories/b/c/d.md',
  'a/b',
  'a/x/y/b',
  'a/x.md',
  'b/y.md',
  'ab.txt',
  'db.txt',
  'x*y',
  'xzy',
  '.verbatim/accepted.yaml',
  'drafts/2024/q/a.md',
  'drafts/2026/a.md',
  'a',
  '.hidden.md',
  'a/.b/c.md',
  'notes/07-harbour.md',
  'notes/7-harbour.md',
  'é/ü.md',
];

function timed<T>(run: () => T): T {
  const started = Date.now();
  const out = run();
  assert.ok(Date.now() - started < 2_000, `took ${Date.now() - started} ms`);
  return out;
}

describe('robustness: globs from workspace files', () => {
  it('ordinary patterns: the same answers as minimatch', () => {
    for (const p of PATTERNS)
      for (const f of PATHS) assert.equal(compileGlob(p).match(f), minimatch(f, p, { dot: true }), `${p} vs ${f}`);
  });

  it('case folding when asked (Windows, macOS)', () => {
    assert.ok(compileGlob('Drafts/*.MD', { nocase: true }).match('drafts/a.md'));
    assert.ok(!compileGlob('Drafts/*.MD').match('drafts/a.md'));
  });

  it('extglob-shaped and backtracking-prone patterns answer at once (no extglobs: they are literal)', () => {
    const name = 'a'.repeat(60) + 'y';
    assert.equal(
      timed(() => compileGlob('+(*|?)x').match(name)),
      false,
    );
    assert.equal(
      timed(() => compileGlob('+(*|?)'.repeat(40) + 'x').match(name)),
      false,
    );
    assert.equal(
      timed(() => compileGlob('*a'.repeat(100) + 'b').match('a'.repeat(4000))),
      false,
    );
    assert.equal(
      timed(() => compileGlob('**/'.repeat(90) + 'x').match('a/'.repeat(1000) + 'y')),
      false,
    );
    assert.ok(compileGlob('+(a|b).md').match('+(a|b).md'), 'an extglob is literal text');
  });

  it('over-long patterns and brace bombs never match, and say why', () => {
    const long = compileGlob('*'.repeat(MAX_GLOB_LENGTH + 1));
    assert.match(long.error ?? '', /longer than/);
    assert.equal(long.match('anything'), false);
    const bomb = timed(() => compileGlob('{a,b}'.repeat(40)));
    assert.match(bomb.error ?? '', /alternatives/);
  });

  it('accepted entries: a draft pattern applies by path or by file name; an over-long one is reported', () => {
    const file = parseAccepted(
      `- code: quote.unverified\n  text: sail at dawn\n  draft: "+(*|?)x"\n- code: quote.unverified\n  text: low ` +
        `tide\n  draft: "stories/*.md"\n- code: fact.date\n  text: Tuesday\n  draft: harbour.md\n- code: ` +
        `fact.date\n  text: Monday\n  draft: "${'*'.repeat(400)}"\n`,
    );
    assert.equal(file.entries.length, 3);
    assert.match(file.problems[0].message, /longer than/);
    const rel = 'stories/' + 'a'.repeat(80) + '.md';
    const applies = timed(() => acceptedForDraft(file.entries, rel)).map((e) => e.text);
    assert.deepEqual(applies, ['low tide']);
    assert.deepEqual(
      acceptedForDraft(file.entries, 'deep/in/harbour.md').map((e) => e.text),
      ['Tuesday'],
    );
  });
});
