// Special files where a document is expected: named pipes, devices, /proc entries, links out of
// the corpus folder, names that are not UTF-8. Each is reported and skipped, never opened in a
// way that blocks, never read past the limit; the rest of the corpus loads.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import { readFileBounded } from '../../server/src/engine/corpus/read-file';
import { readAcceptedFile } from '../../server/src/engine/accepted';
import { buildOnce, verbatim } from '../cli/run';

const GOOD = '---\nkind: statement\nspeaker: Anna Holm\n---\nThe ferry leaves at nine every morning.\n';
const posix = process.platform !== 'win32';

describe('robustness: special files', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), 'verbatim-special-')));
    mkdirSync(join(dir, 'corpus'));
    writeFileSync(join(dir, 'corpus', 'good.md'), GOOD);
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const fifo = (p: string) => {
    try {
      execFileSync('mkfifo', [p]);
      return true;
    } catch {
      return false;
    }
  };
  /** Loads the corpus folder (timed) and returns the problems on the named file. */
  function problemsOn(name: string) {
    const started = Date.now();
    const c = Corpus.load(join(dir, 'corpus'));
    assert.ok(Date.now() - started < 20_000, `loading took ${Date.now() - started} ms`);
    assert.ok(
      c.statements.some((s) => s.text.startsWith('The ferry leaves')),
      'the good source loads',
    );
    return c.problems.filter((p) => p.file === join(dir, 'corpus', name));
  }

  it('a named pipe with a source extension: corpus.unreadable, not opened for a blocking read', function () {
    if (!posix || !fifo(join(dir, 'corpus', 'pipe.md'))) this.skip();
    const p = problemsOn('pipe.md');
    assert.equal(p.length, 1, JSON.stringify(p));
    assert.equal(p[0].code, 'corpus.unreadable');
    assert.match(p[0].message, /named pipe/);
  });

  it('a link to /dev/zero and to /proc/self/pagemap: reported, never read (they never end / say 0 bytes)', function () {
    if (!posix || !existsSync('/dev/zero')) this.skip();
    symlinkSync('/dev/zero', join(dir, 'corpus', 'zero.md'));
    if (existsSync('/proc/self/pagemap')) symlinkSync('/proc/self/pagemap', join(dir, 'corpus', 'pagemap.txt'));
    for (const name of existsSync('/proc/self/pagemap') ? ['zero.md', 'pagemap.txt'] : ['zero.md']) {
      const p = problemsOn(name);
      assert.equal(p.length, 1, `${name}: ${JSON.stringify(p)}`);
      assert.equal(p[0].code, 'corpus.unreadable');
    }
  });

  it('a link to a file outside the corpus folder: reported, not followed', function () {
    if (!posix) this.skip();
    writeFileSync(
      join(dir, 'secret.md'),
      '---\nkind: statement\nspeaker: Outside Person\n---\nWords from outside the corpus.\n',
    );
    symlinkSync(join(dir, 'secret.md'), join(dir, 'corpus', 'link.md'));
    const p = problemsOn('link.md');
    assert.match(p[0]?.message ?? '', /outside the corpus folder/);
    assert.ok(!Corpus.load(join(dir, 'corpus')).statements.some((s) => s.text.includes('outside the corpus')));
  });

  it('a link inside the corpus folder is still followed', function () {
    if (!posix) this.skip();
    mkdirSync(join(dir, 'corpus', 'sub'));
    writeFileSync(
      join(dir, 'corpus', 'sub', 'inner.md'),
      '---\nkind: statement\nspeaker: Anna Holm\n---\nThe quay is closed for repairs.\n',
    );
    symlinkSync(join(dir, 'corpus', 'sub', 'inner.md'), join(dir, 'corpus', 'alias.md'));
    const c = Corpus.load(join(dir, 'corpus'));
    assert.equal(c.statements.filter((s) => s.text === 'The quay is closed for repairs.').length, 2);
  });

  it('a file name with bytes FF FE (not UTF-8): reported as such, not as "ENOENT"', function () {
    if (process.platform !== 'linux') this.skip();
    const name = Buffer.concat([
      Buffer.from(join(dir, 'corpus') + '/bad'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('.md'),
    ]);
    writeFileSync(name, GOOD);
    const c = Corpus.load(join(dir, 'corpus'));
    const p = c.problems.find((x) => x.file.includes('bad'));
    assert.ok(p, JSON.stringify(c.problems));
    assert.match(p.message, /not valid UTF-8 \(bytes .*ff fe/);
    assert.doesNotMatch(p.message, /ENOENT/);
  });

  it('readFileBounded: stops at the limit by bytes read; refuses pipes and devices without blocking', function () {
    writeFileSync(join(dir, 'small.txt'), 'abc');
    assert.equal(readFileBounded(join(dir, 'small.txt'), 10).bytes?.toString(), 'abc');
    assert.ok(readFileBounded(join(dir, 'small.txt'), 2).tooLarge);
    assert.match(readFileBounded(join(dir, 'none.txt'), 10).problem ?? '', /no such file/);
    if (!posix) return;
    assert.match(readFileBounded('/dev/zero', 10).problem ?? '', /system file/);
    if (fifo(join(dir, 'p'))) assert.match(readFileBounded(join(dir, 'p'), 10).problem ?? '', /named pipe/);
  });

  it('.verbatim/accepted.yaml linked to /dev/zero or a pipe: a problem, not a hang', function () {
    if (!posix) this.skip();
    mkdirSync(join(dir, '.verbatim'));
    symlinkSync('/dev/zero', join(dir, '.verbatim', 'accepted.yaml'));
    assert.equal(readAcceptedFile(join(dir, '.verbatim', 'accepted.yaml'))?.problems.length, 1);
    if (fifo(join(dir, 'pipe.yaml')))
      assert.match(readAcceptedFile(join(dir, 'pipe.yaml'))?.problems[0].message ?? '', /named pipe/);
    assert.equal(readAcceptedFile(join(dir, 'missing.yaml')), undefined);
  });

  describe('the CLI', () => {
    before(() => buildOnce());
    it('check /dev/zero, a pipe, a folder as the draft: exit 2 with a message; quotes on a pipe too', function () {
      if (!posix) this.skip();
      const pipe = join(dir, 'draft.md');
      const targets = ['/dev/zero', dir, ...(fifo(pipe) ? [pipe] : [])];
      for (const t of targets) {
        const r = verbatim('check', '--corpus', join(dir, 'corpus'), t);
        assert.equal(r.status, 2, `${t}: exit ${r.status} ${r.stderr}`);
        assert.match(r.stderr, /^verbatim: /);
        const q = verbatim('quotes', t);
        assert.equal(q.status, 2, `quotes ${t}: exit ${q.status} ${q.stderr}`);
      }
    });
    it('a pipe in the corpus is reported in every format', function () {
      if (!posix || !fifo(join(dir, 'corpus', 'pipe.md'))) this.skip();
      writeFileSync(join(dir, 'd.md'), '"The ferry leaves at nine every morning," Anna Holm said.\n');
      const text = verbatim('check', '--corpus', join(dir, 'corpus'), join(dir, 'd.md'));
      assert.match(text.stderr, /pipe\.md: warning corpus\.unreadable .*named pipe/);
      const json = JSON.parse(
        verbatim('check', '--corpus', join(dir, 'corpus'), '--format', 'json', join(dir, 'd.md')).stdout,
      );
      assert.ok(
        json.problems.some(
          (p: { code: string; file: string }) => p.code === 'corpus.unreadable' && p.file.endsWith('pipe.md'),
        ),
      );
      const sarif = JSON.parse(
        verbatim('check', '--corpus', join(dir, 'corpus'), '--format', 'sarif', join(dir, 'd.md')).stdout,
      );
      const notes = sarif.runs[0].invocations[0].toolExecutionNotifications;
      assert.ok(notes.some((n: { descriptor: { id: string } }) => n.descriptor.id === 'corpus.unreadable'));
    });
  });
});
