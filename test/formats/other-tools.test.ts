// Sources made by other tools than the tests' libraries (LibreOffice for PDF,
// DOCX and HTML; Python's srt, aeidon and email packages for SRT, WebVTT and
// email; other-tools.py) load with each statement attributed and dated right.
// Skipped where those tools are not installed (Debian: libreoffice-writer-nogui,
// python3-srt, python3-aeidon).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Corpus } from '../../server/src/engine/corpus/corpus';

const here = dirname(fileURLToPath(import.meta.url));
const python = '/usr/bin/python3';

function toolsThere(): boolean {
  const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8', timeout: 60_000 });
  const py = spawnSync(python, ['-c', 'import srt, aeidon'], { encoding: 'utf8', timeout: 30_000 });
  return soffice.status === 0 && py.status === 0;
}

describe('formats: a corpus made by LibreOffice and Python', function () {
  this.timeout(300_000);
  let root = '';
  before(function () {
    if (!toolsThere()) this.skip();
    root = mkdtempSync(join(tmpdir(), 'verbatim-other-tools-'));
    const r = spawnSync(python, [join(here, 'other-tools.py'), root], { encoding: 'utf8', timeout: 240_000 });
    assert.equal(r.status, 0, r.stderr);
  });
  after(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('attributes and dates each statement', async () => {
    const c = await Corpus.loadManyAsync([join(root, 'sources')]);
    assert.deepEqual(c.problems, []);
    const said = (file: string, words: string) => {
      const s = c.statements.find((x) => x.doc.path.endsWith(file) && x.speech && x.text.startsWith(words));
      assert.ok(s, `"${words}" in ${file}`);
      return { speaker: s.person?.name ?? s.speaker, date: s.date, kind: s.doc.kind };
    };
    assert.deepEqual(said('maternity-wing.pdf', 'The wing adds twenty-four beds'), {
      speaker: 'Grace Mendel',
      date: '2026-04-07',
      kind: 'release',
    });
    assert.deepEqual(said('maternity-wing.pdf', 'The trust will open'), {
      speaker: 'Riverside Hospital Trust',
      date: '2026-04-07',
      kind: 'release',
    });
    assert.deepEqual(said('bakery-interview.docx', 'Our bakery will hire'), {
      speaker: 'Omar Haddad',
      date: '2026-04-09',
      kind: 'interview',
    });
    assert.deepEqual(said('library-hours.html', 'Families asked us'), {
      speaker: 'Nadia Petrov',
      date: '2026-04-11',
      kind: 'article',
    });
    assert.deepEqual(said('ferry-hearing.srt', 'The ferry to Pine Island'), {
      speaker: 'Lena Park',
      date: '2026-04-14',
      kind: 'transcript',
    });
    assert.deepEqual(said('harbor-briefing.vtt', 'The harbor dredging'), {
      speaker: 'Tomasz Wren',
      date: '2026-04-15',
      kind: 'transcript',
    });
    assert.deepEqual(said('park-statement.eml', 'The east playground'), {
      speaker: 'Ruth Okoye',
      date: '2026-04-16',
      kind: 'statement',
    });
    assert.ok(!c.statements.some((s) => /closing for the whole year/.test(s.text)), 'the quoted reply is left out');
    const vtt = c.docs.find((d) => d.path.endsWith('harbor-briefing.vtt'))!;
    assert.deepEqual(
      vtt.extracted?.places.map((p) => p.label),
      ['at 01:02:03'],
    );
  });

  it('qpdf: a PDF locked by a password is a corpus.pdf problem; owner restrictions only still read', async function () {
    if (spawnSync('qpdf', ['--version']).status !== 0) this.skip();
    const dir = join(root, 'locked');
    mkdirSync(dir);
    const pdf = join(root, 'sources', 'maternity-wing.pdf');
    const encrypt = (user: string, out: string) =>
      spawnSync('qpdf', ['--encrypt', user, 'owner', '256', '--', pdf, join(dir, out)]);
    assert.equal(encrypt('secret', 'locked.pdf').status, 0);
    assert.equal(encrypt('', 'restricted.pdf').status, 0);
    const c = await Corpus.loadManyAsync([dir]);
    assert.deepEqual(
      c.problems.map((p) => [p.file.split('/').pop(), p.code]),
      [['locked.pdf', 'corpus.pdf']],
    );
    assert.match(c.problems[0].message, /encrypted PDF: it needs a password/);
    assert.ok(c.statements.some((s) => s.doc.path.endsWith('restricted.pdf') && s.speaker === 'Grace Mendel'));
  });
});
