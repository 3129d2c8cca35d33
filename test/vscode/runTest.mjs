// Runs test/vscode/suite in a VS Code extension host with @vscode/test-electron.
// By default VS Code is our launcher (scripts/vscode/code-launcher), which runs
// the suite in code-server + headless Chromium, as this machine cannot download
// VS Code (run scripts/vscode/install.sh first). To use a real desktop VS Code:
//   VSCODE_PATH=/path/to/code node test/vscode/runTest.mjs    (that executable)
//   node test/vscode/runTest.mjs --download                   (runTests downloads one)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const download = process.argv.includes('--download');
const vscodeExecutablePath = download
  ? undefined
  : process.env.VSCODE_PATH || path.join(repo, 'scripts/vscode/code-launcher');

// A fresh profile per run, so no state leaks between runs.
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-vscode-profile-'));
try {
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: repo,
    extensionTestsPath: path.join(repo, 'test/vscode/suite/index.cjs'),
    extensionTestsEnv: { VERBATIM_VSCODE_TEST: '1' },
    launchArgs: [
      path.join(repo, 'examples'),
      '--disable-extensions',
      `--user-data-dir=${path.join(profile, 'user-data')}`,
      `--extensions-dir=${path.join(profile, 'extensions')}`,
    ],
  });
} catch (err) {
  console.error(`VS Code integration tests failed: ${err.message}`);
  process.exitCode = 1;
} finally {
  fs.rmSync(profile, { recursive: true, force: true });
}
