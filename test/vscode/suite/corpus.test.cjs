// Editing a source file re-checks the open drafts. Edits are made on disk
// (fs.writeFileSync, as another program would) to a scratch copy of the
// example corpus in a temp folder; examples/ is never written.
//
// The workspace folder is examples/ itself, so every writable corpus here lies
// OUTSIDE the workspace folders: the server asks the client to watch such
// folders with a relative pattern (or watches them itself). The "Rebuild the
// corpus index" command is tested too.
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const h = require('../fixtures/helpers.cjs');

// García Márquez's quotation on line 16 of the draft, which no source holds.
const STATEMENT = JSON.stringify({
  speaker: 'Tomás García Márquez',
  role: 'fire chief',
  organization: 'Riverton Fire Department',
  date: '2026-03-11',
  source: 'phone call',
  text: 'We will hire the first class of recruits by June.',
});
const unverified = (ds) => ds.some((d) => h.codeOf(d) === 'quote.unverified' && d.range.start.line === 16);
const all = h.expectedCodes(h.COUNCIL_BUDGET_FINDINGS);

/**
 * Adds the statement to <sources>/statements.jsonl, runs `afterWrite`, waits for
 * quote.unverified to go; restores the file, runs `afterWrite`, waits for it to
 * come back. The file is restored whatever happens.
 *
 * With `retouch`, the file is written again (same content) every 2 s while
 * waiting: VS Code can take several seconds to start watching a folder outside
 * the workspace, and a write before that is not reported.
 */
async function addAndRemoveStatement(sources, uri, { afterWrite = async () => {}, retouch = false } = {}) {
  const jsonl = path.join(sources, 'statements.jsonl');
  const original = fs.readFileSync(jsonl, 'utf8');
  const write = async (text, done, what) => {
    fs.writeFileSync(jsonl, text);
    await afterWrite();
    const started = Date.now();
    let last = started;
    const ds = await h.waitFor(
      () => {
        if (retouch && Date.now() - last > 2000) {
          fs.writeFileSync(jsonl, text);
          last = Date.now();
        }
        return h.verbatimDiagnostics(uri);
      },
      done,
      { timeout: 15000, what: `${what} on ${path.basename(uri.fsPath)}`, show: h.describe },
    );
    if (retouch) console.log(`      (${what}: ${Date.now() - started} ms)`);
    return ds;
  };
  try {
    const ds = await write(
      `${original.trimEnd()}\n${STATEMENT}\n`,
      (xs) => xs.length > 0 && !unverified(xs),
      `quote.unverified to go after adding the statement to ${jsonl}`,
    );
    assert.equal(ds.length, h.COUNCIL_BUDGET_FINDINGS.length - 1);
  } finally {
    fs.writeFileSync(jsonl, original);
  }
  await write(original, (xs) => h.codes(xs) === all, `quote.unverified to come back after restoring ${jsonl}`);
}

describe('Verbatim and a corpus beside a draft outside the workspace (sources fallback)', function () {
  this.timeout(30000);
  let scratch, uri;

  before(async () => {
    await h.activate();
    scratch = h.scratchCopy();
    uri = vscode.Uri.file(scratch.draft('council-budget.md'));
    await h.open(uri.fsPath);
    await h.waitForDiagnostics(
      uri,
      (ds) => h.codes(ds) === all,
      `the findings of ${uri.fsPath} (its corpus ${scratch.sources} found through the "sources beside the draft" ` +
        `fallback)`,
    );
  });
  after(async () => {
    await h.closeAll();
    scratch?.remove();
  });

  it('"Rebuild the corpus index" picks up a source changed on disk', async () => {
    await addAndRemoveStatement(scratch.sources, uri, {
      afterWrite: () => vscode.commands.executeCommand('verbatim.rebuildIndex'),
    });
  });

  it('a source changed on disk re-checks the open draft', async () => {
    await addAndRemoveStatement(scratch.sources, uri, { retouch: true });
  });
});

describe('Verbatim and verbatim.corpus set to an absolute folder outside the workspace', function () {
  this.timeout(30000);
  let scratch;
  const uri = vscode.Uri.file(path.join(h.drafts, 'council-budget.md'));
  const config = () => vscode.workspace.getConfiguration('verbatim');

  before(async () => {
    await h.activate();
    scratch = h.scratchCopy();
    await h.open(uri.fsPath);
    await h.waitForDiagnostics(uri, (ds) => h.codes(ds) === all, 'the findings');
    // User settings of the test profile (a Workspace target would write examples/.vscode/settings.json).
    await config().update('corpus', scratch.sources, vscode.ConfigurationTarget.Global);
    // The draft is checked against the scratch corpus: the same findings, citing the scratch files.
    await h.waitFor(
      () => vscode.commands.executeCommand('vscode.executeDefinitionProvider', uri, new vscode.Position(8, 60)),
      (ls) => ls?.[0] && (ls[0].uri ?? ls[0].targetUri).fsPath.startsWith(scratch.sources + path.sep),
      {
        what: `Go to Definition to land in ${scratch.sources}`,
        show: (ls) => JSON.stringify((ls ?? []).map((l) => (l.uri ?? l.targetUri).fsPath)),
      },
    );
    await h.waitForDiagnostics(uri, (ds) => h.codes(ds) === all, 'the findings against the scratch corpus');
  });
  after(async () => {
    await config().update('corpus', undefined, vscode.ConfigurationTarget.Global);
    await h.closeAll();
    scratch?.remove();
  });

  it('"Rebuild the corpus index" picks up a source changed on disk', async () => {
    await addAndRemoveStatement(scratch.sources, uri, {
      afterWrite: () => vscode.commands.executeCommand('verbatim.rebuildIndex'),
    });
  });

  it('a source changed on disk re-checks the open draft', async () => {
    await addAndRemoveStatement(scratch.sources, uri, { retouch: true });
  });
});
