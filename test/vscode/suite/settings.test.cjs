// Settings take effect without a reload. The changes go to the test profile's
// user settings (ConfigurationTarget.Global): a Workspace target would write
// examples/.vscode/settings.json. Every change is undone in after hooks.
const assert = require('node:assert/strict');
const path = require('node:path');
const vscode = require('vscode');
const h = require('../fixtures/helpers.cjs');

describe('Verbatim settings', function () {
  this.timeout(30000);
  const uri = vscode.Uri.file(path.join(h.drafts, 'council-budget.md'));
  const all = h.expectedCodes(h.COUNCIL_BUDGET_FINDINGS);
  const config = () => vscode.workspace.getConfiguration('verbatim');
  const touched = new Set();
  const set = async (key, value) => {
    touched.add(key);
    await config().update(key, value, vscode.ConfigurationTarget.Global);
  };

  before(async () => {
    await h.activate();
    await h.open(uri.fsPath);
    await h.waitForDiagnostics(uri, (ds) => h.codes(ds) === all, 'all the findings');
  });
  after(async () => {
    for (const key of touched) await config().update(key, undefined, vscode.ConfigurationTarget.Global);
    await h.closeAll();
  });

  it('severity {"quote.unverified": "off"} removes quote.unverified, and it comes back when reset', async () => {
    await set('severity', { 'quote.unverified': 'off' });
    assert.deepEqual(config().get('severity'), { 'quote.unverified': 'off' });
    const without = await h.waitForDiagnostics(
      uri,
      (ds) => !ds.some((d) => h.codeOf(d) === 'quote.unverified') && ds.length > 0,
      'quote.unverified to go',
    );
    assert.equal(h.codes(without), all.replace(' quote.unverified', ''));
    await set('severity', undefined);
    await h.waitForDiagnostics(uri, (ds) => h.codes(ds) === all, 'quote.unverified to come back');
  });

  it("severity levels change the diagnostics' severity", async () => {
    await set('severity', { 'quote.unverified': 'information', 'fact.name': 'hint', 'fact.date': 'warning' });
    const ds = await h.waitForDiagnostics(
      uri,
      (xs) =>
        xs.some((d) => h.codeOf(d) === 'quote.unverified' && d.severity === vscode.DiagnosticSeverity.Information),
      'quote.unverified as information',
    );
    const sev = (code) => h.severityName(ds.find((d) => h.codeOf(d) === code));
    assert.deepEqual(
      [sev('quote.unverified'), sev('fact.name'), sev('fact.date'), sev('fact.title')],
      ['Information', 'Hint', 'Warning', 'Error'],
    );
    await set('severity', undefined);
    await h.waitForDiagnostics(
      uri,
      (xs) => xs.some((d) => h.codeOf(d) === 'fact.name' && d.severity === vscode.DiagnosticSeverity.Error),
      'the default severities back',
    );
  });

  it('reportUnverified: false removes quote.unverified', async () => {
    await set('reportUnverified', false);
    await h.waitForDiagnostics(
      uri,
      (ds) => ds.length > 0 && !ds.some((d) => h.codeOf(d) === 'quote.unverified'),
      'quote.unverified to go',
    );
    await set('reportUnverified', undefined);
    await h.waitForDiagnostics(uri, (ds) => h.codes(ds) === all, 'quote.unverified to come back');
  });
});
