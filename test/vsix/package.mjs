// The .vsix under test: `npm run package`'s output (rebuilt when older than what it packs, or the
// file VERBATIM_VSIX names), installed into a fresh extensions folder by code-server itself.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { installExtension } from '../../scripts/vscode/code-server.mjs';
import { Failure, REPO, failIf, note, say } from './steps.mjs';

/** The files `vsce package` puts in the .vsix (see .vscodeignore): a .vsix older than any is stale. */
function packagedInputs() {
  const files = [
    'package.json',
    'README.md',
    'CHANGELOG.md',
    'LICENSE',
    '.vscodeignore',
    'dist/client.cjs',
    'dist/server.cjs',
  ];
  const syntaxes = path.join(REPO, 'syntaxes');
  if (fs.existsSync(syntaxes)) for (const f of fs.readdirSync(syntaxes)) files.push(path.join('syntaxes', f));
  return files.map((f) => path.join(REPO, f)).filter((f) => fs.existsSync(f));
}

export function ensureVsix() {
  if (process.env.VERBATIM_VSIX) {
    const given = path.resolve(process.env.VERBATIM_VSIX);
    failIf(!fs.existsSync(given), `VERBATIM_VSIX=${given} does not exist`);
    say(`using ${given} (VERBATIM_VSIX)`);
    return given;
  }
  const vsix = path.join(REPO, 'verbatim.vsix');
  const inputs = packagedInputs();
  const fresh =
    fs.existsSync(vsix) &&
    fs.existsSync(path.join(REPO, 'dist/client.cjs')) &&
    inputs.every((f) => fs.statSync(f).mtimeMs <= fs.statSync(vsix).mtimeMs);
  if (fresh) {
    say('reusing verbatim.vsix (newer than dist/ and package.json)');
    return vsix;
  }
  say('npm run package');
  const r = spawnSync('npm', ['run', 'package'], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) {
    process.stderr.write(`${r.stdout}\n${r.stderr}\n`);
    throw new Failure(`npm run package failed (exit ${r.status ?? r.signal})`);
  }
  failIf(!fs.existsSync(vsix), 'npm run package did not write verbatim.vsix');
  return vsix;
}

/** Installs the .vsix into the profile's extensions folder, and checks its bundles are there. */
export function installVsix(vsix, profile) {
  // A private copy: another `npm run package` may rewrite verbatim.vsix meanwhile.
  const copy = path.join(profile.tmp, 'verbatim.vsix');
  fs.copyFileSync(vsix, copy);
  const r = installExtension(profile, copy);
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim();
  for (const line of out.split('\n')) if (line.trim()) note(`install-extension: ${line}`);
  failIf(r.status !== 0, `code-server --install-extension exited ${r.status ?? r.signal}:\n${out}`);
  const { publisher, name, version } = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
  const installed = path.join(profile.extDir, `${publisher}.${name}-${version}`);
  failIf(
    !fs.existsSync(path.join(installed, 'dist/client.cjs')) || !fs.existsSync(path.join(installed, 'dist/server.cjs')),
    `code-server --install-extension did not install ${publisher}.${name}-${version} with its bundles into ` +
      `${profile.extDir}:\n${out}`,
  );
  say(`installed ${path.basename(installed)}: ${out.split('\n').pop()}`);
}
