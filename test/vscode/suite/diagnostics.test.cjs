// Diagnostics on the example drafts, as the extension host sees them: the
// extension activates, the findings on examples/drafts/council-budget.md have
// the codes, ranges, severities and source the CLI reports, and the clean draft
// has none. The example files are only opened, never edited.
const assert = require('node:assert/strict');
const path = require('node:path');
const vscode = require('vscode');
const h = require('../fixtures/helpers.cjs');

describe('Verbatim diagnostics on the example drafts', function () {
  this.timeout(30000);
  const budget = vscode.Uri.file(path.join(h.drafts, 'council-budget.md'));
  const clean = vscode.Uri.file(path.join(h.drafts, 'clean-story.md'));

  after(() => h.closeAll());

  it('activates the extension', async () => {
    const ext = await h.activate();
    assert.equal(ext.id, 'verbatim.verbatim');
  });

  it('reports every finding of council-budget.md with its code, range, severity and source', async () => {
    const doc = await h.open(budget.fsPath);
    assert.equal(doc.languageId, 'markdown');
    const want = h.COUNCIL_BUDGET_FINDINGS;
    const got = await h.waitForDiagnostics(
      budget,
      (ds) => h.codes(ds) === h.expectedCodes(want),
      `the ${want.length} findings (${h.expectedCodes(want)})`,
    );
    const sorted = [...got].sort((a, b) => a.range.start.compareTo(b.range.start));
    assert.equal(sorted.length, want.length);
    sorted.forEach((d, i) => {
      const w = want[i];
      const where = `${w.code} #${i} (${h.describe([d])})`;
      assert.equal(h.codeOf(d), w.code, where);
      assert.equal(d.source, 'verbatim', where);
      assert.deepEqual(
        [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character],
        [w.line, w.start, w.line, w.end],
        `${where}: range`,
      );
      assert.equal(doc.getText(d.range), w.text, `${where}: covered text`);
      assert.equal(h.severityName(d), w.severity, `${where}: severity`);
      assert.ok(d.message.length > 10, `${where}: message "${d.message}"`);
      // The code links to its section of the README.
      assert.equal(typeof d.code, 'object', `${where}: code without a link`);
      assert.match(String(d.code.target), /^https?:/, `${where}: code link`);
    });
    // Messages and citations of a few findings.
    const by = (code, line) => sorted.find((d) => h.codeOf(d) === code && d.range.start.line === line);
    assert.match(by('quote.misattributed', 8).message, /Daniel Okafor.*not by Elena Ruiz/);
    assert.match(by('quote.altered', 10).message, /"four" became "five"/);
    assert.match(by('fact.name', 14).message, /Tomás García Márquez/);
    const related = by('quote.misattributed', 8).relatedInformation ?? [];
    assert.equal(related.length, 1, 'the misattributed quotation cites its source');
    assert.equal(related[0].location.uri.fsPath, path.join(h.sources, '2026-03-10-council-meeting.md'));
    assert.equal(related[0].location.range.start.line, 21);
  });

  it('reports nothing on clean-story.md (which it does check)', async () => {
    await h.open(budget.fsPath); // the server is up and the corpus loaded
    await h.waitForDiagnostics(budget, (ds) => ds.length > 0, 'findings');
    const doc = await h.open(clean.fsPath);
    // The server treats it as a draft: a quotation in it has a confirmation hover.
    const quote = doc.lineAt(6).text.indexOf('This budget proves');
    const hovers = await h.waitFor(
      () => vscode.commands.executeCommand('vscode.executeHoverProvider', clean, new vscode.Position(6, quote + 5)),
      (hs) => h.hoverText(hs).includes('Priya Nair'),
      { what: 'a hover on the verified quotation of clean-story.md', show: h.hoverText },
    );
    assert.match(h.hoverText(hovers), /✓/);
    // ... and publishes no finding for it, now or a little later.
    for (let t = 0; t < 15; t++) {
      assert.deepEqual(h.verbatimDiagnostics(clean).map(h.codeOf), [], 'clean-story.md has findings');
      await h.sleep(100);
    }
  });
});
