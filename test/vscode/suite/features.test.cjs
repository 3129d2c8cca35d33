// Hover, Go to Definition and quick fixes through the vscode API. Hover and
// definition read examples/drafts/council-budget.md (opened, never edited);
// quick fixes edit a scratch copy of the draft in a temp folder with its own
// `sources` copy beside it (the server's fallback corpus lookup).
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const h = require('../fixtures/helpers.cjs');

const budgetPath = path.join(h.drafts, 'council-budget.md');
const hoverAt = (uri, line, character) =>
  vscode.commands.executeCommand('vscode.executeHoverProvider', uri, new vscode.Position(line, character));
const targetOf = (l) =>
  'targetUri' in l
    ? { uri: l.targetUri, range: l.targetSelectionRange ?? l.targetRange }
    : { uri: l.uri, range: l.range };

describe('Verbatim hover and Go to Definition', function () {
  this.timeout(30000);
  const uri = vscode.Uri.file(budgetPath);

  before(async () => {
    await h.activate();
    await h.open(budgetPath);
    await h.waitForDiagnostics(uri, (ds) => ds.length === h.COUNCIL_BUDGET_FINDINGS.length, 'the findings');
  });
  after(() => h.closeAll());

  it("hover on a misattributed quotation cites the real speaker and the source's words", async () => {
    const hovers = await hoverAt(uri, 8, 60);
    const text = h.unescape(h.hoverText(hovers));
    assert.ok(hovers?.length, 'no hover');
    assert.match(text, /quote\.misattributed/);
    assert.match(text, /\*\*Daniel Okafor\*\*, council member, Riverton City Council/);
    assert.match(text, /> Riders will pay for this in longer waits\./);
    assert.match(text, /2026-03-10/);
    assert.match(text, /2026-03-10-council-meeting\.md:22/);
    // The hover's range is the quotation.
    const range = hovers.find((x) => x.range)?.range;
    assert.ok(range, 'the hover has no range');
    assert.deepEqual([range.start.line, range.start.character, range.end.character], [8, 48, 89]);
  });

  it('hover on an altered quotation marks the differences and quotes the source', async () => {
    const text = h.unescape(h.hoverText(await hoverAt(uri, 10, 70)));
    assert.match(text, /quote\.altered/);
    assert.match(text, /\*\*Elena Ruiz\*\*, mayor, City of Riverton/);
    assert.match(text, /> Every neighborhood deserves a fire engine within four minutes\./);
    assert.match(text, /~~five~~ \*\*four\*\*/);
  });

  it('hover away from any quotation or fact shows nothing of ours', async () => {
    const text = h.hoverText(await hoverAt(uri, 2, 3)); // front matter "date: 2026-03-12"
    assert.doesNotMatch(text, /quote\.|fact\.|✓/);
  });

  it('Go to Definition on a quotation lands on the source statement', async () => {
    const locations = await vscode.commands.executeCommand(
      'vscode.executeDefinitionProvider',
      uri,
      new vscode.Position(8, 60),
    );
    assert.equal(locations?.length, 1, `definitions: ${JSON.stringify(locations)}`);
    const t = targetOf(locations[0]);
    assert.equal(t.uri.fsPath, path.join(h.sources, '2026-03-10-council-meeting.md'));
    assert.deepEqual(
      [t.range.start.line, t.range.start.character, t.range.end.line, t.range.end.character],
      [21, 87, 21, 128],
    );
    const source = await vscode.workspace.openTextDocument(t.uri);
    assert.equal(source.getText(t.range), 'Riders will pay for this in longer waits.');
  });

  it('Go to Definition on a JSONL statement and on people.yaml', async () => {
    const [quote] = await vscode.commands.executeCommand(
      'vscode.executeDefinitionProvider',
      uri,
      new vscode.Position(12, 10),
    );
    assert.ok(quote, 'no definition for the Okafor quotation');
    assert.equal(targetOf(quote).uri.fsPath, path.join(h.sources, 'statements.jsonl'));
    assert.equal(targetOf(quote).range.start.line, 0);
    const [title] = await vscode.commands.executeCommand(
      'vscode.executeDefinitionProvider',
      uri,
      new vscode.Position(18, 18),
    );
    assert.ok(title, 'no definition for the title "treasurer"');
    assert.equal(targetOf(title).uri.fsPath, path.join(h.sources, 'people.yaml'));
    assert.equal(targetOf(title).range.start.line, 11);
  });
});

