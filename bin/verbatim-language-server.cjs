#!/usr/bin/env node
// The Verbatim language server on its own, for any LSP client: verbatim-language-server --stdio
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const server = join(__dirname, '..', 'dist', 'server.cjs');
if (!existsSync(server)) {
  console.error(
    'verbatim-language-server: not built yet; run `npm install && npm run ' + 'build` in ' + join(__dirname, '..'),
  );
  process.exit(2);
}
if (
  !process.argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))
)
  process.argv.push('--stdio');
require(server);
