// Entry point that VS Code's extension host loads (--extensionTestsPath):
// runs every test/vscode/suite/*.test.cjs with mocha and resolves when done.
// A rejected promise makes VS Code (or code-server) exit non-zero.
const fs = require('node:fs');
const path = require('node:path');
const mochaModule = require('mocha'); // mocha 12 is ESM; interop for require(esm)
const Mocha = mochaModule.default ?? mochaModule.Mocha ?? mochaModule;

exports.run = function run() {
  // The report goes through console.log, which VS Code forwards out of the
  // extension host (the launcher prints it); no colours in logs.
  const mocha = new Mocha({ ui: 'bdd', color: false, reporter: 'spec', timeout: 20000 });
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.cjs'))
    .sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) =>
        failures > 0 ? reject(new Error(`${failures} VS Code integration test(s) failed`)) : resolve(),
      );
    } catch (err) {
      reject(err);
    }
  });
};