describe('Verbatim quick fixes (on a scratch copy of the draft)', function () {
  this.timeout(30000);
  let scratch, uri, doc;

  before(async () => {
    await h.activate();
    scratch = h.scratchCopy();
    uri = vscode.Uri.file(scratch.draft('council-budget.md'));
    doc = await h.open(uri.fsPath);
    await h.waitForDiagnostics(
      uri,
      (ds) => h.codes(ds) === h.expectedCodes(h.COUNCIL_BUDGET_FINDINGS),
      `the findings of the scratch copy (corpus: ${scratch.sources}, found through the "sources beside the draft" ` +
        `fallback)`,
    );
  });
  after(async () => {
    await h.closeAll();
    scratch?.remove();
  });

  /** The quick fixes the server offers for the diagnostic `code` on `line`. */
  async function fixesFor(code, line) {
    const d = await h
      .waitForDiagnostics(
        uri,
        (ds) => ds.some((x) => h.codeOf(x) === code && x.range.start.line === line),
        `${code} on line ${line}`,
      )
      .then((ds) => ds.find((x) => h.codeOf(x) === code && x.range.start.line === line));
    const actions = await vscode.commands.executeCommand(
      'vscode.executeCodeActionProvider',
      uri,
      d.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    return {
      diagnostic: d,
      actions: (actions ?? []).filter((a) => a.kind && vscode.CodeActionKind.QuickFix.contains(a.kind)),
    };
  }

  async function apply(action) {
    assert.ok(action, 'no such quick fix');
    assert.ok(action.edit, `"${action.title}" has no edit`);
    assert.equal(await vscode.workspace.applyEdit(action.edit), true, `applying "${action.title}" failed`);
  }

  it('offers fixes and silencers for a finding, tied to its diagnostic', async () => {
    const { diagnostic, actions } = await fixesFor('quote.misattributed', 8);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Attribute to Daniel Okafor'), `titles: ${titles.join(' | ')}`);
    assert.ok(titles.includes('Ignore quote.misattributed on this line'), `titles: ${titles.join(' | ')}`);
    const fix = actions.find((a) => a.title === 'Attribute to Daniel Okafor');
    assert.equal(fix.isPreferred, true);
    // (fix.diagnostics is not checked: vscode.executeCodeActionProvider does not carry a code action's diagnostics
    // over.)
    assert.ok(
      diagnostic.range.contains(fix.edit.get(uri)[0].range) ||
        fix.edit.get(uri)[0].range.start.line === diagnostic.range.start.line,
    );
    // Edits touch only the draft.
    assert.deepEqual(
      fix.edit.entries().map(([u]) => u.toString()),
      [uri.toString()],
    );
  });

  it('"Attribute to Daniel Okafor" renames the speaker and the finding goes away', async () => {
    const { actions } = await fixesFor('quote.misattributed', 8);
    await apply(actions.find((a) => a.title === 'Attribute to Daniel Okafor'));
    assert.equal(
      doc.lineAt(8).text,
      'Council member Daniel Okafor voted against it. "Riders will pay for this in longer waits," Okafor said.',
    );
    await h.waitForDiagnostics(
      uri,
      (ds) => !ds.some((d) => h.codeOf(d) === 'quote.misattributed'),
      'quote.misattributed to go away',
    );
  });

  it('"Restore the source\'s words" fixes an altered quotation and the finding goes away', async () => {
    const { actions } = await fixesFor('quote.altered', 10);
    await apply(actions.find((a) => a.title.startsWith("Restore the source's words")));
    assert.equal(
      doc.lineAt(10).text,
      'Mayor Elena Ruiz, who had urged approval, said "every neighborhood deserves a fire engine within four minutes."',
    );
    await h.waitForDiagnostics(
      uri,
      (ds) => !ds.some((d) => h.codeOf(d) === 'quote.altered' && d.range.start.line === 10),
      'quote.altered on line 10 to go away',
    );
  });

  it('fact fixes: number, weekday, name and title', async () => {
    for (const [code, line, title] of [
      ['fact.number', 4, /^Change to 412$/],
      ['fact.date', 4, /^Change to Tuesday$/],
      ['fact.name', 14, /^Spell it Tomás García Márquez$/],
      ['fact.title', 18, /^Change to "president"$/],
    ]) {
      const { actions } = await fixesFor(code, line);
      await apply(actions.find((a) => title.test(a.title)));
      await h.waitForDiagnostics(uri, (ds) => !ds.some((d) => h.codeOf(d) === code), `${code} to go away`);
    }
    assert.equal(
      doc.lineAt(4).text,
      'The Riverton City Council on Tuesday approved a $412 million general fund budget that adds 38 new ' +
        'firefighter positions, after a 7-2 vote.',
    );
    assert.equal(
      doc.lineAt(14).text,
      'Fire Chief Tomás García Márquez said the extra staff would let the department run Engine 9 "around the clock."',
    );
    assert.equal(
      doc.lineAt(18).text,
      'Sunil Nair, the president of the firefighters union, called the new positions "a start, not a finish."',
    );
  });

  it('"Ignore … on this line" writes an ignore comment that silences the finding', async () => {
    const { actions } = await fixesFor('quote.unverified', 16);
    await apply(actions.find((a) => a.title === 'Ignore quote.unverified on this line'));
    assert.equal(doc.lineAt(16).text, '<!-- verbatim-ignore-next-line quote.unverified -->');
    assert.match(doc.lineAt(17).text, /^"We will hire the first class of recruits by June,"/);
    await h.waitForDiagnostics(
      uri,
      (ds) => !ds.some((d) => h.codeOf(d) === 'quote.unverified'),
      'quote.unverified to go away',
    );
  });

  it('leaves one finding (the other altered quotation), and the example draft untouched', async () => {
    const left = await h.waitForDiagnostics(
      uri,
      (ds) => h.codes(ds) === 'quote.altered',
      'only quote.altered (line 12) left',
    );
    assert.equal(left[0].range.start.line, 12);
    await doc.save();
    assert.notEqual(fs.readFileSync(uri.fsPath, 'utf8'), fs.readFileSync(budgetPath, 'utf8'));
    assert.match(fs.readFileSync(budgetPath, 'utf8'), /"Riders will pay for this in longer waits," Ruiz said\./);
  });
});
