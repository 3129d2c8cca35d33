// What the CLI says besides findings: corpus.* problems and a draft's own notes (an invalid
// front-matter date, a part not read), in every format; and file names that cannot forge lines.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildOnce, sarifSchemaValidator, verbatim } from './run';

describe('verbatim CLI: problems and notes in every format', function () {
  this.timeout(60_000);
  let dir: string, corpus: string, draft: string;
  before(() => buildOnce());
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'verbatim-problems-'));
    corpus = join(dir, 'sources');
    mkdirSync(corpus);
    writeFileSync(
      join(corpus, 'good.md'),
      '---\nkind: statement\nspeaker: Anna Holm\n---\nThe ferry leaves at nine every morning.\n',
    );
    writeFileSync(join(corpus, 'broken.md'), '---\ntitle: [unclosed\n---\nThe quay is closed.\n');
    draft = join(dir, 'story.md');
    writeFileSync(draft, '---\ndate: 2026-02-31\n---\n"The ferry leaves at nine every morning," Anna Holm said.\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("text: corpus problems and the draft's note on stderr, one line each", () => {
    const r = verbatim('check', '--corpus', corpus, draft);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /broken\.md:1: warning corpus\.frontmatter /);
    assert.match(r.stderr, /story\.md: warning draft\.note Front matter: date "2026-02-31" is not a calendar date/);
  });

  it('json: a problems list beside the findings', () => {
    const out = JSON.parse(verbatim('check', '--corpus', corpus, '--format', 'json', draft).stdout);
    assert.ok(Array.isArray(out.findings));
    const codes = out.problems.map((p: { code: string }) => p.code);
    assert.ok(codes.includes('corpus.frontmatter') && codes.includes('draft.note'), JSON.stringify(out.problems));
    for (const p of out.problems)
      assert.ok(
        typeof p.file === 'string' &&
          typeof p.message === 'string' &&
          ['error', 'warning', 'information'].includes(p.severity),
      );
  });

  it('sarif: tool execution notifications, valid against the SARIF 2.1.0 schema', async () => {
    const validate = await sarifSchemaValidator();
    const doc = JSON.parse(verbatim('check', '--corpus', corpus, '--format', 'sarif', draft).stdout);
    assert.ok(validate(doc));
    const notes = doc.runs[0].invocations[0].toolExecutionNotifications;
    assert.ok(
      notes.some(
        (n: { descriptor: { id: string }; locations: { physicalLocation: { region?: { startLine: number } } }[] }) =>
          n.descriptor.id === 'corpus.frontmatter' && n.locations[0].physicalLocation.region?.startLine === 1,
      ),
    );
    assert.ok(notes.some((n: { descriptor: { id: string } }) => n.descriptor.id === 'draft.note'));
  });

  it('a file name holding a line break cannot forge a finding line (text output)', function () {
    if (process.platform === 'win32') this.skip();
    const forged = join(dir, 'x.md\nforged.md:1:1 error quote.misattributed forged');
    writeFileSync(forged, '"Words nobody ever said in any source at all," Anna Holm said.\n');
    writeFileSync(join(corpus, 'bad\nname.md'), '---\ntitle: [unclosed\n---\nText.\n');
    const r = verbatim('check', '--corpus', corpus, forged);
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    for (const line of (r.stdout + r.stderr).split('\n'))
      assert.ok(!/^forged\.md:1:1 error/.test(line), `forged line: ${line}`);
    assert.match(r.stdout, /x\.md\\nforged/);
    assert.match(r.stderr, /bad\\nname\.md/);
  });
});
