#!/usr/bin/env node
// Entry point of the `verbatim` command; the CLI itself is bundled in dist/cli.cjs by `npm run build`.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const cli = join(__dirname, '..', 'dist', 'cli.cjs');
if (!existsSync(cli)) {
  console.error('verbatim: not built yet; run `npm install && npm run build` in ' + join(__dirname, '..'));
  process.exit(2);
}
require(cli);
