// Smoke test, run inside a real VS Code extension host: the vscode API is
// there, the examples/ workspace is open, and our extension is loaded.
const assert = require('node:assert/strict');
const path = require('node:path');
const vscode = require('vscode');

const repo = path.resolve(__dirname, '../../..');

describe('VS Code smoke', () => {
  it('runs inside VS Code', () => {
    assert.equal(typeof vscode.version, 'string');
    assert.match(vscode.version, /^\d+\.\d+\.\d+/);
    console.log(`    (VS Code ${vscode.version}, ${vscode.env.appName}, Node ${process.version})`);
  });

  it('opened the examples/ workspace folder', () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.deepEqual(
      folders.map((f) => f.uri.fsPath),
      [path.join(repo, 'examples')],
    );
  });

  it('receives the environment runTest.mjs sets', () => {
    assert.equal(process.env.VERBATIM_VSCODE_TEST, '1');
  });

  it('has the Verbatim extension under development', () => {
    const ext = vscode.extensions.getExtension('verbatim.verbatim');
    assert.ok(ext, `verbatim.verbatim missing from ${vscode.extensions.all.map((e) => e.id).join(', ')}`);
    assert.ok(vscode.extensions.all.some((e) => e.id === ext.id));
    assert.equal(ext.extensionUri.fsPath, repo);
    assert.equal(ext.packageJSON.publisher, 'verbatim');
  });
});
