// Browser-level test of the packaged extension: builds verbatim.vsix (or reuses a
// fresh one), installs it into a new extensions dir with code-server's own
// `--install-extension`, opens a copy of examples/ in code-server shown in headless
// Chromium (playwright-core), and checks what a writer sees in
// drafts/council-budget.md: the squiggle, the hover, the Problems panel and the
// quick fix of the misattributed quotation.
//
//   npm run test:vsix          (build, install code-server, then this script)
//   node test/vsix/run.mjs     (needs scripts/vscode/install.sh to have run)
//
// Screenshots go to test-artifacts/vsix/ (1-squiggle, 2-hover, 3-problems,
// 4-fixed; failure.png when a step fails). Exit 0 when every step passes, 1 when
// one fails (with the step, the reason and the tail of code-server's and the
// browser's log), 124 after VERBATIM_VSIX_TIMEOUT seconds (default 240).
// Environment: VERBATIM_VSIX=FILE tests that .vsix as is (no packaging);
// VERBATIM_VSIX_VERBOSE=1 prints code-server's and the browser's log as it goes;
// VERBATIM_CHROMIUM, VERBATIM_TEST_CACHE as for scripts/vscode/launcher.mjs.
//// code-server and Chromium are started as scripts/vscode/launcher.mjs starts them
// (scripts/vscode/code-server.mjs), but on the installed .vsix instead of an extension
// development path. Here: the run (setup, timeout, cleanup on every path, the failure report);
// package.mjs: the .vsix; checks.mjs: the steps in the workbench (workbench.mjs reads the page;
// steps.mjs: steps and log).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium, missingInstall, QUIET_SETTINGS, spawnCodeServer } from '../../scripts/vscode/code-server.mjs';
import { stopServer, waitForPort } from '../../scripts/vscode/listen.mjs';
import { checks } from './checks.mjs';
import { ensureVsix, installVsix } from './package.mjs';
import {
  ARTIFACTS,
  currentStep,
  Failure,
  failIf,
  logs,
  note,
  REPO,
  say,
  secs,
  stepOf,
  timings,
  VERBOSE,
} from './steps.mjs';

const TIMEOUT_S = Number(process.env.VERBATIM_VSIX_TIMEOUT || 240);
// A fresh profile's settings: the launcher's, plus every other switch that could
// make the workbench reach for the network or cover the editor.
const SETTINGS = {
  ...QUIET_SETTINGS,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'workbench.enableExperiments': false,
  'workbench.settings.enableNaturalLanguageSearch': false,
  'workbench.tips.enabled': false,
  'npm.fetchOnlinePackageInfo': false,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden', // an empty chat view, which narrows the editor
};

// --- cleanup on every path ------------------------------------------------------
let tmp, server, context, page;
let cleaning;
const cleanup = () =>
  (cleaning ??= (async () => {
    await context?.close().catch(() => {});
    await stopServer(server, tmp, (line) => process.stderr.write(`${line}\n`));
  })());

// --- code-server and the browser ---------------------------------------------------
async function startServer(profile) {
  server = spawnCodeServer(profile);
  const port = await waitForPort(server, note, (msg) => new Failure(msg));
  server.once('exit', (code, signal) => note(`code-server exited (${code ?? signal})`));
  return port;
}

async function openBrowser(url) {
  context = await launchChromium(tmp, { viewport: { width: 1400, height: 900 } });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (m) => {
    if (!/error|warn/.test(m.type())) return;
    note(`browser ${m.type()}: ${m.text()}`);
    if (m.type() === 'error' && !/^(%c|Failed to load resource)/.test(m.text())) note(`[workbench error] ${m.text()}`);
  });
  page.on('pageerror', (e) => note(`browser pageerror: ${e.message}`));
  page.on('crash', () => note('browser: the page crashed'));
  await page.goto(url);
}

// --- run ---------------------------------------------------------------------------
async function main() {
  const missing = missingInstall();
  failIf(missing, `${missing} is missing: run scripts/vscode/install.sh`);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  for (const f of fs.readdirSync(ARTIFACTS)) if (f.endsWith('.png')) fs.rmSync(path.join(ARTIFACTS, f));
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-vsix-'));
  const config = path.join(tmp, 'config.yaml');
  fs.writeFileSync(config, 'auth: none\n');
  const profile = { tmp, config, userData: path.join(tmp, 'user-data'), extDir: path.join(tmp, 'extensions') };
  fs.mkdirSync(path.join(profile.userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(profile.userData, 'User/settings.json'), JSON.stringify(SETTINGS, null, 2));

  const vsix = await stepOf('package', ensureVsix);
  await stepOf('install the .vsix', () => installVsix(vsix, profile));
  const workspace = path.join(tmp, 'examples');
  fs.cpSync(path.join(REPO, 'examples'), workspace, { recursive: true });
  const port = await stepOf('start code-server', () => startServer(profile));
  await stepOf('open the workbench', () =>
    openBrowser(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`),
  );
  await checks(page);
  return 0;
}

let timer;
const timeout = new Promise((resolve) => {
  timer = setTimeout(() => resolve('timeout'), TIMEOUT_S * 1000);
});
let stopping = false;
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, async () => {
    stopping = true;
    process.stderr.write(`test/vsix: ${sig}: stopping code-server and Chromium\n`);
    await cleanup();
    process.exit(130);
  });
}
let code;
try {
  const r = await Promise.race([main(), timeout]);
  if (r === 'timeout') {
    process.stderr.write(
      `test/vsix: TIMEOUT in step "${currentStep()}": not done within ${TIMEOUT_S} s ` +
        '(set VERBATIM_VSIX_TIMEOUT to change it)\n',
    );
    code = 124;
  } else code = r;
} catch (err) {
  if (!stopping)
    process.stderr.write(
      `test/vsix: FAILED in step "${currentStep()}": ${err instanceof Failure ? err.message : err?.stack || err}\n`,
    );
  code = 1;
}
clearTimeout(timer);
if (code !== 0 && !stopping) {
  if (page && !page.isClosed()) {
    const file = path.join(ARTIFACTS, 'failure.png');
    await page.screenshot({ path: file, timeout: 10_000 }).then(
      () => process.stderr.write(`test/vsix: screenshot of the failure: ${path.relative(REPO, file)}\n`),
      () => {},
    );
  }
  if (!VERBOSE)
    process.stderr.write(`test/vsix: code-server and browser log (last 60 lines):\n${logs.slice(-60).join('\n')}\n`);
}
await cleanup();
if (code === 0) {
  say(`PASS in ${secs()} (${timings.map(([n, ms]) => `${n}: ${secs(ms)}`).join('; ')})`);
}
process.exit(code);
