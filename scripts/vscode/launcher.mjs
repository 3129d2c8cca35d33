// A stand-in for the VS Code executable that @vscode/test-electron's runTests()
// spawns: it takes the same command line, but runs the extension tests in
// code-server (a VS Code build from npm, installed by install.sh) shown in
// Debian's Chromium, driven headless by playwright-core.
//
//   node scripts/vscode/launcher.mjs [workspace] --extensionDevelopmentPath=DIR
//        --extensionTestsPath=FILE [--disable-extensions] [--user-data-dir=DIR]
//        [--extensions-dir=DIR] [other VS Code flags, ignored]
//
// Exits with the code the workbench passes to codeAutomationExit (the tests'
// result), or 1 on a setup failure, or 124 after VERBATIM_VSCODE_TIMEOUT
// seconds (default 120). The extension host's console (mocha's report) goes to
// stdout; code-server's and the browser's logs are shown when a run fails, or
// always with VERBATIM_VSCODE_VERBOSE=1. The environment is passed on to
// code-server, hence to the extension host that runs the tests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';
import { launchChromium, missingInstall, QUIET_SETTINGS, spawnCodeServer } from './code-server.mjs';
import { stopServer, waitForPort } from './listen.mjs';

const TIMEOUT_S = Number(process.env.VERBATIM_VSCODE_TIMEOUT || 120);
const VERBOSE = process.env.VERBATIM_VSCODE_VERBOSE === '1';
// Workbench messages that are not the tests' output: kept for the failure log.
const WORKBENCH_CHATTER = new RegExp(
  '^(Resolving connection token|Resolved connection token|Creating a socket|' +
    'Ignoring fetching additional builtin extensions|Updating additional builtin extensions cache|' +
    'Canceled: Canceled|' + // remote calls cancelled as the extension host exits
    '\\[(AgentHost[^\\]]*|ChatModelSelection|AccountPolicyGate|reconnection-grace-time|Service Worker)\\] )',
);

// --- parse the VS Code command line ---------------------------------------
const opts = {
  dev: [],
  tests: undefined,
  workspace: undefined,
  userData: undefined,
  extDir: undefined,
  disableExtensions: false,
};
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (!a.startsWith('--')) {
    opts.workspace = path.resolve(a);
    continue;
  }
  let [flag, value] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
  const takesValue = [
    '--extensionDevelopmentPath',
    '--extensionTestsPath',
    '--user-data-dir',
    '--extensions-dir',
  ].includes(flag);
  if (takesValue && value === undefined) value = argv[++i];
  if (flag === '--extensionDevelopmentPath') opts.dev.push(path.resolve(value));
  else if (flag === '--extensionTestsPath') opts.tests = path.resolve(value);
  else if (flag === '--user-data-dir') opts.userData = path.resolve(value);
  else if (flag === '--extensions-dir') opts.extDir = path.resolve(value);
  else if (flag === '--disable-extensions') opts.disableExtensions = true;
  // --no-sandbox, --disable-gpu-sandbox, --disable-updates, --skip-welcome,
  // --skip-release-notes, --disable-workspace-trust: desktop-only or implied.
}

const logs = []; // code-server and browser output, shown on failure
const note = (line) => {
  logs.push(line);
  if (VERBOSE) process.stdout.write(`[launcher] ${line}\n`);
};
const fail = (msg) => {
  process.stderr.write(`launcher: ${msg}\n`);
  return 1;
};

let server, context, tmp;
let reported = false; // did the workbench report the tests' result?
let cleaning; // cleanup() runs once, however many paths ask for it
const cleanup = () =>
  (cleaning ??= (async () => {
    await context?.close().catch(() => {});
    await stopServer(server, tmp, note);
  })());

