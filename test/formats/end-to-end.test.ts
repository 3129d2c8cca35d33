// One source in each format (PDF, HTML, DOCX, WebVTT, SRT, email), generated
// by the test, checked through the bundled CLI: each quotation as said is
// confirmed, each altered or misattributed one is found, with its citation's
// page or timestamp.
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildOnce, verbatim } from '../cli/run';
import { writeFormatsCorpus } from './fixtures';
import { EXPECT, formatsDraft } from './draft';

interface JsonFinding {
  range: { start: { line: number } };
  code: string;
  citation?: { file: string; place?: string; format?: string; speaker?: string; date?: string; text: string };
}

describe('formats: the CLI over a corpus of PDF, HTML, DOCX, VTT, SRT and email', function () {
  this.timeout(120_000);
  let root = '';
  before(async () => {
    buildOnce();
    root = await writeFormatsCorpus();
    writeFileSync(join(root, 'draft.md'), formatsDraft());
  });
  after(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it("finds each altered and misattributed quotation with its source's page or timestamp, confirms the rest", () => {
    const r = verbatim('check', '--corpus', join(root, 'sources'), '--format', 'json', join(root, 'draft.md'));
    assert.equal(r.stderr, '');
    const findings = (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings.filter((f) =>
      f.code.startsWith('quote.'),
    );
    const draft = readFileSync(join(root, 'draft.md'), 'utf8').split('\n');
    for (const e of EXPECT) {
      const line = draft.findIndex((l) => l.includes(e.words));
      const here = findings.filter((f) => f.range.start.line === line);
      if (!e.code) {
        assert.deepEqual(
          here.map((f) => f.code),
          [],
          `"${e.words}" is confirmed`,
        );
        continue;
      }
      assert.deepEqual(
        here.map((f) => f.code),
        [e.code],
        `"${e.words}"`,
      );
      const c = here[0].citation;
      if (e.code === 'quote.unverified') {
        assert.equal(c, undefined);
        continue;
      }
      assert.ok(c, `a citation for "${e.words}"`);
      assert.equal(c.file, join(root, 'sources', e.file));
      assert.equal(c.place, e.place, `the place of "${e.words}"`);
      assert.equal(c.format, e.file.split('.').pop());
    }
  });

  it('prints the place in the text report, and nothing on stderr for sources that read cleanly', () => {
    const r = verbatim('check', '--corpus', join(root, 'sources'), join(root, 'draft.md'));
    assert.match(r.stdout, /source: \S+ferry-timetable\.pdf, p\. 2 \(Dana Whitfield, 2026-02-10\)/);
    assert.match(r.stdout, /source: \S+council-meeting\.vtt, at 00:12:35 \(Helen Achebe, 2026-02-18\)/);
    assert.match(r.stdout, /source: \S+bridge-briefing\.srt, at 00:03:05 \(Marco Vella, 2026-02-20\)/);
    assert.match(r.stdout, /source: \S+kitchen-statement\.eml \(Ines Duarte, 2026-03-03\)/);
    assert.equal(r.stderr, '');
  });

  it('reads the same from the cache on a second run (extracted text and corpus)', () => {
    const cache = join(root, 'cache');
    const first = verbatim(
      'check',
      '--corpus',
      join(root, 'sources'),
      '--format',
      'json',
      '--cache',
      cache,
      join(root, 'draft.md'),
    );
    const second = verbatim(
      'check',
      '--corpus',
      join(root, 'sources'),
      '--format',
      'json',
      '--cache',
      cache,
      join(root, 'draft.md'),
    );
    assert.equal(second.stdout, first.stdout);
    assert.ok(JSON.parse(first.stdout).findings.length > 0);
  });
});
