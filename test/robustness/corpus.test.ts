// Bad sources never crash loading: each gives a corpus.* problem on its own file and the rest of
// the corpus still loads. Every case is a real folder in a temporary directory.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  ftruncateSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import { MAX_SOURCE_BYTES } from '../../server/src/engine/corpus/files';
import { checkDraft } from '../../server/src/engine/engine';

const GOOD_MD = `---
kind: statement
speaker: Elena Ruiz
role: mayor
organization: City of Riverton
date: 2026-03-10
---
Every neighborhood deserves a fire engine within four minutes.
`;
const GOOD_LINE = JSON.stringify({
  speaker: 'Daniel Okafor',
  date: '2026-03-11',
  text: 'Riders will pay for this in longer waits.',
});
const GOOD_PEOPLE =
  '- name: Elena Ruiz\n  aliases: [Ruiz]\n  roles:\n    - title: mayor\n      organization: City of Riverton\n';

describe('robustness: bad sources in a corpus folder', function () {
  this.timeout(180_000);
  let dir: string;
  beforeEach(() => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), 'verbatim-corpus-')));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const write = (rel: string, data: string | Uint8Array) => {
    const p = join(dir, rel);
    mkdirSync(join(p, '..'), { recursive: true });
    writeFileSync(p, data);
    return p;
  };

  /** Loads the folder (timed), with the good sources beside the bad one; checks the good ones loaded. */
  function load(): Corpus {
    write('good.md', GOOD_MD);
    write('good.jsonl', GOOD_LINE + '\n');
    write('people.yaml', GOOD_PEOPLE);
    const started = Date.now();
    const c = Corpus.load(dir);
    // A hang bound, not a speed measure.
    assert.ok(Date.now() - started < 60_000, `loading took ${Date.now() - started} ms`);
    const texts = c.statements.map((s) => s.text);
    assert.ok(
      texts.some((t) => t.includes('fire engine within four minutes')),
      'the good statement did not load',
    );
    assert.ok(
      texts.some((t) => t.includes('Riders will pay')),
      'the good JSONL line did not load',
    );
    assert.ok(c.people.person('Elena Ruiz'), 'the good people.yaml did not load');
    // The corpus still checks a draft.
    const r = checkDraft(
      c,
      '/drafts/d.md',
      '"Every neighborhood deserves a fire engine within five minutes," Ruiz said.\n',
      { draftDate: '2026-03-12' },
    );
    assert.deepEqual(
      r.findings.map((f) => f.code),
      ['quote.altered'],
    );
    return c;
  }
  const problemsOn = (c: Corpus, file: string) => c.problems.filter((p) => p.file === file);
  function assertProblem(c: Corpus, file: string, code: string) {
    const ps = problemsOn(c, file);
    assert.ok(
      ps.some((p) => p.code === code),
      `expected ${code} on ${file}; problems: ` +
        `${JSON.stringify(c.problems.map((p) => [p.file.slice(dir.length), p.code, p.message]))}`,
    );
    for (const p of ps) assert.ok(p.message.length > 0 && ['error', 'warning', 'information'].includes(p.severity));
  }

  it('malformed front matter (not YAML): corpus.frontmatter, the body still read', () => {
    const f = write(
      'bad-yaml.md',
      '---\ntitle: [unclosed\nspeaker: Elena Ruiz\n---\nThe body is still prose to read.\n',
    );
    const c = load();
    assertProblem(c, f, 'corpus.frontmatter');
  });

  it('front matter that is not a mapping (a list, a scalar): corpus.frontmatter', () => {
    const a = write('list.md', '---\n- a list\n- not a mapping\n---\nBody one.\n');
    const b = write('scalar.md', '---\njust a sentence\n---\nBody two.\n');
    const c = load();
    assertProblem(c, a, 'corpus.frontmatter');
    assertProblem(c, b, 'corpus.frontmatter');
  });

  it('front matter with values of the wrong type (speaker a list, kind a mapping, date not a date): no crash', () => {
    write(
      'types.md',
      '---\nkind: {a: 1}\nspeaker: [1, 2]\nspeakers: 7\ndate: [2026, 3]\norganization: 12\n---\nBody three.\n',
    );
    const f = write('baddate.md', '---\nkind: statement\nspeaker: Elena Ruiz\ndate: 2026-13-45\n---\nBody four.\n');
    const c = load();
    assertProblem(c, f, 'corpus.frontmatter');
  });

  it('a transcript without "Name: words" turns: corpus.transcript', () => {
    const f = write(
      'transcript.md',
      '---\nkind: transcript\nspeakers:\n  - name: Elena Ruiz\n---\nNobody is named at the start of these ' +
        'paragraphs.\n\nNor here.\n',
    );
    const c = load();
    assertProblem(c, f, 'corpus.transcript');
  });

  it(
    'JSONL lines that are not JSON, not objects, or lack text or speaker: corpus.jsonl for each, good lines ' + 'kept',
    () => {
      const f = write(
        'lines.jsonl',
        [
          'not json at all',
          '[1, 2]',
          JSON.stringify({ speaker: 'Ruiz' }),
          JSON.stringify({ text: 'No speaker here.' }),
          '{"speaker": "Ruiz", "text": ',
          JSON.stringify({ speaker: 'Priya Nair', text: 'The motion carries, seven votes to two.' }),
        ].join('\n'),
      );
      const c = load();
      const ps = problemsOn(c, f);
      assert.deepEqual(
        ps.map((p) => [p.code, p.line]),
        [
          ['corpus.jsonl', 0],
          ['corpus.jsonl', 1],
          ['corpus.jsonl', 2],
          ['corpus.jsonl', 3],
          ['corpus.jsonl', 4],
        ],
      );
      assert.ok(
        c.statements.some((s) => s.text === 'The motion carries, seven votes to two.'),
        'the good line of the bad file loads',
      );
    },
  );

  it('people.yaml of the wrong shape (a number, a mapping without people, not YAML): corpus.people', () => {
    const a = write('a/people.yaml', 'people: 3\n');
    const b = write('b/people.yaml', 'key: [unclosed\n');
    const d = write('d/people.yaml', '- name: [a, b]\n- 42\n- null\n');
    const c = load();
    assertProblem(c, a, 'corpus.people');
    assertProblem(c, b, 'corpus.people');
    assertProblem(c, d, 'corpus.people');
  });

  it('an empty file and a file of blanks: corpus.empty', () => {
    const a = write('empty.md', '');
    const b = write('blank.txt', '  \n\n\t\n');
    const c = load();
    assertProblem(c, a, 'corpus.empty');
    assertProblem(c, b, 'corpus.empty');
  });

  it('a binary file with a source extension: corpus.binary', () => {
    const bytes = new Uint8Array(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    const f = write('image.md', bytes);
    const c = load();
    assertProblem(c, f, 'corpus.binary');
  });

  it('a Latin-1 (not UTF-8) file: corpus.encoding, read as Windows-1252 with its accents right', () => {
    const f = write(
      'latin1.md',
      Buffer.from(
        '---\nkind: statement\nspeaker: Tomás García Márquez\ndate: 2026-03-10\n---\nCafé staff at the fire ' +
          'station said the new rota is «très bien».\n',
        'latin1',
      ),
    );
    const c = load();
    assertProblem(c, f, 'corpus.encoding');
    assert.ok(
      c.statements.some((s) => s.text.includes('Café staff') && s.text.includes('«très bien»')),
      'the Latin-1 text is decoded',
    );
    assert.ok(c.people.person('Tomás García Márquez'), 'its speaker, with accents, is known');
  });

  it('UTF-16 with a BOM (LE and BE): decoded and loaded like UTF-8', () => {
    const text =
      '---\nkind: statement\nspeaker: Priya Nair\ndate: 2026-03-10\n---\nThis budget proves that we can keep the ' +
      'city safe 🚒.\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    be[0] = 0xfe;
    be[1] = 0xff;
    write('utf16le.md', le);
    write('utf16be.md', be);
    const c = load();
    assert.equal(
      c.statements.filter((s) => s.text === 'This budget proves that we can keep the city safe 🚒.').length,
      2,
      'both UTF-16 files load',
    );
  });

  it(`a file over the size limit (${MAX_SOURCE_BYTES / 1048576} MB), made sparse: corpus.too-large, not read`, () => {
    const p = join(dir, 'huge.md');
    const fd = openSync(p, 'w');
    try {
      ftruncateSync(fd, MAX_SOURCE_BYTES + 1);
    } finally {
      closeSync(fd);
    }
    const started = Date.now();
    const c = load();
    assertProblem(c, p, 'corpus.too-large');
    assert.ok(Date.now() - started < 60_000, 'reading stops at the limit'); // a hang bound, not a speed measure
  });

  it('a folder tree deeper than the walk goes: the deep part reported, the shallow part read', () => {
    let d = 'deep';
    for (let i = 0; i < 40; i++) d = join(d, `l${i}`);
    write(join(d, 'bottom.md'), '---\nkind: statement\nspeaker: Nobody\n---\nToo deep to read.\n');
    let mid = 'deep';
    for (let i = 0; i < 10; i++) mid = join(mid, `l${i}`);
    write(join(mid, 'middle.md'), '---\nkind: statement\nspeaker: Elena Ruiz\n---\nTen folders down and still read.\n');
    const c = load();
    assert.ok(c.statements.some((s) => s.text === 'Ten folders down and still read.'));
    assert.ok(!c.statements.some((s) => s.text === 'Too deep to read.'));
    assert.ok(
      c.problems.some((p) => p.code === 'corpus.unreadable' && /deeper/.test(p.message)),
      JSON.stringify(c.problems),
    );
  });

  it('a symbolic-link loop (a folder linking to its ancestor, two folders linking to each other) ends', () => {
    write('loop/inner/note.md', '---\nkind: statement\nspeaker: Elena Ruiz\n---\nRead once only.\n');
    symlinkSync(join(dir, 'loop'), join(dir, 'loop', 'inner', 'back-up'));
    mkdirSync(join(dir, 'x'));
    mkdirSync(join(dir, 'y'));
    symlinkSync(join(dir, 'y'), join(dir, 'x', 'to-y'));
    symlinkSync(join(dir, 'x'), join(dir, 'y', 'to-x'));
    symlinkSync(join(dir, 'self-loop'), join(dir, 'self-loop')); // a link to itself: ELOOP
    symlinkSync(join(dir, 'nowhere.md'), join(dir, 'dangling.md'));
    const c = load();
    assert.equal(
      c.statements.filter((s) => s.text === 'Read once only.').length,
      1,
      'the file under the loop is read exactly once',
    );
    assert.ok(
      c.problems.some((p) => /symbolic link/.test(p.message)),
      JSON.stringify(c.problems),
    );
  });

  it('a named pipe with a source extension is skipped, not opened (opening would block)', function () {
    try {
      execFileSync('mkfifo', [join(dir, 'pipe.md')]);
    } catch {
      this.skip();
    }
    const c = load();
    assert.ok(!c.docs.some((d) => d.path.endsWith('pipe.md')));
  });

  it('a corpus path that does not exist, or is a file: corpus.missing, an empty corpus, no exception', () => {
    const missing = join(dir, 'no', 'such', 'folder');
    const c = Corpus.load(missing);
    assert.equal(c.statements.length, 0);
    assert.deepEqual(
      c.problems.map((p) => [p.file, p.code]),
      [[missing, 'corpus.missing']],
    );
    const file = write('plain-file.md', GOOD_MD);
    const c2 = Corpus.load(file);
    assert.deepEqual(
      c2.problems.map((p) => p.code),
      ['corpus.missing'],
    );
    const r = checkDraft(c, '/drafts/d.md', '"Anything at all here," Ruiz said.\n', { draftDate: '2026-03-12' });
    assert.ok(Array.isArray(r.findings));
  });

  it('all of the bad sources in one folder at once: every one reported, the good ones loaded', () => {
    write('bad-yaml.md', '---\ntitle: [unclosed\n---\nBody.\n');
    write('transcript.md', '---\nkind: transcript\n---\nNo turns.\n');
    write('lines.jsonl', 'not json\n');
    write('sub/people.yaml', '42\n');
    write('empty.md', '');
    write('binary.txt', new Uint8Array([0, 1, 2, 3, 0, 0, 255]));
    write('latin1.txt', Buffer.from('Déjà vu, said the chief.', 'latin1'));
    const fd = openSync(join(dir, 'huge.txt'), 'w');
    ftruncateSync(fd, MAX_SOURCE_BYTES + 4096);
    closeSync(fd);
    symlinkSync(dir, join(dir, 'sub', 'root-again'));
    const c = load();
    const codes = new Set(c.problems.map((p) => p.code));
    for (const code of [
      'corpus.frontmatter',
      'corpus.transcript',
      'corpus.jsonl',
      'corpus.people',
      'corpus.empty',
      'corpus.binary',
      'corpus.encoding',
      'corpus.too-large',
      'corpus.unreadable',
    ]) {
      assert.ok(codes.has(code as never), `no ${code} among ${[...codes].join(', ')}`);
    }
  });
});
