// Runs test/neovim/check.lua in a headless Neovim (Debian's neovim, from
// scripts/neovim/install.sh) against the built language server, and exits with
// its exit code. Neovim's own files (lsp.log, shada, swap) go to a temp folder
// (XDG_*), removed afterwards; its lsp.log is shown when the check fails.
//   node test/neovim/run.mjs     (after npm run build; npm run test:neovim does both)
// Environment: VERBATIM_NVIM (the nvim executable), VERBATIM_NVIM_TIMEOUT_MS
// (each wait inside the check, default 20000), VERBATIM_NVIM_LSP_LOG (a
// vim.lsp log level, default warn).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const nvim = process.env.VERBATIM_NVIM || 'nvim';
const OVERALL_S = 90;

const version = spawnSync(nvim, ['--version'], { encoding: 'utf8' });
if (version.status !== 0) {
  console.error(
    `test/neovim/run.mjs: cannot run ${nvim} (${version.error?.message ?? version.stderr}): run ` +
      `scripts/neovim/install.sh`,
  );
  process.exit(1);
}
if (!fs.existsSync(path.join(repo, 'dist/server.cjs'))) {
  console.error('test/neovim/run.mjs: dist/server.cjs is missing: run npm run build');
  process.exit(1);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-neovim-'));
const xdg = Object.fromEntries(
  ['CONFIG', 'DATA', 'STATE', 'CACHE', 'RUNTIME'].map((k) => [`XDG_${k}_HOME`, path.join(tmp, k.toLowerCase())]),
);
for (const d of Object.values(xdg)) fs.mkdirSync(d, { recursive: true, mode: 0o700 });
xdg.XDG_RUNTIME_DIR = xdg.XDG_RUNTIME_HOME;
delete xdg.XDG_RUNTIME_HOME;

const started = Date.now();
console.log(`${version.stdout.split('\n')[0]}: nvim --headless -u NONE -c 'luafile test/neovim/check.lua'`);
const child = spawn(
  nvim,
  ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${path.join(repo, 'test/neovim/check.lua')}`],
  {
    cwd: repo,
    stdio: ['ignore', 'inherit', 'inherit'],
    // The server's corpus cache (XDG_CACHE_HOME/verbatim) and Neovim's files stay in the temp folder.
    env: { ...process.env, ...xdg, VERBATIM_REPO: repo, VERBATIM_NODE: process.execPath },
  },
);
const timer = setTimeout(() => {
  console.error(`test/neovim/run.mjs: TIMEOUT: Neovim did not finish within ${OVERALL_S} s`);
  child.kill('SIGKILL');
}, OVERALL_S * 1000);
const code = await new Promise((resolve) => {
  child.on('error', (e) => {
    console.error(`test/neovim/run.mjs: ${e.message}`);
    resolve(1);
  });
  child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0)));
});
clearTimeout(timer);
if (code !== 0) {
  const log = path.join(xdg.XDG_CACHE_HOME, 'nvim/lsp.log');
  if (fs.existsSync(log))
    console.error(`--- ${log} (last 40 lines)\n${fs.readFileSync(log, 'utf8').split('\n').slice(-40).join('\n')}`);
  console.error(`test/neovim/run.mjs: FAILED (exit code ${code}) in ${Date.now() - started} ms`);
}
fs.rmSync(tmp, { recursive: true, force: true });
process.exit(code);
