// The `verbatim` command line, run as a child process against the example corpus.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { ROOT, buildOnce, slice, verbatim } from './run';

const CORPUS = 'examples/sources';
const DIRTY = 'examples/drafts/council-budget.md';
const CLEAN = 'examples/drafts/clean-story.md';
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');
const SEVERITIES = ['error', 'warning', 'information', 'hint'];
const CODES = [
  'quote.misattributed',
  'quote.altered',
  'quote.unverified',
  'fact.number',
  'fact.date',
  'fact.title',
  'fact.name',
];

interface Pos {
  line: number;
  character: number;
}
interface Rng {
  start: Pos;
  end: Pos;
}
interface JsonFinding {
  file: string;
  range: Rng;
  code: string;
  severity: string;
  message: string;
  citation?: { file: string; range: Rng; speaker?: string; date?: string; text: string };
  fixes: { title: string; edits: { range: Rng; newText: string }[] }[];
}

function json(...args: string[]): { findings: JsonFinding[] } {
  const r = verbatim('check', '--corpus', CORPUS, '--format', 'json', ...args);
  assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

function isPos(p: unknown): p is Pos {
  const q = p as Pos;
  return !!q && Number.isInteger(q.line) && q.line >= 0 && Number.isInteger(q.character) && q.character >= 0;
}
function assertRange(r: unknown, what: string) {
  const q = r as Rng;
  assert.ok(q && isPos(q.start) && isPos(q.end), `${what}: not an LSP range: ${JSON.stringify(r)}`);
  assert.ok(
    q.start.line < q.end.line || (q.start.line === q.end.line && q.start.character <= q.end.character),
    `${what}: range ends before it starts`,
  );
}

/** Text inside double quotation marks, straight or curly, in order. */
function quotations(text: string): string[] {
  return [...text.matchAll(/"([^"\n]+)"|“([^”\n]+)”/g)].map((m) => m[1] ?? m[2]);
}

/** A validator for the official SARIF 2.1.0 schema (a draft-04 schema) with Ajv 8. */
function sarifValidator() {
  const schema = JSON.parse(read('node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'));
  // Ajv 8 knows no draft-04 meta-schema and rejects the draft-04 `id`; the schema uses no other
  // draft-04-only semantics (no boolean exclusiveMinimum/Maximum), so dropping both keeps its meaning.
  delete schema.$schema;
  delete schema.id;
  // unicodeRegExp: false because one of its patterns (language tags) is not a valid /u regular expression.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  // The formats the schema uses, checked rather than ignored (no ajv-formats needed).
  ajv.addFormat('uri', (s: string) => /^[a-z][a-z0-9+.-]*:[^\s]*$/i.test(s));
  ajv.addFormat('uri-reference', (s: string) => !/[\s\\]/.test(s) && !/^[a-z]:/i.test(s));
  ajv.addFormat('date-time', (s: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s));
  return ajv.compile(schema);
}

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

  describe('quotes', () => {
    // Who the draft names for each quotation (its opening words), as written; without a corpus only
    // what the draft itself says can be read, so a bare fragment such as "around the clock" may have no speaker.
    const WRITTEN: Record<string, [string, RegExp][]> = {
      [DIRTY]: [
        ['This budget proves', /^Priya Nair$/],
        ['Riders will pay', /^Ruiz$/],
        ['every neighborhood', /Elena Ruiz$/],
        ['I voted no', /^Okafor$/],
        ['We will hire', /^García Márquez$/],
        ['a start', /^Sunil Nair$/],
      ],
      [CLEAN]: [
        ['This budget proves', /^Priya Nair$/],
        ['I cannot support', /^he$/],
        ['every neighborhood', /Elena Ruiz$/],
        ['a start', /^Sunil Nair$/],
      ],
    };
    for (const draftPath of [DIRTY, CLEAN]) {
      it(`lists every quotation of ${draftPath} with range and speaker, without a corpus`, () => {
        const draft = read(draftPath);
        const r = verbatim('quotes', draftPath, '--format', 'json');
        assert.equal(r.status, 0, r.stderr);
        const sheet = JSON.parse(r.stdout);
        assert.equal(sheet.file, draftPath);
        assert.deepEqual(
          sheet.quotes.map((q: { text: string }) => q.text),
          quotations(draft),
        );
        for (const q of sheet.quotes) {
          assertRange(q.range, q.text);
          assert.equal(slice(draft, q.range), q.text);
          assert.equal(typeof q.speaker, typeof q.speakerAsWritten, 'speaker and speakerAsWritten go together');
          assert.equal(q.status, undefined, 'no status without a corpus');
        }
        for (const [start, who] of WRITTEN[draftPath]) {
          const q = sheet.quotes.find((x: { text: string }) => x.text.startsWith(start));
          assert.ok(q, `no row for "${start}"`);
          assert.match(q.speakerAsWritten ?? '(none)', who, `speaker of "${start}"`);
          assert.equal(typeof q.speaker, 'string');
          // The words as written are at the place the draft has them, on the quotation's line or near it.
          assert.ok(draft.includes(q.speakerAsWritten));
        }
      });
    }

    it('with --corpus, gives each quotation its resolved speaker and status', () => {
      const draft = read(DIRTY);
      const r = verbatim('quotes', DIRTY, '--corpus', CORPUS, '--format', 'json');
      assert.equal(r.status, 0, r.stderr);
      const { quotes } = JSON.parse(r.stdout) as {
        quotes: {
          text: string;
          range: Rng;
          speakerAsWritten?: string;
          speaker?: string;
          status?: string;
          source?: string;
        }[];
      };
      assert.deepEqual(
        quotes.map((q) => q.text),
        quotations(draft),
      );
      for (const q of quotes) {
        assert.equal(slice(draft, q.range), q.text);
        assert.ok(
          ['verified', 'misattributed', 'altered', 'unverified', 'not checked'].includes(q.status!),
          `status ${q.status}`,
        );
      }
      const row = (start: string) => {
        const q = quotes.find((x) => x.text.startsWith(start));
        assert.ok(q, `no row for "${start}"`);
        return q;
      };
      assert.deepEqual(
        [row('This budget proves').status, row('This budget proves').speaker],
        ['verified', 'Priya Nair'],
      );
      assert.match(row('This budget proves').source ?? '', /^examples\/sources\/2026-03-10-council-meeting\.md:20$/);
      assert.deepEqual(
        [row('Riders will pay').speakerAsWritten, row('Riders will pay').status],
        ['Ruiz', 'misattributed'],
      );
      assert.equal(row('Riders will pay').speaker, 'Elena Ruiz');
      assert.equal(row('every neighborhood').status, 'altered');
      assert.equal(row('We will hire').status, 'unverified');
      assert.equal(row('We will hire').speakerAsWritten, 'García Márquez');
      assert.equal(row('We will hire').speaker, 'Tomás García Márquez');

      const clean = JSON.parse(verbatim('quotes', CLEAN, '--corpus', CORPUS, '--format', 'json').stdout);
      assert.ok(
        clean.quotes.length === 4 && clean.quotes.every((q: { status: string }) => q.status === 'verified'),
        JSON.stringify(clean.quotes),
      );
      assert.equal(clean.quotes[1].speakerAsWritten, 'he');
      assert.equal(clean.quotes[1].speaker, 'Daniel Okafor');
    });

    it('prints a readable sheet by default', () => {
      const r = verbatim('quotes', DIRTY, '--corpus', CORPUS);
      assert.equal(r.status, 0);
      assert.match(r.stdout, new RegExp(`^${quotations(read(DIRTY)).length} quotations in ${DIRTY}\n`));
      assert.match(r.stdout, /speaker: Ruiz → Elena Ruiz {4}status: misattributed/);
    });
  });

  describe('--format sarif', () => {
    let validate: ReturnType<typeof sarifValidator>;
    before(() => {
      validate = sarifValidator();
    });
    const isValid = (d: unknown): boolean => !!validate(d);
    const sarif = (...files: string[]) => {
      const r = verbatim('check', '--corpus', CORPUS, '--format', 'sarif', ...files);
      assert.ok(r.status === 0 || r.status === 1, r.stderr);
      return JSON.parse(r.stdout);
    };

    it('validates against the SARIF 2.1.0 schema', () => {
      for (const doc of [sarif(DIRTY), sarif(CLEAN), sarif(DIRTY, CLEAN)]) {
        const ok = isValid(doc);
        assert.ok(ok, JSON.stringify(validate.errors, null, 1));
        assert.equal(doc.version, '2.1.0');
      }
    });

    it('the schema check rejects broken documents (the validator can fail)', () => {
      const doc = sarif(DIRTY);
      assert.ok(isValid(doc));
      const broken = structuredClone(doc);
      broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
      broken.runs[0].results[0].level = 'fatal';
      assert.equal(isValid(broken), false);
      const where = validate.errors!.map((e) => e.instancePath).sort();
      assert.deepEqual(where, [
        '/runs/0/results/0/level',
        '/runs/0/results/0/locations/0/physicalLocation/region/startLine',
      ]);
      const noVersion = structuredClone(doc);
      delete noVersion.version;
      assert.equal(isValid(noVersion), false);
      const badUri = structuredClone(doc);
      badUri.runs[0].tool.driver.informationUri = 'not a uri';
      assert.equal(isValid(badUri), false);
      const extra = structuredClone(doc);
      extra.runs[0].results[0].locations[0].physicalLocation.region.line = 3;
      assert.equal(isValid(extra), false, 'additional properties are rejected');
    });

    it('gives the JSON findings as results with 1-based regions and rule indexes', () => {
      const doc = sarif(DIRTY);
      const { findings } = json(DIRTY);
      const run = doc.runs[0];
      assert.equal(run.columnKind, 'utf16CodeUnits');
      const rules = run.tool.driver.rules as { id: string; helpUri: string }[];
      assert.deepEqual(
        rules.map((r) => r.id),
        CODES,
      );
      assert.equal(run.results.length, findings.length);
      run.results.forEach((res: any, i: number) => {
        const f = findings[i];
        assert.equal(res.ruleId, f.code);
        assert.equal(rules[res.ruleIndex].id, res.ruleId);
        assert.equal(res.message.text, f.message);
        assert.equal(res.level, f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'note');
        const loc = res.locations[0].physicalLocation;
        assert.equal(loc.artifactLocation.uri, DIRTY);
        assert.deepEqual(loc.region, {
          startLine: f.range.start.line + 1,
          startColumn: f.range.start.character + 1,
          endLine: f.range.end.line + 1,
          endColumn: f.range.end.character + 1,
        });
        if (f.citation) {
          const rel = res.relatedLocations[0].physicalLocation;
          assert.equal(rel.artifactLocation.uri, f.citation.file);
          assert.equal(rel.region.startLine, f.citation.range.start.line + 1);
          assert.equal(rel.region.startColumn, f.citation.range.start.character + 1);
          assert.equal(rel.region.snippet.text, f.citation.text);
        }
        assert.equal(res.fixes?.length ?? 0, f.fixes.length);
        f.fixes.forEach((x, k) => {
          const rep = res.fixes[k].artifactChanges[0].replacements[0];
          assert.equal(rep.deletedRegion.startLine, x.edits[0].range.start.line + 1);
          assert.equal(rep.deletedRegion.startColumn, x.edits[0].range.start.character + 1);
          assert.equal(rep.insertedContent.text, x.edits[0].newText);
        });
      });
      // The misattributed quotation is on line 9, column 49 of the draft as an editor counts.
      const mis = run.results.find((r: any) => r.ruleId === 'quote.misattributed');
      assert.deepEqual(
        [mis.locations[0].physicalLocation.region.startLine, mis.locations[0].physicalLocation.region.startColumn],
        [9, 49],
      );
    });
  });
});