async function main() {
  if (!opts.tests || opts.dev.length === 0) return fail('need --extensionTestsPath and --extensionDevelopmentPath');
  const missing = missingInstall();
  if (missing) return fail(`${missing} is missing: run scripts/vscode/install.sh`);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-vscode-'));
  // Settles with the tests' exit code, or 1 if code-server or the page dies.
  let resolveExit;
  const exited = new Promise((resolve) => {
    resolveExit = resolve;
  });
  const config = path.join(tmp, 'config.yaml');
  fs.writeFileSync(config, 'auth: none\n');

  const userData = opts.userData ?? path.join(tmp, 'user-data');
  const settings = path.join(userData, 'User', 'settings.json');
  if (!fs.existsSync(settings)) {
    // A fresh profile (one without User/settings.json) only.
    fs.mkdirSync(path.dirname(settings), { recursive: true });
    fs.writeFileSync(settings, JSON.stringify(QUIET_SETTINGS, null, 2));
  }

  // --- code-server on a free port (port 0: it picks one and logs it) -------
  // The caller's environment (e.g. runTests' extensionTestsEnv) reaches the extension host.
  const extDir = opts.extDir ?? path.join(tmp, 'extensions');
  server = spawnCodeServer({ tmp, config, userData, extDir }, ['--vscode-option', 'enable-smoke-test-driver']);
  const port = await waitForPort(server, note);
  note(`code-server listening on port ${port}`);
  server.once('exit', (code, signal) => {
    note(`code-server exited (${code ?? signal})`);
    resolveExit(1);
  });

  // --- Chromium on the workbench, with the test payload ----------------------
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [
    ...opts.dev.map((p) => ['extensionDevelopmentPath', remote(p)]),
    ['extensionTestsPath', remote(opts.tests)],
    ...(opts.disableExtensions ? [['disableExtensions', 'true']] : []),
  ];
  let query = `payload=${encodeURIComponent(JSON.stringify(payload))}`;
  if (opts.workspace) {
    const kind = opts.workspace.endsWith('.code-workspace') ? 'workspace' : 'folder';
    query = `${kind}=${encodeURIComponent(opts.workspace)}&${query}`;
  }
  context = await launchChromium(tmp);
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (m) => {
    if (!/error|warn/.test(m.type())) return; // the rest repeats the workbench log
    note(`browser ${m.type()}: ${m.text()}`);
    // Errors that skip the workbench log, e.g. an extension failing to activate
    // ("%c" lines are that log again; 404s are code-server's optional files).
    if (m.type() === 'error' && !/^(%c|Failed to load resource)/.test(m.text())) {
      process.stderr.write(`[workbench error] ${m.text()}\n`);
    }
  });
  page.on('pageerror', (e) => note(`browser pageerror: ${e.message}`));
  page.on('crash', () => {
    note('browser: the page crashed');
    resolveExit(1);
  });
  // Both hooks must exist before the workbench loads.
  await page.exposeFunction('codeAutomationExit', (code) => {
    reported = true;
    resolveExit(Number(code) || 0);
  });
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    // The workbench's log, which carries the extension host's console (mocha's
    // report) as console-style arguments: format them as console.log would.
    const text = util.format(...(Array.isArray(args) ? args : [args]));
    if (WORKBENCH_CHATTER.test(text)) note(`workbench: ${text}`);
    else process.stdout.write(`${text}\n`);
  });
  await page.goto(`http://127.0.0.1:${port}/?${query}`);
  note(`workbench opened: http://127.0.0.1:${port}/?${query}`);
  return exited;
}

// --- run, with an overall timeout and cleanup on every path ---------------
let timer;
const timeout = new Promise((resolve) => {
  timer = setTimeout(() => {
    process.stderr.write(
      `launcher: TIMEOUT: the extension tests did not finish within ${TIMEOUT_S} s ` +
        '(set VERBATIM_VSCODE_TIMEOUT to change it)\n',
    );
    resolve(124);
  }, TIMEOUT_S * 1000);
});
let stopping = false; // interrupted (runTests forwards Ctrl+C as SIGINT)
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, async () => {
    stopping = true;
    process.stderr.write(`launcher: ${sig}: stopping code-server and Chromium\n`);
    await cleanup();
    process.exit(130);
  });
}
let code;
try {
  code = await Promise.race([main(), timeout]);
} catch (err) {
  code = stopping ? 130 : fail(err?.stack || String(err));
}
clearTimeout(timer);
if (!reported && !stopping && code !== 0 && !VERBOSE) {
  process.stderr.write(`launcher: exit code ${code}; code-server and browser log:\n${logs.slice(-80).join('\n')}\n`);
}
await cleanup();
process.exit(code);
