// The `verbatim` command line, run as a child process against the example corpus: `check` and its
// text and JSON output, options and usage errors (quotes.test.ts: `quotes`; sarif.test.ts: SARIF).
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, buildOnce, slice, verbatim } from './run';
import {
  assertRange,
  CLEAN,
  CODES,
  CORPUS,
  DIRTY,
  json,
  quotations,
  read,
  SEVERITIES,
  type JsonFinding,
} from './examples';

describe('verbatim CLI', function () {
  let tmp: string;
  before(function () {
    this.timeout(60_000);
    buildOnce();
    assert.ok(existsSync(join(ROOT, 'dist', 'cli.cjs')));
    tmp = mkdtempSync(join(tmpdir(), 'verbatim-cli-'));
  });
  after(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  describe('check', () => {
    it('prints one compiler-style line per finding: file:line:col severity code message', () => {
      const r = verbatim('check', '--corpus', CORPUS, DIRTY);
      assert.equal(r.status, 1, r.stderr);
      const lines = r.stdout.trimEnd().split('\n');
      const summary = lines.pop()!;
      const findingLines = lines.filter((l) => !l.startsWith('    '));
      assert.ok(findingLines.length > 0, 'no findings printed');
      const re = /^(.+):(\d+):(\d+) (error|warning|information|hint) ([a-z]+\.[a-z]+) (\S.*)$/;
      for (const l of findingLines) {
        const m = re.exec(l);
        assert.ok(m, `not file:line:col severity code message: ${l}`);
        assert.equal(m[1], DIRTY);
        assert.ok(CODES.includes(m[5]), `unknown code in ${l}`);
      }
      for (const l of lines.filter((x) => x.startsWith('    '))) assert.match(l, /^ {4}source: .+:\d+:\d+/);
      assert.match(summary, new RegExp(`^${findingLines.length} findings? in 1 of 1 file$`));

      // The same findings as the JSON output, at 1-based lines and columns.
      const j = json(DIRTY).findings;
      assert.deepEqual(
        findingLines.map((l) => re.exec(l)!.slice(2, 6).join(' ')),
        j.map((f) => `${f.range.start.line + 1} ${f.range.start.character + 1} ${f.severity} ${f.code}`),
      );
    });

    it('says "no findings" and exits 0 on a clean draft', () => {
      const r = verbatim('check', '--corpus', CORPUS, CLEAN);
      assert.equal(r.status, 0, r.stdout + r.stderr);
      assert.equal(r.stdout.trim(), 'no findings in 1 file');
    });

    it('exits 1 when a draft has findings at error severity', () => {
      const r = verbatim('check', '--corpus', CORPUS, DIRTY);
      assert.equal(r.status, 1);
      assert.ok(json(DIRTY).findings.some((f) => f.severity === 'error'));
      assert.equal(verbatim('check', '--corpus', CORPUS, CLEAN, DIRTY).status, 1, 'one bad file among several');
    });

    it('--format json: findings with 0-based LSP ranges, citations and fixes', () => {
      const draft = read(DIRTY);
      const { findings } = json(DIRTY);
      assert.ok(findings.length >= 4);
      for (const f of findings) {
        assert.equal(f.file, DIRTY);
        assertRange(f.range, f.code);
        assert.ok(CODES.includes(f.code), f.code);
        assert.ok(SEVERITIES.includes(f.severity), f.severity);
        assert.equal(typeof f.message, 'string');
        assert.ok(f.message.length > 0);
        assert.ok(Array.isArray(f.fixes));
        for (const x of f.fixes) {
          assert.equal(typeof x.title, 'string');
          assert.ok(x.edits.length > 0);
          for (const e of x.edits) {
            assertRange(e.range, `${f.code} fix`);
            assert.equal(typeof e.newText, 'string');
          }
        }
        if (f.citation) {
          assert.equal(typeof f.citation.file, 'string');
          assertRange(f.citation.range, `${f.code} citation`);
          assert.equal(typeof f.citation.text, 'string');
          // The citation range covers the source's words in the source file.
          const src = read(f.citation.file);
          const covered = slice(src, f.citation.range);
          assert.equal(f.citation.file.endsWith('.jsonl') ? JSON.parse(`"${covered}"`) : covered, f.citation.text);
          if (f.citation.date !== undefined) assert.match(f.citation.date, /^\d{4}-\d{2}-\d{2}$/);
        }
        // Quotation findings cover words inside quotation marks on that (0-based) line.
        if (f.code.startsWith('quote.')) {
          const words = slice(draft, f.range);
          assert.ok(words.length > 0);
          assert.ok(
            quotations(draft).some((q) => q.includes(words)),
            `${f.code} covers "${words}", not quoted words`,
          );
        }
      }
      const byCode = (c: string) => findings.filter((f) => f.code === c);

      const [mis] = byCode('quote.misattributed');
      assert.ok(mis, 'no quote.misattributed');
      assert.equal(mis.range.start.line, 8, '0-based line of "Riders will pay…"');
      assert.match(slice(draft, mis.range), /^Riders will pay for this in longer waits/);
      assert.equal(mis.citation?.speaker, 'Daniel Okafor');
      assert.equal(mis.citation?.date, '2026-03-10');
      assert.equal(mis.citation?.file, 'examples/sources/2026-03-10-council-meeting.md');
      assert.equal(mis.citation?.text, 'Riders will pay for this in longer waits.');
      assert.equal(mis.citation?.range.start.line, 21);

      const five = byCode('quote.altered').find((f) => slice(draft, f.range).includes('five minutes'));
      assert.ok(five, 'no quote.altered on "five minutes"');
      assert.equal(five.range.start.line, 10);
      assert.equal(five.citation?.speaker, 'Elena Ruiz');
      const [fix] = five.fixes;
      assert.ok(fix, 'no fix');
      // The fix's edit, applied at its 0-based range, restores the source's words.
      const lines = draft.split('\n');
      const e = fix.edits[0];
      assert.equal(e.range.start.line, e.range.end.line);
      const l = lines[e.range.start.line];
      assert.match(
        l.slice(0, e.range.start.character) + e.newText + l.slice(e.range.end.character),
        /"every neighborhood deserves a fire engine within four minutes\."/,
      );

      assert.ok(
        byCode('quote.unverified').some((f) =>
          slice(draft, f.range).startsWith('We will hire the first class of recruits by June'),
        ),
      );
    });

    it('--severity CODE=off removes those findings; =warning lowers them and the exit code follows', () => {
      const all = json(DIRTY).findings;
      assert.ok(all.some((f) => f.code === 'quote.altered'));
      const noAltered = json('--severity', 'quote.altered=off', DIRTY).findings;
      assert.deepEqual(
        noAltered,
        all.filter((f) => f.code !== 'quote.altered'),
      );

      const errorCodes = [...new Set(all.filter((f) => f.severity === 'error').map((f) => f.code))];
      const args = errorCodes.flatMap((c) => ['--severity', `${c}=warning`]);
      const r = verbatim('check', '--corpus', CORPUS, '--format', 'json', ...args, DIRTY);
      assert.equal(r.status, 0, 'nothing at error severity is left');
      const lowered = JSON.parse(r.stdout).findings as JsonFinding[];
      assert.equal(lowered.length, all.length);
      assert.ok(lowered.every((f) => f.severity !== 'error'));
    });

    it('--no-unverified drops quote.unverified', () => {
      assert.ok(json(DIRTY).findings.some((f) => f.code === 'quote.unverified'));
      assert.ok(!json('--no-unverified', DIRTY).findings.some((f) => f.code === 'quote.unverified'));
    });

    it('gives UTF-16 positions on drafts with CRLF line ends and emoji', () => {
      const draft =
        '---\r\ndate: 2026-03-12\r\n---\r\n🚒 Budget night 🗳️.\r\n\r\n🔥 Mayor Elena Ruiz said “every neighborhood ' +
        'deserves a fire engine within five minutes.”\r\n';
      const file = join(tmp, 'emoji-crlf.md');
      writeFileSync(file, draft);
      const r = verbatim('check', '--corpus', CORPUS, '--format', 'json', file);
      const [f] = (JSON.parse(r.stdout).findings as JsonFinding[]).filter((x) => x.code === 'quote.altered');
      assert.ok(f, r.stdout);
      const line5 = draft.split('\r\n')[5];
      const at = line5.indexOf('every');
      assert.deepEqual(f.range.start, { line: 5, character: at });
      assert.equal(slice(draft, f.range), 'every neighborhood deserves a fire engine within five minutes');
      const s = JSON.parse(verbatim('check', '--corpus', CORPUS, '--format', 'sarif', file).stdout);
      const region = s.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'quote.altered').locations[0]
        .physicalLocation.region;
      assert.deepEqual([region.startLine, region.startColumn], [6, at + 1]);
    });
  });

  describe('usage errors exit 2 with a one-line reason on stderr', () => {
    const cases: [string, string[], RegExp][] = [
      ['no arguments', [], /./],
      ['an unknown command', ['frobnicate', DIRTY], /unknown command|frobnicate/i],
      ['check without --corpus', ['check', DIRTY], /--corpus/],
      [
        'a corpus folder that does not exist',
        ['check', '--corpus', 'examples/no-such-folder', DIRTY],
        /no-such-folder/,
      ],
      [
        'a draft file that does not exist',
        ['check', '--corpus', CORPUS, 'examples/drafts/no-such-draft.md'],
        /no-such-draft\.md/,
      ],
      ['a draft that is a folder', ['check', '--corpus', CORPUS, 'examples/drafts'], /examples\/drafts.*folder/],
      ['a bad --format', ['check', '--corpus', CORPUS, '--format', 'xml', DIRTY], /--format.*xml/],
      [
        'a --date that is not YYYY-MM-DD',
        ['check', '--corpus', CORPUS, '--date', 'tomorrow', DIRTY],
        /--date.*tomorrow/,
      ],
      [
        'a --date that is not a calendar date',
        ['check', '--corpus', CORPUS, '--date', '2026-02-30', DIRTY],
        /--date.*2026-02-30/,
      ],
      [
        'a bad --severity level',
        ['check', '--corpus', CORPUS, '--severity', 'quote.altered=loud', DIRTY],
        /--severity/,
      ],
      [
        'a --severity for an unknown code',
        ['check', '--corpus', CORPUS, '--severity', 'quote.bogus=off', DIRTY],
        /--severity/,
      ],
      ['an unknown option', ['check', '--corpus', CORPUS, '--frob', DIRTY], /--frob/],
      ['quotes without a file', ['quotes'], /quotes/],
      ['quotes --format sarif', ['quotes', DIRTY, '--format', 'sarif'], /--format.*sarif/],
    ];
    for (const [what, args, reason] of cases) {
      it(what, () => {
        const r = verbatim(...args);
        assert.equal(r.status, 2, `exit ${r.status}; stdout: ${r.stdout.slice(0, 300)} stderr: ${r.stderr}`);
        const err = r.stderr.trimEnd();
        assert.ok(err.length > 0, `nothing on stderr (stdout: ${JSON.stringify(r.stdout.slice(0, 200))})`);
        assert.equal(err.split('\n').length, 1, `more than one line on stderr:\n${err}`);
        assert.doesNotMatch(err, /\bat .+:\d+:\d+\)?$|internal error/m, 'a stack trace or internal error');
        assert.match(err, reason);
        assert.doesNotMatch(r.stdout, /finding/, 'no report is printed');
      });
    }
  });
});
